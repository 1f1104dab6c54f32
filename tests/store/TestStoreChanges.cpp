// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogRepository.h"
#include "LogStoreTestSupport.h"
#include "PostmortemEdits.h"
#include "StoreChanges.h"
#include "Transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

// What a window learns of other connections' writes: an edit or a finished import elsewhere is
// reported once; its own writes, and the hidden batches of an import still running, are not.
class TestStoreChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsOtherConnectionsChangesOnce();
    void anImportIsReportedWhenItEnds();
};

void TestStoreChanges::reportsOtherConnectionsChangesOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("changes.sqlite"));
    Database window(path);
    const IncidentId incident = test::createLogIncident(window);
    StoreChanges changes(window);
    QVERIFY(!changes.changed());

    Database cli(path);
    ActionItem item;
    item.title = QStringLiteral("Alert on pool use");
    PostmortemEdits(cli).insertActionItem(incident, 0, item);
    QVERIFY(changes.changed());
    QVERIFY(!changes.changed());

    // The window's own edit is its own: not reported.
    PostmortemEdits(window).insertActionItem(incident, 1, item);
    QVERIFY(!changes.changed());
}

void TestStoreChanges::anImportIsReportedWhenItEnds()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("import.sqlite"));
    Database window(path);
    const IncidentId incident = test::createLogIncident(window);
    StoreChanges changes(window);

    Database importer(path);
    LogRepository repository(importer);
    LogSourceRecord source;
    source.incident = incident;
    source.path = QStringLiteral("/var/log/app.log");
    source.contentHash = QStringLiteral("importing:1");
    source.id = repository.insertSource(source);
    {
        Transaction batch(importer);
        const std::vector<EncodedLogEntry> entries {test::entry(1, 1000, 2, "first"), test::entry(2, 2000, 2, "second")};
        source.lastEntryId = repository.insertEntries(incident, source.id, entries);
        source.firstEntryId = source.lastEntryId - 1;
        repository.noteEntries(source);
        batch.commit();
    }
    QVERIFY2(!changes.changed(), "the hidden batch of an import still running is nothing to show");
    source.contentHash = QStringLiteral("sha256:ab");
    source.entries = 2;
    repository.finishSource(source);
    QVERIFY(changes.changed());
}

QTEST_GUILESS_MAIN(TestStoreChanges)
#include "TestStoreChanges.moc"
