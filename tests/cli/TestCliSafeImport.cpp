// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

// Nothing a user has is destroyed by the CLI: an import into an incident that has a document is
// refused without --replace, a file of no known kind is refused and stores nothing, every document
// version stays recoverable (history, restore), and a deleted incident goes to a trash it can come
// back from. Run in-process against a store in a temporary folder.
class TestCliSafeImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void realLogsNeverReplaceTheDocument_data();
    void realLogsNeverReplaceTheDocument();
    void unknownFileIsRefusedNamingTheClosestFormat();
    void formatPostmortemStillForces();
    void replaceIsRecoverableAndHistoryListsEveryVersion();
    void restoreBringsAVersionBackAsANewVersion();
    void restoreOfAMissingVersionIsAnError();
    void deleteMovesToTrashAndUndeleteBringsItBack();
    void emptyTrashRemovesForGood();

private:
    using Run = test::CliRun;
    Run cli(const QStringList& arguments) { return test::runCli(m_store, arguments); }
    QJsonObject showJson(const QString& id);
    QJsonArray jsonOf(const QStringList& arguments);
    QString importReference();

    QTemporaryDir m_dir;
    QString m_store;
    const QString m_reference = QStringLiteral(DEBRIEF_TEST_DATA "/postmortem/reference.md");
    const QString m_other = QStringLiteral(DEBRIEF_TEST_DATA "/postmortem/google-sre.md");
};

void TestCliSafeImport::init()
{
    m_store = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
}

QJsonObject TestCliSafeImport::showJson(const QString& id)
{
    return QJsonDocument::fromJson(cli({QStringLiteral("show"), id, QStringLiteral("--json")}).out.toUtf8()).object();
}

QJsonArray TestCliSafeImport::jsonOf(const QStringList& arguments)
{
    const Run run = cli(arguments);
    if (run.code != 0)
        qWarning("%s", qPrintable(run.err));
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

QString TestCliSafeImport::importReference()
{
    return cli({QStringLiteral("import"), m_reference}).out.trimmed();
}

void TestCliSafeImport::realLogsNeverReplaceTheDocument_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(DEBRIEF_TEST_DATA "/logs/real-corpus"));
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        if (name != QLatin1String("README.md") && name != QLatin1String("manifest.json"))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }
}

void TestCliSafeImport::realLogsNeverReplaceTheDocument()
{
    // What issue 12 saw: logs taken for postmortems replaced incident 1's whole document.
    QFETCH(QString, path);
    const QString id = importReference();
    const QString before = cli({QStringLiteral("export"), id}).out;
    const Run run = cli({QStringLiteral("import"), QStringLiteral("--incident"), id, path});
    QVERIFY2(!run.err.contains(QStringLiteral("timeline entries")), qPrintable(run.err)); // not read as a postmortem
    QCOMPARE(cli({QStringLiteral("export"), id}).out, before);
    QCOMPARE(jsonOf({QStringLiteral("history"), id, QStringLiteral("--json")}).size(), 1);
}

void TestCliSafeImport::unknownFileIsRefusedNamingTheClosestFormat()
{
    const QString id = importReference();
    const QString services = QStringLiteral(DEBRIEF_TEST_DATA "/refused/services");
    for (const QStringList& arguments :
         {QStringList {QStringLiteral("import"), services},
          QStringList {QStringLiteral("import"), QStringLiteral("--incident"), id, services}}) {
        const Run run = cli(arguments);
        QCOMPARE(run.code, 2);
        const QString expected = QStringLiteral("debrief-cli: %1: not a postmortem, log or metrics file that Debrief "
                                                "can read (closest: ")
                                     .arg(services);
        QVERIFY2(run.err.startsWith(expected), qPrintable(run.err));
        QVERIFY2(run.err.trimmed().endsWith(QLatin1String("% of sampled lines)")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
    QCOMPARE(jsonOf({QStringLiteral("incidents"), QStringLiteral("--json")}).size(), 1);
    const QJsonObject evidence = showJson(id)[QStringLiteral("evidence")].toObject();
    QCOMPARE(evidence[QStringLiteral("log_entries")].toInt(), 0);
}

void TestCliSafeImport::formatPostmortemStillForces()
{
    // A document without a postmortem's headings, read as one because the user says so.
    const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Dear diary,\nwe went hiking and it rained the whole day.\n");
    file.close();
    QCOMPARE(cli({QStringLiteral("import"), path}).code, 2);
    const Run forced = cli({QStringLiteral("import"), path, QStringLiteral("--format"), QStringLiteral("postmortem")});
    QVERIFY2(forced.code == 0, qPrintable(forced.err));
    QCOMPARE(forced.out.trimmed(), QStringLiteral("1"));
}

void TestCliSafeImport::replaceIsRecoverableAndHistoryListsEveryVersion()
{
    const QString id = importReference();
    const QString original = cli({QStringLiteral("export"), id}).out;
    QCOMPARE(
        cli({QStringLiteral("import"), m_other, QStringLiteral("--incident"), id, QStringLiteral("--replace")}).code,
        0);
    const QJsonArray versions = jsonOf({QStringLiteral("history"), id, QStringLiteral("--json")});
    // 1: the reference as imported; 2: the replacing file (nothing was edited in between, so no
    // "edits since" version).
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions[0][QStringLiteral("version")].toInt(), 1);
    QCOMPARE(versions[0][QStringLiteral("source")].toString(), QStringLiteral("reference.md"));
    QCOMPARE(versions[1][QStringLiteral("source")].toString(), QStringLiteral("google-sre.md"));
    QVERIFY(versions[0][QStringLiteral("summary")].toString().contains(QStringLiteral("7 timeline entries")));
    QVERIFY(versions[0][QStringLiteral("at")].toString().endsWith(u'Z'));
    const QStringList keys = versions[0].toObject().keys();
    QCOMPARE(keys,
             (QStringList {QStringLiteral("at"), QStringLiteral("source"), QStringLiteral("summary"),
                           QStringLiteral("version")}));

    // Restoring version 1 gives back exactly the report the incident had.
    QCOMPARE(cli({QStringLiteral("restore"), id, QStringLiteral("1")}).code, 0);
    QCOMPARE(cli({QStringLiteral("export"), id}).out, original);
}

void TestCliSafeImport::restoreBringsAVersionBackAsANewVersion()
{
    const QString id = importReference();
    const QString original = cli({QStringLiteral("export"), id}).out;
    QCOMPARE(
        cli({QStringLiteral("import"), m_other, QStringLiteral("--incident"), id, QStringLiteral("--replace")}).code,
        0);
    const QString replaced = cli({QStringLiteral("export"), id}).out;
    const Run restore = cli({QStringLiteral("restore"), id, QStringLiteral("1")});
    QVERIFY2(restore.code == 0, qPrintable(restore.err));
    QCOMPARE(cli({QStringLiteral("export"), id}).out, original);
    const QJsonArray versions = jsonOf({QStringLiteral("history"), id, QStringLiteral("--json")});
    QCOMPARE(versions.size(), 3);
    QCOMPARE(versions[2][QStringLiteral("source")].toString(), QStringLiteral("restore of version 1"));
    // And the replaced document is one restore away as well.
    QCOMPARE(cli({QStringLiteral("restore"), id, QStringLiteral("2")}).code, 0);
    QCOMPARE(cli({QStringLiteral("export"), id}).out, replaced);
}

void TestCliSafeImport::restoreOfAMissingVersionIsAnError()
{
    const QString id = importReference();
    const QString before = cli({QStringLiteral("export"), id}).out;
    const Run run = cli({QStringLiteral("restore"), id, QStringLiteral("9")});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QStringLiteral("no version 9")), qPrintable(run.err));
    QCOMPARE(cli({QStringLiteral("restore"), id, QStringLiteral("x")}).code, 2);
    QCOMPARE(cli({QStringLiteral("export"), id}).out, before);
    QCOMPARE(jsonOf({QStringLiteral("history"), id, QStringLiteral("--json")}).size(), 1);
}

void TestCliSafeImport::deleteMovesToTrashAndUndeleteBringsItBack()
{
    const QString id = importReference();
    const QString log = QStringLiteral(DEBRIEF_TEST_DATA "/logs/nginx-error/nginx-error.log");
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--incident"), id, log}).code, 0);
    const QString report = cli({QStringLiteral("export"), id}).out;

    const Run del = cli({QStringLiteral("delete"), id});
    QVERIFY2(del.code == 0, qPrintable(del.err));
    QCOMPARE(jsonOf({QStringLiteral("incidents"), QStringLiteral("--json")}).size(), 0);
    QCOMPARE(cli({QStringLiteral("show"), id}).code, 2);
    const QJsonArray trash = jsonOf({QStringLiteral("trash"), QStringLiteral("--json")});
    QCOMPARE(trash.size(), 1);
    QCOMPARE(trash[0][QStringLiteral("id")].toInt(), id.toInt());
    QCOMPARE(trash[0][QStringLiteral("log_entries")].toInt(), 112);
    QCOMPARE(cli({QStringLiteral("delete"), id}).code, 2); // already in the trash

    const Run undelete = cli({QStringLiteral("undelete"), id});
    QVERIFY2(undelete.code == 0, qPrintable(undelete.err));
    QCOMPARE(undelete.out.trimmed(), id);
    QCOMPARE(cli({QStringLiteral("export"), id}).out, report);
    QCOMPARE(showJson(id)[QStringLiteral("evidence")].toObject()[QStringLiteral("log_entries")].toInt(), 112);
    QCOMPARE(jsonOf({QStringLiteral("trash"), QStringLiteral("--json")}).size(), 0);
    QCOMPARE(cli({QStringLiteral("undelete"), id}).code, 2); // not in the trash any more
}

void TestCliSafeImport::emptyTrashRemovesForGood()
{
    const QString first = importReference();
    const QString second = importReference();
    QCOMPARE(cli({QStringLiteral("delete"), first}).code, 0);
    const Run empty = cli({QStringLiteral("trash"), QStringLiteral("--empty")});
    QVERIFY2(empty.code == 0, qPrintable(empty.err));
    QCOMPARE(jsonOf({QStringLiteral("trash"), QStringLiteral("--json")}).size(), 0);
    QCOMPARE(cli({QStringLiteral("undelete"), first}).code, 2);
    const QJsonArray incidents = jsonOf({QStringLiteral("incidents"), QStringLiteral("--json")});
    QCOMPARE(incidents.size(), 1);
    QCOMPARE(incidents[0][QStringLiteral("id")].toInt(), second.toInt());
}

QTEST_GUILESS_MAIN(TestCliSafeImport)
#include "TestCliSafeImport.moc"
