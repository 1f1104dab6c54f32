// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

// The CLI run in-process: each command's output and exit code, against a store in a temporary
// folder, on the reference postmortem.
class TestCliCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importPrintsTheIdLast();
    void showJsonOfTheReferenceDocument();
    void lintReportsConflictingRootCausesAndMissingOwners();
    void exportWritesTheReportToAFile();
    void incidentsListsEveryIncident();
    void importIntoAnExistingIncidentReplacesItsDocumentOnlyWithReplace();
    void badUsageExitsWith2_data();
    void badUsageExitsWith2();
    void unreadableFileNamesTheFileAndStoresNothing();
    void formatsListsThePostmortemFormat();
    void showSaysANegativePhaseTime();
    void importSaysWhatItReadAndTakesTheDay();

private:
    using Run = test::CliRun;
    Run cli(const QStringList& arguments) { return test::runCli(m_store, arguments); }
    QJsonObject showJson(const QString& id);

    QTemporaryDir m_dir;
    QString m_store;
    const QString m_reference = QStringLiteral(DEBRIEF_TEST_DATA "/postmortem/reference.md");
};

QJsonObject TestCliCommands::showJson(const QString& id)
{
    const Run show = cli({QStringLiteral("show"), id, QStringLiteral("--json")});
    if (show.code != 0)
        qWarning("%s", qPrintable(show.err));
    return QJsonDocument::fromJson(show.out.toUtf8()).object();
}

void TestCliCommands::init()
{
    m_store = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
}

void TestCliCommands::importPrintsTheIdLast()
{
    const Run first = cli({QStringLiteral("import"), m_reference});
    QCOMPARE(first.code, 0);
    QCOMPARE(first.out.trimmed().split(u'\n').last(), QStringLiteral("1"));
    const Run second = cli({QStringLiteral("import"), m_reference});
    QCOMPARE(second.out.trimmed(), QStringLiteral("2"));
    QVERIFY2(second.err.contains(QStringLiteral("7 timeline entries")), qPrintable(second.err));
}

void TestCliCommands::showJsonOfTheReferenceDocument()
{
    const QString id = cli({QStringLiteral("import"), m_reference}).out.trimmed();
    const QJsonObject incident = showJson(id);
    QCOMPARE(incident[QStringLiteral("started_at")].toString(), QStringLiteral("2024-08-10T19:00:00Z"));
    QCOMPARE(incident[QStringLiteral("ended_at")].toString(), QStringLiteral("2024-08-10T21:00:00Z"));
    QCOMPARE(incident[QStringLiteral("duration_minutes")].toInt(), 120);

    const QJsonArray timeline = incident[QStringLiteral("timeline")].toArray();
    QCOMPARE(timeline.size(), 7);
    QStringList kinds;
    int timed = 0;
    for (const QJsonValue& event : timeline) {
        kinds << event[QStringLiteral("kind")].toString();
        timed += event[QStringLiteral("at")].isString() ? 1 : 0;
    }
    QCOMPARE(timed, 5);
    QCOMPARE(kinds.first(), QStringLiteral("detection"));
    QCOMPARE(kinds.last(), QStringLiteral("resolution"));
    QCOMPARE(timeline[1][QStringLiteral("label")].toString(), QStringLiteral("Actions Taken"));
    QVERIFY(timeline[1][QStringLiteral("at")].isNull());
    QCOMPARE(timeline[2][QStringLiteral("label")].toString(), QStringLiteral("Misleading Investigation"));
    QCOMPARE(kinds[2], QStringLiteral("red_herring"));
    QCOMPARE(timeline[0][QStringLiteral("at")].toString(), QStringLiteral("2024-08-10T19:00:00Z"));
    QCOMPARE(timeline[6][QStringLiteral("at")].toString(), QStringLiteral("2024-08-10T21:00:00Z"));

    QCOMPARE(incident[QStringLiteral("root_causes")].toArray().size(), 2);
    const QJsonArray measures = incident[QStringLiteral("measures")].toArray();
    QCOMPARE(measures.size(), 5);
    int items = 0;
    for (const QJsonValue& group : measures)
        items += int(group[QStringLiteral("items")].toArray().size());
    QCOMPARE(items, 10);
    const QJsonArray actions = incident[QStringLiteral("action_items")].toArray();
    QCOMPARE(actions.size(), 6);
    for (const QJsonValue& action : actions)
        QCOMPARE(action[QStringLiteral("status")].toString(), QStringLiteral("open"));
    const QJsonObject evidence = incident[QStringLiteral("evidence")].toObject();
    QVERIFY(evidence[QStringLiteral("log_sources")].isArray());
    QCOMPARE(evidence[QStringLiteral("log_entries")].toInt(-1), 0);
    QCOMPARE(incident[QStringLiteral("metrics")][QStringLiteral("time_to_resolve_minutes")].toInt(), 120);
}

void TestCliCommands::lintReportsConflictingRootCausesAndMissingOwners()
{
    const QString id = cli({QStringLiteral("import"), m_reference}).out.trimmed();
    const Run lint = cli({QStringLiteral("lint"), id, QStringLiteral("--json")});
    QCOMPARE(lint.code, 1); // the conflicting root causes are an error
    const QJsonArray findings = QJsonDocument::fromJson(lint.out.toUtf8()).array();
    QStringList rules;
    for (const QJsonValue& finding : findings) {
        rules << finding[QStringLiteral("rule")].toString();
        QVERIFY(finding[QStringLiteral("line")].isDouble());
        QVERIFY(finding[QStringLiteral("severity")].isString());
    }
    QVERIFY2(rules.contains(QStringLiteral("conflicting-root-causes")), qPrintable(rules.join(u',')));
    QCOMPARE(rules.count(QStringLiteral("action-item-no-owner")), 6);

    const Run text = cli({QStringLiteral("lint"), id});
    QCOMPARE(text.code, 1);
    QVERIFY2(text.out.contains(QStringLiteral("reference.md:")), qPrintable(text.out));
    QVERIFY(text.out.contains(QStringLiteral("error: ")));
}

void TestCliCommands::exportWritesTheReportToAFile()
{
    const QString id = cli({QStringLiteral("import"), m_reference}).out.trimmed();
    const QString path = m_dir.filePath(QStringLiteral("report.md"));
    const Run run = cli({QStringLiteral("export"), id, QStringLiteral("-o"), path});
    QCOMPARE(run.code, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString report = QString::fromUtf8(file.readAll());
    QCOMPARE(report, cli({QStringLiteral("export"), id}).out);
    QVERIFY(report.contains(QStringLiteral("## Timeline")));
    QVERIFY(report.contains(QStringLiteral("Misleading Investigation")));
}

void TestCliCommands::incidentsListsEveryIncident()
{
    cli({QStringLiteral("import"), m_reference});
    cli({QStringLiteral("import"), m_reference});
    const Run run = cli({QStringLiteral("incidents"), QStringLiteral("--json")});
    QCOMPARE(run.code, 0);
    const QJsonArray incidents = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(incidents.size(), 2);
    QCOMPARE(incidents[0][QStringLiteral("open_action_items")].toInt(), 6);
    QCOMPARE(incidents[0][QStringLiteral("duration_minutes")].toInt(), 120);
}

void TestCliCommands::importIntoAnExistingIncidentReplacesItsDocumentOnlyWithReplace()
{
    const QString id = cli({QStringLiteral("import"), m_reference}).out.trimmed();
    const QString title = showJson(id)[QStringLiteral("title")].toString();
    const QString other = QStringLiteral(DEBRIEF_TEST_DATA "/postmortem/google-sre.md");
    const Run refused = cli({QStringLiteral("import"), other, QStringLiteral("--incident"), id});
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("--replace")), qPrintable(refused.err));
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(showJson(id)[QStringLiteral("title")].toString(), title); // untouched
    QCOMPARE(showJson(id)[QStringLiteral("timeline")].toArray().size(), 7);

    const Run again
        = cli({QStringLiteral("import"), other, QStringLiteral("--incident"), id, QStringLiteral("--replace")});
    QCOMPARE(again.code, 0);
    QCOMPARE(again.out.trimmed(), id);
    QCOMPARE(QJsonDocument::fromJson(cli({QStringLiteral("incidents"), QStringLiteral("--json")}).out.toUtf8())
                 .array()
                 .size(),
             1);
    QVERIFY(showJson(id)[QStringLiteral("title")].toString() != title);
}

void TestCliCommands::badUsageExitsWith2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList {} << QStringLiteral("Usage");
    QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("show without id") << QStringList {QStringLiteral("show")} << QStringLiteral("one incident id");
    QTest::newRow("id not a number") << QStringList {QStringLiteral("show"), QStringLiteral("abc")}
                                     << QStringLiteral("'abc'");
    QTest::newRow("no such incident") << QStringList {QStringLiteral("lint"), QStringLiteral("77")}
                                      << QStringLiteral("no incident 77");
    QTest::newRow("unknown option") << QStringList {QStringLiteral("show"), QStringLiteral("1"),
                                                    QStringLiteral("--colour")}
                                    << QStringLiteral("colour");
    QTest::newRow("import nothing") << QStringList {QStringLiteral("import")} << QStringLiteral("at least one file");
    QTest::newRow("bad year") << QStringList {QStringLiteral("import"), QStringLiteral("x.md"),
                                              QStringLiteral("--year"), QStringLiteral("soon")}
                              << QStringLiteral("--year");
    QTest::newRow("bad date") << QStringList {QStringLiteral("import"), QStringLiteral("x.md"),
                                              QStringLiteral("--date"), QStringLiteral("10/08/2024")}
                              << QStringLiteral("--date takes a day such as 2024-08-10");
}

// import says what it read, and --date places a dateless timeline on the day given.
void TestCliCommands::importSaysWhatItReadAndTakesTheDay()
{
    const QString path = m_dir.filePath(QStringLiteral("dateless.md"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# Outage\n\n## Timeline\n\n- 23:50 alert fired\n- 00:10 rolled back\n- later: told customers\n");
    file.close();

    const Run dateless = cli({QStringLiteral("import"), path});
    QCOMPARE(dateless.code, 0);
    QVERIFY2(dateless.err.contains(QStringLiteral("3 timeline entries (2 with a time but no day, 1 untimed; no day "
                                                  "stated anywhere, no zone stated: UTC assumed)")),
             qPrintable(dateless.err));
    QVERIFY(showJson(dateless.out.trimmed())[QStringLiteral("timeline")].toArray().at(0).toObject()[QStringLiteral("at")].isNull());

    const Run dated = cli({QStringLiteral("import"), path, QStringLiteral("--date"), QStringLiteral("2024-03-09"),
                           QStringLiteral("--timezone"), QStringLiteral("+01:00")});
    QCOMPARE(dated.code, 0);
    QVERIFY2(dated.err.contains(QStringLiteral("(2 timed, 1 untimed; the day as given at import, zone +01:00 as given at import)")),
             qPrintable(dated.err));
    const QJsonArray timeline = showJson(dated.out.trimmed())[QStringLiteral("timeline")].toArray();
    QCOMPARE(timeline.at(0).toObject()[QStringLiteral("at")].toString(), QStringLiteral("2024-03-09T22:50:00Z"));
    QCOMPARE(timeline.at(1).toObject()[QStringLiteral("at")].toString(), QStringLiteral("2024-03-09T23:10:00Z"));
}

void TestCliCommands::badUsageExitsWith2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = cli(arguments);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.err.startsWith(QStringLiteral("debrief-cli: ")) || run.err.startsWith(QStringLiteral("Usage")),
             qPrintable(run.err));
}

void TestCliCommands::unreadableFileNamesTheFileAndStoresNothing()
{
    const QString id = cli({QStringLiteral("import"), m_reference}).out.trimmed();
    const QString missing = m_dir.filePath(QStringLiteral("missing.md"));
    const QString empty = m_dir.filePath(QStringLiteral("empty.md"));
    QFile emptyFile(empty);
    QVERIFY(emptyFile.open(QIODevice::WriteOnly));
    emptyFile.close();

    const Run run = cli({QStringLiteral("import"), missing, empty});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QStringLiteral("debrief-cli: %1:0: ").arg(missing)), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("debrief-cli: %1:").arg(empty)), qPrintable(run.err));
    QVERIFY(run.out.isEmpty()); // no id: nothing was imported
    const QJsonArray incidents
        = QJsonDocument::fromJson(cli({QStringLiteral("incidents"), QStringLiteral("--json")}).out.toUtf8()).array();
    QCOMPARE(incidents.size(), 1);
    QCOMPARE(showJson(id)[QStringLiteral("timeline")].toArray().size(), 7);
}

void TestCliCommands::formatsListsThePostmortemFormat()
{
    const Run run = cli({QStringLiteral("formats")});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains(QStringLiteral("postmortem")));
}

// A status page lists its updates newest first, so a phase can come before the start: `show` says
// "-N min" instead of printing Qt's untouched "%n min".
void TestCliCommands::showSaysANegativePhaseTime()
{
    const QString path = QStringLiteral(DEBRIEF_TEST_DATA "/postmortem/shared-corpus/032.md");
    const Run imported = cli({QStringLiteral("import"), path});
    QCOMPARE(imported.code, 0);
    const Run show = cli({QStringLiteral("show"), imported.out.trimmed().split(u'\n').last()});
    QCOMPARE(show.code, 0);
    QVERIFY2(!show.out.contains(QStringLiteral("%n")), qPrintable(show.out));
    QVERIFY2(show.out.contains(QStringLiteral("to mitigate -")), qPrintable(show.out));
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "TestCliCommands.moc"
