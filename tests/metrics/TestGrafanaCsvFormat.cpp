// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvTestSupport.h"

#include <cmath>

using namespace debrief;
using namespace debrief::csvtest;

class TestGrafanaCsvFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sample();
    void fixtures_data();
    void fixtures();
    void formattedUnits();
    void epochLabels();
    void rowsLayout();
    void values_data();
    void values();
    void headers_data();
    void headers();
    void badInput_data();
    void badInput();
    void detection_data();
    void detection();

private:
    GrafanaCsvFormat m_format;
};

void TestGrafanaCsvFormat::sample()
{
    const QByteArray sample = m_format.sample().toUtf8();
    QCOMPARE(detect(sample), m_format.name());
    const MetricParseResult result = m_format.parse(sample, {});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.series.size(), 2);
    QCOMPARE(result.series.at(0).name, QStringLiteral("auth_failed_logins"));
    QCOMPARE(result.series.at(1).unit, QStringLiteral("s"));
    QCOMPARE(result.gaps, 1);
}

void TestGrafanaCsvFormat::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("series");
    QTest::addColumn<qint64>("points");
    QTest::addColumn<qint64>("gaps");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::newRow("joined, formatted") << "grafana-csv/joined-formatted.csv" << 4 << qint64(80) << qint64(2)
                                       << utc("2024-08-10T19:00:00Z") << utc("2024-08-10T19:09:30Z");
    QTest::newRow("joined, epoch ms") << "grafana-csv/joined-epoch.csv" << 2 << qint64(30) << qint64(1)
                                      << utc("2024-08-10T19:00:00Z") << utc("2024-08-10T19:03:30Z");
    QTest::newRow("rows, legacy") << "grafana-csv/rows-legacy.csv" << 2 << qint64(20) << qint64(1)
                                  << utc("2024-08-10T19:00:00Z") << utc("2024-08-10T19:09:00Z");
}

void TestGrafanaCsvFormat::fixtures()
{
    QFETCH(QString, file);
    QFETCH(int, series);
    QFETCH(qint64, points);
    QFETCH(qint64, gaps);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    const QByteArray bytes = fixture(file);
    QCOMPARE(detect(bytes), m_format.name());
    MetricParseContext context;
    context.defaultOffsetSeconds = 2 * 3600; // the dashboard's zone: 21:00 local is 19:00 UTC
    const MetricParseResult result = m_format.parse(bytes, context);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.series.size(), series);
    QCOMPARE(pointCount(result), points);
    QCOMPARE(result.gaps, gaps);
    QCOMPARE(result.series.first().points.first().at, first);
    QCOMPARE(result.series.last().points.last().at, last);
}

void TestGrafanaCsvFormat::formattedUnits()
{
    MetricParseContext context;
    context.defaultOffsetSeconds = 2 * 3600;
    const MetricParseResult result
        = m_format.parse(fixture(QStringLiteral("grafana-csv/joined-formatted.csv")), context);
    QVERIFY2(result.ok, qPrintable(result.error));
    const MetricSeriesData* logins = findSeries(result, QStringLiteral("auth_failed_logins"));
    QVERIFY(logins);
    QCOMPARE(logins->labels, (QVector<QPair<QString, QString>> {{"instance", "auth-1:9100"}, {"job", "auth"}}));
    QCOMPARE(logins->unit, QString());
    QVERIFY(std::isnan(logins->points.at(7).value));
    QCOMPARE(logins->points.at(19).value, 760.0);
    // "20.0 ms" .. "1.25 s": one column in two units becomes seconds.
    const MetricSeriesData* wait = findSeries(result, QStringLiteral("db_pool_wait"));
    QCOMPARE(wait->unit, QStringLiteral("s"));
    QCOMPARE(wait->points.at(0).value, 0.02);
    QCOMPARE(wait->points.at(19).value, 2.75);
    QVERIFY(std::isnan(wait->points.at(12).value));
    const MetricSeriesData* bytes = findSeries(result, QStringLiteral("db_pool_bytes"));
    QCOMPARE(bytes->unit, QStringLiteral("B"));
    QCOMPARE(bytes->points.at(0).value, 900.0);
    QCOMPARE(bytes->points.at(5).value, 2000.0);
    // One unit throughout: the number stays as written.
    const MetricSeriesData* cpu = findSeries(result, QStringLiteral("cpu_usage"));
    QCOMPARE(cpu->unit, QStringLiteral("%"));
    QCOMPARE(cpu->points.at(0).value, 41.5);
    QVERIFY(hasDiagnostic(result, QStringLiteral("UTC+02:00"), 3));
    QVERIFY(hasDiagnostic(result, QStringLiteral("db_pool_wait")));
}

void TestGrafanaCsvFormat::epochLabels()
{
    const MetricParseResult result = m_format.parse(fixture(QStringLiteral("grafana-csv/joined-epoch.csv")), {});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.series.at(1).name, QStringLiteral("go_goroutines"));
    QCOMPARE(labelsText(result.series.at(1).labels), QStringLiteral("instance=localhost:9090,job=prometheus"));
    QVERIFY(!hasDiagnostic(result, QStringLiteral("zone")));
}

void TestGrafanaCsvFormat::rowsLayout()
{
    const MetricParseResult result = m_format.parse(fixture(QStringLiteral("grafana-csv/rows-legacy.csv")), {});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.series.at(0).name, QStringLiteral("nginx_requests_per_second"));
    QCOMPARE(result.series.at(0).points.at(9).value, 1375.0);
    QVERIFY(std::isnan(result.series.at(1).points.at(4).value));
    QVERIFY(result.diagnostics.isEmpty());
}

void TestGrafanaCsvFormat::values_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::newRow("ms") << QByteArray("45.2 ms") << 45.2 << "ms";
    QTest::newRow("percent") << QByteArray("12%") << 12.0 << "%";
    QTest::newRow("kB") << QByteArray("1.5 kB") << 1.5 << "kB";
    QTest::newRow("MiB") << QByteArray("3.2 MiB") << 3.2 << "MiB";
    QTest::newRow("req/s") << QByteArray("120 req/s") << 120.0 << "req/s";
    QTest::newRow("thousands, quoted") << QByteArray("\"1,234.5\"") << 1234.5 << "";
    QTest::newRow("exponent") << QByteArray("1.5e3") << 1500.0 << "";
    QTest::newRow("negative") << QByteArray("-0.25") << -0.25 << "";
    QTest::newRow("infinity") << QByteArray("+Inf") << qInf() << "";
}

void TestGrafanaCsvFormat::values()
{
    QFETCH(QByteArray, cell);
    QFETCH(double, value);
    QFETCH(QString, unit);
    const QByteArray csv = "\"Time\",\"x\"\r\n1723316400000," + cell + "\r\n";
    const MetricParseResult result = m_format.parse(csv, {});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.series.size(), 1);
    QCOMPARE(result.series.at(0).points.at(0).value, value);
    QCOMPARE(result.series.at(0).unit, unit);
}

void TestGrafanaCsvFormat::headers_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("labels");
    QTest::newRow("plain") << "series A"
                           << "series A"
                           << "";
    QTest::newRow("prometheus") << "up{job=\"node\", instance=\"a:9100\"}"
                                << "up"
                                << "instance=a:9100,job=node";
    QTest::newRow("__name__") << "{__name__=\"up\", job=\"x\"}"
                              << "up"
                              << "job=x";
    QTest::newRow("escaped quote") << "m{k=\"a\\\"b\"}"
                                   << "m"
                                   << "k=a\"b";
    QTest::newRow("not labels") << "rate{5m}"
                                << "rate{5m}"
                                << "";
    QTest::newRow("unclosed value") << "m{k=\"v}"
                                    << "m{k=\"v}"
                                    << "";
}

void TestGrafanaCsvFormat::headers()
{
    QFETCH(QString, header);
    QFETCH(QString, name);
    QFETCH(QString, labels);
    const MetricSeriesData series = GrafanaCsvFormat::seriesFromHeader(header);
    QCOMPARE(series.name, name);
    QCOMPARE(labelsText(series.labels), labels);
}

void TestGrafanaCsvFormat::badInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << 0 << "empty";
    QTest::newRow("not grafana") << QByteArray("a,b\n1,2\n") << 1 << "Time";
    QTest::newRow("mixed column counts") << QByteArray("\"Time\",\"a\",\"b\"\n1723316400000,1,2\n1723316415000,1\n")
                                         << 3 << "2 fields";
    QTest::newRow("unterminated quote") << QByteArray("\"Time\",\"a\"\n1723316400000,\"1\n") << 2 << "never closed";
    QTest::newRow("incompatible units") << QByteArray("\"Time\",\"a\"\n1723316400000,1 ms\n1723316415000,2 kB\n") << 3
                                        << "mixes units";
    QTest::newRow("mostly not numbers") << QByteArray(
        "\"Time\",\"a\"\n1723316400000,1\n1723316415000,x1\n1723316430000,x2\n")
                                        << 3 << "mostly";
    QTest::newRow("rows: bad time") << QByteArray("Series,Time,Value\nA,yesterday,1\n") << 2 << "not a time";
    QTest::newRow("rows: short row") << QByteArray("Series,Time,Value\nA,1723316400000\n") << 2 << "2 fields";
}

void TestGrafanaCsvFormat::badInput()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(QString, message);
    const MetricParseResult result = m_format.parse(input, {});
    QVERIFY(!result.ok);
    QCOMPARE(result.errorLine, line);
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
}

void TestGrafanaCsvFormat::detection_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("format");
    QTest::newRow("joined, quoted") << QByteArray("\"Time\",\"A\"\r\n2024-08-10 19:00:00,1\r\n") << "grafana-csv";
    QTest::newRow("rows") << QByteArray("Series,Time,Value\nA,1723316400000,1\n") << "grafana-csv";
    QTest::newRow("generic time first") << QByteArray("time,cpu\n2024-08-10T19:00:00Z,1\n") << "csv";
    QTest::newRow("influx") << fixture(QStringLiteral("influx-csv/two-tables.csv")) << "influx-csv";
    QTest::newRow("sadf") << fixture(QStringLiteral("csv/sadf-cpu.csv")) << "csv";
}

void TestGrafanaCsvFormat::detection()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, format);
    QCOMPARE(detect(input), format);
}

QTEST_GUILESS_MAIN(TestGrafanaCsvFormat)
#include "TestGrafanaCsvFormat.moc"
