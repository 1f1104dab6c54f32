// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportKindDetector.h"

#include <QDir>
#include <QDirIterator>
#include <QTest>

using namespace debrief;

// Every fixture of the project is told apart by content: postmortems as postmortems, logs as logs,
// metrics exports as metrics; the real corpora (22 real logs, 42 real postmortems) are the measure.
// What is none of them (a services table, prose without a postmortem's words) is refused.
class TestImportKindDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void gzipIsALog();
    void formatDecides();
    void metricFormatDecides();
    void realLogs_data();
    void realLogs();
    void realPostmortems_data();
    void realPostmortems();
    void proseWithPostmortemWordsIsAPostmortem();
    void proseWithoutEvidenceIsRefused();
    void servicesTableIsRefused();
    void csvOfTextColumnsIsALog();
    void csvOfNumbersIsMetrics();
    void timeLedLinesAreALog();
    void plainTextPostmortemWithTimedLinesIsAPostmortem();
};

namespace {

QString kindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Postmortem:
        return QStringLiteral("postmortem");
    case ImportKind::Log:
        return QStringLiteral("log");
    case ImportKind::Metric:
        return QStringLiteral("metrics");
    case ImportKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

// Every file of a folder except its README and manifest, one row each.
void addFolder(const QString& folder)
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(DEBRIEF_TEST_DATA "/") + folder);
    const QStringList names = dir.entryList(QDir::Files, QDir::Name);
    QVERIFY2(names.size() > 2, qPrintable(dir.path()));
    for (const QString& name : names) {
        if (name != QLatin1String("README.md") && name != QLatin1String("manifest.json"))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }
}

} // namespace

void TestImportKindDetector::fixtures_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("kind");
    const auto add = [](const QString& folder, ImportKind kind) {
        QDirIterator it(QStringLiteral(DEBRIEF_TEST_DATA "/") + folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            // The metrics folder also holds the scripts that made its files, the postmortem folder the
            // list of rows the real-corpus test still misreads.
            if (!path.endsWith(QLatin1String("README.md")) && !path.endsWith(QLatin1String(".py"))
                && !path.endsWith(QLatin1String("known-misread.txt"))
                && !path.endsWith(QLatin1String(".sh")) && !path.endsWith(QLatin1String("manifest.json")))
                QTest::newRow(qPrintable(QDir(QStringLiteral(DEBRIEF_TEST_DATA)).relativeFilePath(path)))
                    << path << int(kind);
        }
    };
    add(QStringLiteral("postmortem"), ImportKind::Postmortem);
    add(QStringLiteral("export"), ImportKind::Postmortem);
    add(QStringLiteral("logs"), ImportKind::Log);
    add(QStringLiteral("metrics"), ImportKind::Metric);
}

void TestImportKindDetector::fixtures()
{
    QFETCH(QString, path);
    QFETCH(int, kind);
    const ImportKindDetection detection = ImportKindDetector::detect(path);
    QCOMPARE(kindName(detection.kind) + u' ' + detection.reason, kindName(ImportKind(kind)) + u' ' + detection.reason);
}

void TestImportKindDetector::realLogs_data()
{
    addFolder(QStringLiteral("logs/real-corpus"));
}

void TestImportKindDetector::realLogs()
{
    QFETCH(QString, path);
    const ImportKindDetection detection = ImportKindDetector::detect(path);
    // The reason goes into both sides so that a failure says what the detector saw.
    QCOMPARE(kindName(detection.kind) + u' ' + detection.reason, QStringLiteral("log ") + detection.reason);
}

void TestImportKindDetector::realPostmortems_data()
{
    addFolder(QStringLiteral("postmortem/shared-corpus"));
}

void TestImportKindDetector::realPostmortems()
{
    QFETCH(QString, path);
    const ImportKindDetection detection = ImportKindDetector::detect(path);
    QCOMPARE(kindName(detection.kind) + u' ' + detection.reason, QStringLiteral("postmortem ") + detection.reason);
}

void TestImportKindDetector::gzipIsALog()
{
    const QByteArray gzipHead("\x1f\x8b\x08\x00\x00\x00\x00\x00", 8);
    QCOMPARE(ImportKindDetector::detectBytes(gzipHead, LogFormatRegistry::builtIn()).kind, ImportKind::Log);
}

void TestImportKindDetector::formatDecides()
{
    const QString log = QStringLiteral(DEBRIEF_TEST_DATA "/logs/nginx-combined/nginx-access.log");
    QCOMPARE(ImportKindDetector::detect(log, QStringLiteral("postmortem")).kind, ImportKind::Postmortem);
    const QString postmortem = QStringLiteral(DEBRIEF_TEST_DATA "/postmortem/reference.md");
    QCOMPARE(ImportKindDetector::detect(postmortem, QStringLiteral("generic")).kind, ImportKind::Log);
}

void TestImportKindDetector::metricFormatDecides()
{
    const QString log = QStringLiteral(DEBRIEF_TEST_DATA "/logs/nginx-combined/nginx-access.log");
    QCOMPARE(ImportKindDetector::detect(log, QStringLiteral("csv")).kind, ImportKind::Metric);
}

void TestImportKindDetector::proseWithPostmortemWordsIsAPostmortem()
{
    const QByteArray prose("We had an outage on Tuesday.\nThe root cause was a full disk.\n"
                           "Impact: users could not log in for an hour.\n");
    QCOMPARE(ImportKindDetector::detectBytes(prose, LogFormatRegistry::builtIn()).kind, ImportKind::Postmortem);
}

void TestImportKindDetector::proseWithoutEvidenceIsRefused()
{
    const QByteArray prose("Dear diary,\nwe went hiking and it rained the whole day.\n");
    const ImportKindDetection detection = ImportKindDetector::detectBytes(prose, LogFormatRegistry::builtIn());
    QCOMPARE(detection.kind, ImportKind::Unknown);
}

void TestImportKindDetector::servicesTableIsRefused()
{
    const QString path = QStringLiteral(DEBRIEF_TEST_DATA "/refused/services");
    const ImportKindDetection detection = ImportKindDetector::detect(path);
    QCOMPARE(kindName(detection.kind), QStringLiteral("unknown"));
    QVERIFY2(detection.refusal().startsWith(
                 QLatin1String("not a postmortem, log or metrics file that Debrief can read (closest: ")),
             qPrintable(detection.refusal()));
    QVERIFY2(detection.refusal().endsWith(QLatin1String("% of sampled lines)")), qPrintable(detection.refusal()));
}

void TestImportKindDetector::csvOfTextColumnsIsALog()
{
    const QByteArray csv("time,level,component,text\n"
                         "2024-08-10T19:00:01Z,INFO,api,request served\n"
                         "2024-08-10T19:00:02Z,ERROR,db,connection refused\n"
                         "2024-08-10T19:00:03Z,WARN,api,retrying\n");
    const ImportKindDetection detection = ImportKindDetector::detectBytes(csv, LogFormatRegistry::builtIn());
    QCOMPARE(kindName(detection.kind) + u' ' + detection.reason, QStringLiteral("log ") + detection.reason);
}

void TestImportKindDetector::csvOfNumbersIsMetrics()
{
    const QByteArray csv("time,cpu,latency_ms\n"
                         "2024-08-10T19:00:00Z,0.5,12\n"
                         "2024-08-10T19:01:00Z,0.7,40\n"
                         "2024-08-10T19:02:00Z,0.9,130\n");
    QCOMPARE(ImportKindDetector::detectBytes(csv, LogFormatRegistry::builtIn()).kind, ImportKind::Metric);
}

void TestImportKindDetector::timeLedLinesAreALog()
{
    // Windows CBS: a time, a comma, then columns no specific format names.
    const QByteArray log(
        "2016-09-13 09:31:36, Info                  CBS    TI: --- Initializing Trusted Installer ---\n"
        "2016-09-13 09:31:36, Info                  CBS    TI: Last boot time: 2016-09-13 09:27:50.500\n"
        "2016-09-13 09:31:36, Info                  CBS    Starting TrustedInstaller initialization.\n"
        "2016-09-13 09:31:37, Warning               CBS    Failed to get next element [HRESULT = 0x800f0805]\n");
    const ImportKindDetection detection = ImportKindDetector::detectBytes(log, LogFormatRegistry::builtIn());
    QCOMPARE(kindName(detection.kind) + u' ' + detection.reason, QStringLiteral("log ") + detection.reason);
    // HDFS: a compact date and time, which no format of this build reads; still a log, never a document.
    const QByteArray hdfs(
        "081109 203518 143 INFO dfs.DataNode$DataXceiver: Receiving block blk_-1608999687919862906\n"
        "081109 203518 35 INFO dfs.FSNamesystem: BLOCK* NameSystem.allocateBlock: /mnt/hadoop/job.jar\n"
        "081109 203519 145 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block terminating\n");
    const ImportKindDetection hdfsDetection = ImportKindDetector::detectBytes(hdfs, LogFormatRegistry::builtIn());
    QCOMPARE(kindName(hdfsDetection.kind) + u' ' + hdfsDetection.reason, QStringLiteral("log ") + hdfsDetection.reason);
}

void TestImportKindDetector::plainTextPostmortemWithTimedLinesIsAPostmortem()
{
    // Every timeline line starts with a time, as in a log; the sections decide.
    const QByteArray doc("Issue Summary:\nThe API was down.\nTimeline:\n"
                         "2024-08-10 19:00 alert fired\n2024-08-10 19:05 on-call paged\n"
                         "2024-08-10 19:30 rollback\n2024-08-10 19:45 recovered\n2024-08-10 20:00 all clear\n");
    QCOMPARE(ImportKindDetector::detectBytes(doc, LogFormatRegistry::builtIn()).kind, ImportKind::Postmortem);
}

QTEST_GUILESS_MAIN(TestImportKindDetector)
#include "TestImportKindDetector.moc"
