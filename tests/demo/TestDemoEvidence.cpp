// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangePointDetector.h"
#include "Database.h"
#include "DemoEvidence.h"
#include "EvidenceAnalyzer.h"
#include "GrafanaCsvFormat.h"
#include "LogImport.h"
#include "LogLevel.h"
#include "MetricImport.h"
#include "PostmortemFileImport.h"
#include "PrometheusJsonFormat.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace debrief;
using demo::DemoEvidence;

namespace {

const QString kDemoDir = QStringLiteral(DEBRIEF_DEMO_DIR);

// Times of the story written out here, not taken from the generator, so that a shifted story fails.
qint64 utc(int hour, int minute, int second = 0)
{
    return 1723248000000LL + ((hour * 60LL + minute) * 60 + second) * 1000; // 2024-08-10
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QVector<qint64> changeTimes(std::span<const MetricPoint> points)
{
    QVector<qint64> times;
    for (const ChangePoint& change : ChangePointDetector().detect(points))
        times.append(change.at);
    return times;
}

} // namespace

// The demo evidence of resources/demo/: the committed files are exactly what the generator writes,
// they import with the formats and counts the demo relies on, and they tell the postmortem's story.
class TestDemoEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void committedFilesAreTheGeneratorsOutput_data();
    void committedFilesAreTheGeneratorsOutput();
    void logsImportWithoutUnparsedLines_data();
    void logsImportWithoutUnparsedLines();
    void metricsImportWithTheirSeries_data();
    void metricsImportWithTheirSeries();
    void errorsLieInTheOutage();
    void poolMaxIsFiveFromTheDeployToTheFix();
    void failedLoginsChangeAtTheStorysTimes();
    void logRatesChangeAtTheStorysTimes();

private:
    QTemporaryDir m_generated;
    QTemporaryDir m_storeDir;
    std::unique_ptr<Database> m_db;
    IncidentId m_incident;
    QHash<QString, LogImportResult> m_logs;
    QHash<QString, MetricImportResult> m_metrics;
};

void TestDemoEvidence::initTestCase()
{
    QVERIFY(m_generated.isValid() && m_storeDir.isValid());
    QCOMPARE(DemoEvidence::writeAll(m_generated.path()), QString());

    m_db = std::make_unique<Database>(m_storeDir.filePath(QStringLiteral("demo.sqlite")));
    const PostmortemFileImportResult postmortem
        = PostmortemFileImport::run(*m_db, kDemoDir + QStringLiteral("/postmortem.md"), {});
    QVERIFY2(postmortem.ok, qPrintable(postmortem.error));
    m_incident = postmortem.incident;
    // The committed files, as the demo imports them.
    for (const QString& name : {QStringLiteral("auth-service.jsonl"), QStringLiteral("nginx-access.log")})
        m_logs.insert(name, LogImport::run(*m_db, m_incident, QDir(kDemoDir).filePath(name)));
    for (const QString& name : {QStringLiteral("prometheus-db-pool.json"), QStringLiteral("grafana-auth-overview.csv")})
        m_metrics.insert(name, MetricImport::run(*m_db, m_incident, QDir(kDemoDir).filePath(name)));
}

void TestDemoEvidence::committedFilesAreTheGeneratorsOutput_data()
{
    QTest::addColumn<QString>("name");
    for (const QString& name : DemoEvidence::fileNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestDemoEvidence::committedFilesAreTheGeneratorsOutput()
{
    QFETCH(QString, name);
    const QByteArray generated = readAll(QDir(m_generated.path()).filePath(name));
    const QByteArray committed = readAll(QDir(kDemoDir).filePath(name));
    QVERIFY(!generated.isEmpty());
    QCOMPARE(generated.size(), committed.size());
    QVERIFY2(generated == committed,
             "resources/demo differs from the generator's output: run debrief-demo-evidence resources/demo");
    QVERIFY2(DemoEvidence::contents(name) == generated, "the generator gave other bytes on a second run");
    QVERIFY(generated.size() < 2500 * 1024); // the demo stays a few MB in all
}

void TestDemoEvidence::logsImportWithoutUnparsedLines_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("format");
    QTest::addColumn<qint64>("entries");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::newRow("auth-service") << QStringLiteral("auth-service.jsonl") << QStringLiteral("json-lines")
                                  << qint64(9418) << utc(18, 0) << utc(21, 59, 55) + 941;
    QTest::newRow("nginx") << QStringLiteral("nginx-access.log") << QStringLiteral("nginx-combined") << qint64(4125)
                           << utc(18, 0, 16) << utc(21, 59, 35);
}

void TestDemoEvidence::logsImportWithoutUnparsedLines()
{
    QFETCH(QString, name);
    QFETCH(QString, format);
    QFETCH(qint64, entries);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    const LogImportResult& result = m_logs.value(name);
    QVERIFY2(result.ok, qPrintable(result.message()));
    QVERIFY(result.detected);
    QCOMPARE(result.format, format);
    QCOMPARE(result.lines, entries);
    QCOMPARE(result.entries, entries);
    QCOMPARE(result.unparsed, qint64(0));
    QCOMPARE(result.warnings, QStringList());
    QVERIFY(result.firstAt && result.lastAt);
    QCOMPARE(result.firstAt->value, first);
    QCOMPARE(result.lastAt->value, last);
}

void TestDemoEvidence::metricsImportWithTheirSeries_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("format");
    QTest::addColumn<qint64>("series");
    QTest::addColumn<qint64>("points");
    QTest::addColumn<qint64>("step");
    // 18:00 to 22:00 inclusive: 961 points at 15 s, 241 at a minute.
    QTest::newRow("prometheus") << QStringLiteral("prometheus-db-pool.json") << QStringLiteral("prometheus-json")
                                << qint64(6) << qint64(6 * 961) << qint64(15000);
    QTest::newRow("grafana") << QStringLiteral("grafana-auth-overview.csv") << QStringLiteral("grafana-csv")
                             << qint64(3) << qint64(3 * 241) << qint64(60000);
}

void TestDemoEvidence::metricsImportWithTheirSeries()
{
    QFETCH(QString, name);
    QFETCH(QString, format);
    QFETCH(qint64, series);
    QFETCH(qint64, points);
    QFETCH(qint64, step);
    const MetricImportResult& result = m_metrics.value(name);
    QVERIFY2(result.ok, qPrintable(result.message()));
    QVERIFY(result.detected);
    QCOMPARE(result.format, format);
    QCOMPARE(result.series, series);
    QCOMPARE(result.points, points);
    QCOMPARE(result.gaps, qint64(0));
    QCOMPARE(result.duplicates, qint64(0));
    QCOMPARE(result.warnings, QStringList());
    QVERIFY(result.firstAt && result.lastAt);
    QCOMPARE(result.firstAt->value, utc(18, 0));
    QCOMPARE(result.lastAt->value, utc(22, 0));
    QCOMPARE((result.lastAt->value - result.firstAt->value) / step + 1, points / series);
}

void TestDemoEvidence::errorsLieInTheOutage()
{
    const QVector<LogRateSeries> rates = EvidenceAnalyzer(*m_db).logRates(m_incident, {utc(18, 0)}, {utc(22, 0)});
    qint64 errors = 0;
    qint64 outside = 0;
    for (const LogRateSeries& series : rates) {
        if (series.level != int(LogLevel::Error))
            continue;
        for (const MetricPoint& p : series.points) {
            errors += qint64(p.value);
            if (p.at < utc(19, 0) || p.at > utc(20, 45))
                outside += qint64(p.value);
        }
    }
    // The service's pool timeouts and the gateway's 503 and 504 answers (an access log's 5xx are errors).
    QCOMPARE(errors, qint64(3137 + 655 + 646));
    QCOMPARE(outside, qint64(0));
}

void TestDemoEvidence::poolMaxIsFiveFromTheDeployToTheFix()
{
    const MetricParseResult parsed
        = PrometheusJsonFormat().parse(readAll(QDir(kDemoDir).filePath(QStringLiteral("prometheus-db-pool.json"))), {});
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    int maxSeries = 0;
    for (const MetricSeriesData& series : parsed.series) {
        if (series.name != QLatin1String("auth_db_pool_max_connections"))
            continue;
        ++maxSeries;
        for (const MetricPoint& p : series.points) {
            // The rolling deploys take 20 s per instance pair: the edges are the scrapes between.
            if (p.at < utc(18, 47))
                QCOMPARE(p.value, 50.0);
            else if (p.at >= utc(18, 47, 30) && p.at <= utc(20, 45))
                QCOMPARE(p.value, 5.0);
            else if (p.at >= utc(20, 45, 30))
                QCOMPARE(p.value, 50.0);
        }
    }
    QCOMPARE(maxSeries, 2);
}

void TestDemoEvidence::failedLoginsChangeAtTheStorysTimes()
{
    MetricParseContext context; // the dashboard's zone is UTC
    const MetricParseResult parsed = GrafanaCsvFormat().parse(
        readAll(QDir(kDemoDir).filePath(QStringLiteral("grafana-auth-overview.csv"))), context);
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    QCOMPARE(parsed.series.size(), 3);
    const MetricSeriesData& failed = parsed.series.at(2);
    QCOMPARE(failed.name, QStringLiteral("Failed logins"));
    QCOMPARE(failed.unit, QStringLiteral("/s"));
    QCOMPARE(parsed.series.at(0).unit, QStringLiteral("%"));
    QCOMPARE(parsed.series.at(1).unit, QStringLiteral("req/s"));
    QCOMPARE(changeTimes(failed.points), (QVector<qint64> {utc(19, 0), utc(20, 45), utc(21, 0)}));
    QCOMPARE(changeTimes(parsed.series.at(1).points), (QVector<qint64> {utc(18, 56), utc(21, 30)}));
}

void TestDemoEvidence::logRatesChangeAtTheStorysTimes()
{
    // Warnings are not checked: the gateway's 429s of the surge blur them, as they would in life.
    const QVector<LogRateSeries> rates = EvidenceAnalyzer(*m_db).logRates(m_incident, {utc(18, 0)}, {utc(22, 0)});
    QHash<int, QVector<qint64>> changes;
    for (const LogRateSeries& series : rates)
        changes.insert(series.level, changeTimes(series.points));
    QCOMPARE(changes.value(int(LogLevel::Error)), (QVector<qint64> {utc(19, 0), utc(20, 45)}));
}

QTEST_GUILESS_MAIN(TestDemoEvidence)
#include "TestDemoEvidence.moc"
