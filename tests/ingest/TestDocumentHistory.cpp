// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"
#include "DocumentHistory.h"
#include "DocumentVersionRepository.h"
#include "IncidentRepository.h"
#include "MarkdownExporter.h"
#include "PostmortemEdits.h"
#include "PostmortemFileImport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace debrief;

// No document state is lost: each import is a version with the file's bytes, a replace first keeps
// the edits made since the latest version, a restore brings a version back exactly (its report is
// the canonical export) as a new version, and a refused or failed import adds no version.
class TestDocumentHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importStoresAVersionWithTheOriginalBytes();
    void replaceWithoutAskingIsRefused();
    void replaceKeepsTheEditsSinceTheLatestVersion();
    void unchangedStateIsNotStoredTwice();
    void restoreBringsTheVersionBackExactly();
    void failedReplaceAddsNoVersion();

private:
    IncidentId importReference();
    QString report(IncidentId id) { return MarkdownExporter::exportIncident(*IncidentRepository(*m_db).load(id)); }

    std::unique_ptr<Database> m_db;
    QTemporaryDir m_dir;
    const QString m_reference = QStringLiteral(DEBRIEF_TEST_DATA "/postmortem/reference.md");
    const QString m_other = QStringLiteral(DEBRIEF_TEST_DATA "/postmortem/google-sre.md");
};

void TestDocumentHistory::init()
{
    m_db = std::make_unique<Database>(QStringLiteral(":memory:"));
}

IncidentId TestDocumentHistory::importReference()
{
    const PostmortemFileImportResult result = PostmortemFileImport::run(*m_db, m_reference, {});
    if (!result.ok)
        qWarning("%s", qPrintable(result.error));
    return result.incident;
}

void TestDocumentHistory::importStoresAVersionWithTheOriginalBytes()
{
    const IncidentId id = importReference();
    const QVector<DocumentVersion> versions = DocumentHistory(*m_db).versions(id);
    QCOMPARE(versions.size(), 1);
    QCOMPARE(versions[0].version, 1);
    QCOMPARE(versions[0].source, QStringLiteral("reference.md"));
    const std::optional<DocumentVersion> stored = DocumentVersionRepository(*m_db).find(id, 1);
    QVERIFY(stored);
    QFile file(m_reference);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(stored->original);
    QCOMPARE(*stored->original, file.readAll());
    QCOMPARE(stored->report, report(id));
}

void TestDocumentHistory::replaceWithoutAskingIsRefused()
{
    const IncidentId id = importReference();
    const QString before = report(id);
    const PostmortemFileImportResult refused = PostmortemFileImport::run(*m_db, m_other, {}, id);
    QVERIFY(!refused.ok);
    QVERIFY(refused.needsReplace);
    QCOMPARE(report(id), before);
    QCOMPARE(DocumentHistory(*m_db).versions(id).size(), 1);
}

void TestDocumentHistory::replaceKeepsTheEditsSinceTheLatestVersion()
{
    const IncidentId id = importReference();
    const Incident loaded = *IncidentRepository(*m_db).load(id);
    PostmortemEdits(*m_db).removeActionItem(loaded.actionItems.first().id);
    const QString edited = report(id);

    const PostmortemFileImportResult replaced
        = PostmortemFileImport::run(*m_db, m_other, {}, id, DocumentReplace::Replace);
    QVERIFY2(replaced.ok, qPrintable(replaced.error));
    QCOMPARE(replaced.keptEdits, 2);
    QCOMPARE(replaced.version, 3);
    const QVector<DocumentVersion> versions = DocumentHistory(*m_db).versions(id);
    QCOMPARE(versions.size(), 3);
    QCOMPARE(versions[1].source, QStringLiteral("edits since version 1"));
    QCOMPARE(versions[2].source, QStringLiteral("google-sre.md"));
    const std::optional<DocumentVersion> kept = DocumentVersionRepository(*m_db).find(id, 2);
    QCOMPARE(kept->report, edited);
    QVERIFY(!kept->original); // not from a file
}

void TestDocumentHistory::unchangedStateIsNotStoredTwice()
{
    const IncidentId id = importReference();
    QCOMPARE(DocumentHistory(*m_db).keepCurrentState(id), 0);
    QCOMPARE(DocumentHistory(*m_db).versions(id).size(), 1);
}

void TestDocumentHistory::restoreBringsTheVersionBackExactly()
{
    const IncidentId id = importReference();
    const QString original = report(id);
    QVERIFY(PostmortemFileImport::run(*m_db, m_other, {}, id, DocumentReplace::Replace).ok);
    const QString replaced = report(id);
    QVERIFY(replaced != original);

    const DocumentRestoreResult restored = DocumentHistory(*m_db).restore(id, 1);
    QVERIFY2(restored.ok, qPrintable(restored.error));
    QCOMPARE(restored.newVersion, 3);
    QCOMPARE(restored.keptEdits, 0);
    QCOMPARE(report(id), original);
    QCOMPARE(DocumentHistory(*m_db).versions(id).last().source, QStringLiteral("restore of version 1"));

    const DocumentRestoreResult missing = DocumentHistory(*m_db).restore(id, 42);
    QVERIFY(!missing.ok);
    QCOMPARE(DocumentHistory(*m_db).versions(id).size(), 3);
}

void TestDocumentHistory::failedReplaceAddsNoVersion()
{
    const IncidentId id = importReference();
    const QString before = report(id);
    const QString binary = m_dir.filePath(QStringLiteral("binary.md"));
    QFile file(binary);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\x00\x01\x02\x03\xff\xfe", 6).repeated(100));
    file.close();
    const PostmortemFileImportResult failed
        = PostmortemFileImport::run(*m_db, binary, {}, id, DocumentReplace::Replace);
    QVERIFY(!failed.ok);
    QCOMPARE(report(id), before);
    QCOMPARE(DocumentHistory(*m_db).versions(id).size(), 1);
}

QTEST_GUILESS_MAIN(TestDocumentHistory)
#include "TestDocumentHistory.moc"
