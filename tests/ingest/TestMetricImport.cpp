// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"
#include "EvidenceRepository.h"
#include "IncidentRepository.h"
#include "MetricImport.h"
#include "MetricRepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

// The metrics import end to end on the fixtures of tests/data/metrics: the counts of its README,
// one transaction per file (a failure stores nothing), re-import refused unless forced.
class TestMetricImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fixturesImportWithTheirCounts_data();
    void fixturesImportWithTheirCounts();
    void badFilesStoreNothing_data();
    void badFilesStoreNothing();
    void aStoreFailureMidwayStoresNothing();
    void storeErrorSaysWhyInTheUsersTerms();
    void reimportIsRefusedUnlessForced();
    void snapshotTimeFromAtOrTheFile();
    void seriesMergeAcrossFiles();
    void limitsAndUnknownNames();

private:
    qint64 count(const char* sql);
    static QString fixture(const char* path)
    {
        return QStringLiteral(DEBRIEF_TEST_DATA "/metrics/") + QLatin1String(path);
    }

    std::unique_ptr<Database> m_db;
    IncidentId m_incident;
};

namespace {
constexpr qint64 kAt = 1723316400000; // 2024-08-10T19:00:00Z
} // namespace

void TestMetricImport::init()
{
    m_db = std::make_unique<Database>(QStringLiteral(":memory:"));
    Incident incident;
    incident.title = QStringLiteral("Login outage");
    incident.date = QDate(2024, 8, 10);
    m_incident = IncidentRepository(*m_db).create(incident);
}

void TestMetricImport::cleanup()
{
    m_db.reset();
}

qint64 TestMetricImport::count(const char* sql)
{
    Statement query = m_db->prepare(sql);
    return query.step() ? query.int64(0) : -1;
}

void TestMetricImport::fixturesImportWithTheirCounts_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("timezone");
    QTest::addColumn<qint64>("series");
    QTest::addColumn<qint64>("points");
    QTest::addColumn<qint64>("gaps"); // -1: the README does not say
    const auto row = [](const char* path, qint64 series, qint64 points, qint64 gaps = -1, const char* zone = "") {
        QTest::newRow(path) << fixture(path) << QString::fromLatin1(zone) << series << points << gaps;
    };
    row("prometheus-json/prom_range_cpu.json", 14, 112);
    row("prometheus-json/prom_range_http.json", 1, 7);
    row("prometheus-json/prom_range_up.json", 2, 18);
    row("prometheus-json/prom_instant_mem.json", 1, 1);
    row("prometheus-json/range_histogram_quantile.json", 3, 86);
    row("prometheus-json/range_quantile_nan.json", 1, 29, 8);
    row("prometheus-json/range_rate_http.json", 3, 86);
    row("prometheus-json/range_node_load1.json", 1, 59);
    row("prometheus-json/range_inf.json", 2, 24, 0);
    row("prometheus-json/instant_vector.json", 3, 3);
    row("prometheus-json/instant_scalar.json", 1, 1);
    row("prometheus-text/node_exporter.prom", 147, 147);
    row("prometheus-text/prometheus_0.0.4.prom", 444, 444, 14);
    row("prometheus-text/python_client_0.0.4.prom", 35, 35);
    row("prometheus-text/python_client_openmetrics.txt", 35, 35);
    row("prometheus-text/federate_with_timestamps.prom", 4, 4);
    row("cloudwatch-json/get_metric_data_rds.json", 2, 24);
    row("cloudwatch-json/get_metric_statistics_alb.json", 3, 18);
    row("datadog-json/query_login_failures.json", 2, 20, 2);
    row("grafana-csv/joined-formatted.csv", 4, 80, 2, "+02:00");
    row("grafana-csv/joined-epoch.csv", 2, 30, 1);
    row("grafana-csv/rows-legacy.csv", 2, 20, 1);
    row("csv/sadf-cpu.csv", 8, 240, 0);
    row("csv/vmstat.tsv", 17, 204, 0);
    row("csv/sqlite-requests.csv", 2, 40, 4);
    row("influx-csv/two-tables.csv", 3, 14, 0);
}

void TestMetricImport::fixturesImportWithTheirCounts()
{
    QFETCH(QString, path);
    QFETCH(QString, timezone);
    QFETCH(qint64, series);
    QFETCH(qint64, points);
    QFETCH(qint64, gaps);
    MetricImportOptions options;
    options.timezone = timezone;
    options.at = UtcMillis {kAt};
    const MetricImportResult result = MetricImport::run(*m_db, m_incident, path, options);
    QVERIFY2(result.ok, qPrintable(result.message()));
    QVERIFY(result.detected);
    QCOMPARE(result.format, path.section(u'/', -2, -2)); // the folder is named after the format
    QCOMPARE(result.series, series);
    QCOMPARE(result.points, points);
    QCOMPARE(result.duplicates, 0);
    QCOMPARE(result.mergedSeries, 0);
    if (gaps >= 0)
        QCOMPARE(result.gaps, gaps);

    // What `show` and `series` read back from the store.
    const EvidenceSummary evidence = EvidenceRepository(*m_db).summary(m_incident);
    QCOMPARE(evidence.metricSeries, series);
    QCOMPARE(evidence.metricPoints, points);
    qint64 storedGaps = 0;
    for (const MetricSeriesSummary& s : MetricRepository(*m_db).seriesSummaries(m_incident))
        storedGaps += s.gaps;
    QCOMPARE(storedGaps, result.gaps);
}

void TestMetricImport::badFilesStoreNothing_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("format");
    QTest::newRow("prometheus status error") << fixture("prometheus-json/error_bad_data.json") << QString();
    QTest::newRow("prometheus string result") << fixture("prometheus-json/instant_string.json") << QString();
    QTest::newRow("datadog status error") << fixture("datadog-json/error_parse.json") << QString();
    QTest::newRow("postmortem as csv") << QStringLiteral(DEBRIEF_TEST_DATA "/postmortem/reference.md")
                                       << QStringLiteral("csv");
    QTest::newRow("postmortem detected") << QStringLiteral(DEBRIEF_TEST_DATA "/postmortem/reference.md") << QString();
    QTest::newRow("missing file") << fixture("no-such-file.json") << QString();
}

void TestMetricImport::badFilesStoreNothing()
{
    QFETCH(QString, path);
    QFETCH(QString, format);
    MetricImportOptions options;
    options.format = format;
    const MetricImportResult result = MetricImport::run(*m_db, m_incident, path, options);
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    QVERIFY2(result.message().startsWith(path), qPrintable(result.message()));
    QCOMPARE(count("SELECT COUNT(*) FROM metric_sources"), 0);
    QCOMPARE(count("SELECT COUNT(*) FROM metric_series"), 0);
    QCOMPARE(count("SELECT COUNT(*) FROM metric_points"), 0);
}

void TestMetricImport::aStoreFailureMidwayStoresNothing()
{
    // The third series fails to insert after two series and their points were written.
    m_db->exec("CREATE TEMP TRIGGER fail_third_series BEFORE INSERT ON metric_series"
               " WHEN (SELECT COUNT(*) FROM metric_series) >= 2 BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    const MetricImportResult result
        = MetricImport::run(*m_db, m_incident, fixture("prometheus-json/range_rate_http.json"));
    QVERIFY(!result.ok);
    // In the user's terms: what SQLite said (the trigger's text) stays out of the message.
    QCOMPARE(result.error, QStringLiteral("the store refused the data; nothing was stored"));
    QCOMPARE(count("SELECT COUNT(*) FROM metric_sources"), 0);
    QCOMPARE(count("SELECT COUNT(*) FROM metric_series"), 0);
    QCOMPARE(count("SELECT COUNT(*) FROM metric_points"), 0);
}

void TestMetricImport::storeErrorSaysWhyInTheUsersTerms()
{
    m_db->exec("PRAGMA query_only = 1"); // every write fails as on a read-only store
    const MetricImportResult result
        = MetricImport::run(*m_db, m_incident, fixture("datadog-json/query_login_failures.json"));
    m_db->exec("PRAGMA query_only = 0");
    QVERIFY(!result.ok);
    QCOMPARE(result.error,
             QStringLiteral("the store cannot be written (a read-only file or folder); nothing was stored"));
    QCOMPARE(count("SELECT COUNT(*) FROM metric_sources"), 0);
}

void TestMetricImport::reimportIsRefusedUnlessForced()
{
    const QString path = fixture("datadog-json/query_login_failures.json");
    const MetricImportResult first = MetricImport::run(*m_db, m_incident, path);
    QVERIFY2(first.ok, qPrintable(first.message()));
    const MetricImportResult again = MetricImport::run(*m_db, m_incident, path);
    QVERIFY(!again.ok);
    QVERIFY(again.alreadyImported);
    QCOMPARE(count("SELECT COUNT(*) FROM metric_sources"), 1);

    MetricImportOptions force;
    force.force = true;
    const MetricImportResult forced = MetricImport::run(*m_db, m_incident, path, force);
    QVERIFY2(forced.ok, qPrintable(forced.message()));
    QCOMPARE(forced.replacedSourceId, first.sourceId);
    QCOMPARE(count("SELECT COUNT(*) FROM metric_sources"), 1);
    QCOMPARE(count("SELECT COUNT(*) FROM metric_series"), 2);
    QCOMPARE(count("SELECT COUNT(*) FROM metric_points"), 20);

    // Another incident takes the same file.
    Incident other;
    other.title = QStringLiteral("Other");
    QVERIFY(MetricImport::run(*m_db, IncidentRepository(*m_db).create(other), path).ok);
}

void TestMetricImport::snapshotTimeFromAtOrTheFile()
{
    const QString path = fixture("prometheus-text/python_client_0.0.4.prom");
    MetricImportOptions options;
    options.at = UtcMillis {kAt};
    const MetricImportResult given = MetricImport::run(*m_db, m_incident, path, options);
    QVERIFY2(given.ok, qPrintable(given.message()));
    QCOMPARE(given.firstAt->value, kAt);
    QCOMPARE(given.lastAt->value, kAt);
    QVERIFY(!given.assumptions.join(u'\n').contains(QLatin1String("modification time")));

    init();
    const MetricImportResult fromFile = MetricImport::run(*m_db, m_incident, path);
    QVERIFY2(fromFile.ok, qPrintable(fromFile.message()));
    QCOMPARE(fromFile.firstAt->value, QFileInfo(path).lastModified().toMSecsSinceEpoch());
    QVERIFY2(fromFile.assumptions.join(u'\n').contains(QLatin1String("modification time")),
             qPrintable(fromFile.assumptions.join(u'\n')));
}

void TestMetricImport::seriesMergeAcrossFiles()
{
    // The same exporter scraped twice: the second file's series join the first file's.
    QTemporaryDir dir;
    const QString scrape = fixture("prometheus-text/python_client_0.0.4.prom");
    const QString copy = dir.filePath(QStringLiteral("later.prom"));
    QFile in(scrape);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QFile out(copy);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(in.readAll() + "\n# a later scrape\n"); // other bytes, other hash
    out.close();
    MetricImportOptions first;
    first.at = UtcMillis {kAt};
    QVERIFY(MetricImport::run(*m_db, m_incident, scrape, first).ok);
    MetricImportOptions second;
    second.at = UtcMillis {kAt + 15000};
    const MetricImportResult merged = MetricImport::run(*m_db, m_incident, copy, second);
    QVERIFY2(merged.ok, qPrintable(merged.message()));
    QCOMPARE(merged.mergedSeries, 35);
    QCOMPARE(count("SELECT COUNT(*) FROM metric_series"), 35);
    QCOMPARE(count("SELECT COUNT(*) FROM metric_points"), 70);
}

void TestMetricImport::limitsAndUnknownNames()
{
    const QString path = fixture("csv/vmstat.tsv");
    MetricImportOptions small;
    small.maxBytes = 100;
    const MetricImportResult tooBig = MetricImport::run(*m_db, m_incident, path, small);
    QVERIFY(!tooBig.ok);
    QVERIFY2(tooBig.error.contains(QLatin1String("read whole")), qPrintable(tooBig.error));

    MetricImportOptions unknown;
    unknown.format = QStringLiteral("excel");
    const MetricImportResult badFormat = MetricImport::run(*m_db, m_incident, path, unknown);
    QVERIFY(!badFormat.ok);
    QVERIFY2(badFormat.error.contains(QLatin1String("grafana-csv")), qPrintable(badFormat.error));

    MetricImportOptions zone;
    zone.timezone = QStringLiteral("Mars/Olympus");
    QVERIFY(!MetricImport::run(*m_db, m_incident, path, zone).ok);
    QVERIFY(!MetricImport::run(*m_db, IncidentId {999}, path).ok);
    QCOMPARE(count("SELECT COUNT(*) FROM metric_sources"), 0);
}

QTEST_GUILESS_MAIN(TestMetricImport)
#include "TestMetricImport.moc"
