// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonApiTestSupport.h"

#include <QTest>
#include <cmath>

using namespace debrief;
using namespace debrief::test;

namespace {

constexpr qint64 kScrapeAt = 1723316400000; // 2024-08-10T19:00:00Z, as --at would give it

const MetricSeriesData* findSeries(const MetricParseResult& result, const QString& name, const QString& labels = {})
{
    for (const MetricSeriesData& series : result.series) {
        if (series.name == name && labelsText(series.labels) == labels)
            return &series;
    }
    return nullptr;
}

} // namespace

class TestPrometheusTextFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void histogramAndSummary();
    void openMetrics();
    void timestamps_data();
    void timestamps();
    void values_data();
    void values();
    void labelEscapes_data();
    void labelEscapes();
    void units_data();
    void units();
    void noTimestampNeedsAt();
    void badLines();
    void afterEof();
    void sample();
    void detection_data();
    void detection();

private:
    MetricParseContext atScrape() const
    {
        MetricParseContext context;
        context.snapshotAt = kScrapeAt;
        return context;
    }

    PrometheusTextFormat m_format;
};

void TestPrometheusTextFormat::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("series");
    QTest::addColumn<qint64>("gaps");
    QTest::addColumn<qint64>("first");

    // Counts checked against the official Python client's parsers (see tests/data/metrics/README.md).
    // One sample per series in a single scrape, so points == series.
    QTest::newRow("corpus node-exporter 0.0.4") << "node_exporter.prom" << 147 << qint64(0) << kScrapeAt;
    QTest::newRow("prometheus 0.0.4") << "prometheus_0.0.4.prom" << 444 << qint64(14) << kScrapeAt;
    QTest::newRow("python client 0.0.4") << "python_client_0.0.4.prom" << 35 << qint64(0) << kScrapeAt;
    QTest::newRow("python client openmetrics") << "python_client_openmetrics.txt" << 35 << qint64(0) << kScrapeAt;
    QTest::newRow("federate with timestamps")
        << "federate_with_timestamps.prom" << 4 << qint64(0) << qint64(1795520522652);
}

void TestPrometheusTextFormat::fixtures()
{
    QFETCH(QString, file);
    QFETCH(int, series);
    QFETCH(qint64, gaps);
    QFETCH(qint64, first);
    const QByteArray bytes = metricFixture(QStringLiteral("prometheus-text/") + file);
    const MetricParseResult result = m_format.parse(bytes, atScrape());
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.series.size(), series);
    QCOMPARE(totalPoints(result), qint64(series));
    QCOMPARE(result.gaps, gaps);
    QCOMPARE(result.diagnostics, QVector<ImportDiagnostic>());
    QCOMPARE(result.series.first().points.first().at, first);
    QCOMPARE(bestFormat(bytes), m_format.name());
}

void TestPrometheusTextFormat::histogramAndSummary()
{
    const MetricParseResult result
        = m_format.parse(metricFixture(QStringLiteral("prometheus-text/prometheus_0.0.4.prom")), atScrape());
    const MetricSeriesData* bucket
        = findSeries(result, QStringLiteral("prometheus_http_request_duration_seconds_bucket"),
                     QStringLiteral("handler=/api/v1/query,le=0.1"));
    QVERIFY(bucket);
    QCOMPARE(bucket->points.first().value, 64.0);
    QCOMPARE(bucket->unit, QString()); // a bucket counts observations
    const MetricSeriesData* quantile
        = findSeries(result, QStringLiteral("go_gc_duration_seconds"), QStringLiteral("quantile=0.25"));
    QVERIFY(quantile);
    QCOMPARE(quantile->points.first().value, 4.4095e-05);
    QCOMPARE(quantile->unit, QStringLiteral("s"));
    const MetricSeriesData* nan = findSeries(result, QStringLiteral("prometheus_rule_evaluation_duration_seconds"),
                                             QStringLiteral("quantile=0.5"));
    QVERIFY(nan);
    QVERIFY(std::isnan(nan->points.first().value));
}

void TestPrometheusTextFormat::openMetrics()
{
    const MetricParseResult result
        = m_format.parse(metricFixture(QStringLiteral("prometheus-text/python_client_openmetrics.txt")), atScrape());
    QVERIFY(result.ok);
    // Exemplars after " # " are ignored, the bucket's value is kept.
    const MetricSeriesData* bucket
        = findSeries(result, QStringLiteral("demo_pool_wait_seconds_bucket"), QStringLiteral("le=0.1"));
    QVERIFY(bucket);
    QCOMPARE(bucket->points.first().value, 28.0);
    const MetricSeriesData* sum = findSeries(result, QStringLiteral("demo_pool_wait_seconds_sum"));
    QVERIFY(sum);
    QCOMPARE(sum->unit, QStringLiteral("s"));
    const MetricSeriesData* ratio = findSeries(result, QStringLiteral("demo_pool_in_use_ratio"));
    QVERIFY(ratio);
    QCOMPARE(ratio->unit, QStringLiteral("ratio"));
    QVERIFY(findSeries(result, QStringLiteral("demo_state"), QStringLiteral("demo_state=degraded")));
    QVERIFY(findSeries(result, QStringLiteral("demo_logins_total"), QStringLiteral("result=fail \"bad password\"")));
    const MetricSeriesData* info = findSeries(result, QStringLiteral("demo_build_info"),
                                              QStringLiteral("note=say \"hi\"\\\\back\nslash,version=1.2.3"));
    QVERIFY(info);
}

void TestPrometheusTextFormat::timestamps_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("at");
    QTest::newRow("0.0.4 ms") << QByteArray("a 1 1723316400123\n") << qint64(1723316400123);
    QTest::newRow("0.0.4 negative") << QByteArray("a 1 -5\n") << qint64(-5);
    QTest::newRow("openmetrics seconds") << QByteArray("a 1 1723316400.123\n# EOF\n") << qint64(1723316400123);
    QTest::newRow("openmetrics integer seconds") << QByteArray("a 1 1723316400\n# EOF\n") << qint64(1723316400000);
    QTest::newRow("openmetrics exemplar")
        << QByteArray("a_bucket{le=\"1\"} 1 1723316400 # {id=\"x\"} 0.5 17\n# EOF\n") << qint64(1723316400000);
    QTest::newRow("no timestamp takes --at") << QByteArray("a 1\n") << kScrapeAt;
    QTest::newRow("tabs") << QByteArray("a\t1\t1723316400123\n") << qint64(1723316400123);
    QTest::newRow("crlf") << QByteArray("a 1 1723316400123\r\n") << qint64(1723316400123);
}

void TestPrometheusTextFormat::timestamps()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, at);
    const MetricParseResult result = m_format.parse(text, atScrape());
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.series.size(), 1);
    QCOMPARE(result.series.first().points.first().at, at);
}

void TestPrometheusTextFormat::values_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<double>("expected");
    QTest::newRow("int") << QByteArray("42") << 42.0;
    QTest::newRow("scientific") << QByteArray("1.847624e+06") << 1.847624e+06;
    QTest::newRow("negative exp") << QByteArray("-1.5E-3") << -1.5e-3;
    QTest::newRow("+Inf") << QByteArray("+Inf") << std::numeric_limits<double>::infinity();
    QTest::newRow("-Inf") << QByteArray("-Inf") << -std::numeric_limits<double>::infinity();
    QTest::newRow("inf lower") << QByteArray("inf") << std::numeric_limits<double>::infinity();
}

void TestPrometheusTextFormat::values()
{
    QFETCH(QByteArray, value);
    QFETCH(double, expected);
    const MetricParseResult result = m_format.parse("x " + value + '\n', atScrape());
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.series.first().points.first().value, expected);
    const MetricParseResult nan = m_format.parse("x NaN\n", atScrape());
    QVERIFY(std::isnan(nan.series.first().points.first().value));
    QCOMPARE(nan.gaps, qint64(1));
}

void TestPrometheusTextFormat::labelEscapes_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("value");
    QTest::newRow("quote") << QByteArray(R"(x{l="a\"b"} 1)") << "a\"b";
    QTest::newRow("backslash") << QByteArray(R"(x{l="C:\\dir"} 1)") << "C:\\dir";
    QTest::newRow("newline") << QByteArray(R"(x{l="one\ntwo"} 1)") << "one\ntwo";
    QTest::newRow("unknown escape kept") << QByteArray(R"(x{l="a\tb"} 1)") << "a\\tb";
    QTest::newRow("comma and brace inside") << QByteArray(R"(x{l="a,b}c"} 1)") << "a,b}c";
    QTest::newRow("utf-8") << QByteArray("x{l=\"Zürich\"} 1") << QString::fromUtf8("Zürich");
    QTest::newRow("trailing comma and spaces") << QByteArray(R"(x{ l = "v" , } 1)") << "v";
}

void TestPrometheusTextFormat::labelEscapes()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, value);
    const MetricParseResult result = m_format.parse(line, atScrape());
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(labelValue(result.series.first(), QStringLiteral("l")), value);
}

void TestPrometheusTextFormat::units_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("unit");
    QTest::newRow("seconds total") << QByteArray("node_cpu_seconds_total 1\n") << "s";
    QTest::newRow("bytes") << QByteArray("node_memory_MemAvailable_bytes 1\n") << "bytes";
    QTest::newRow("count of seconds") << QByteArray("rpc_duration_seconds_count 1\n") << "";
    QTest::newRow("sum of seconds") << QByteArray("rpc_duration_seconds_sum 1\n") << "s";
    QTest::newRow("no unit word") << QByteArray("go_goroutines 1\n") << "";
    QTest::newRow("declared") << QByteArray("# UNIT temp celsius\ntemp 1\n# EOF\n") << "celsius";
    QTest::newRow("declared odd") << QByteArray("# UNIT q_furlongs furlongs\nq_furlongs 1\n# EOF\n") << "furlongs";
}

void TestPrometheusTextFormat::units()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, unit);
    const MetricParseResult result = m_format.parse(text, atScrape());
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.series.first().unit, unit);
}

void TestPrometheusTextFormat::noTimestampNeedsAt()
{
    const MetricParseResult result
        = m_format.parse(metricFixture(QStringLiteral("prometheus-text/node_exporter.prom")), {});
    QVERIFY(!result.ok);
    QCOMPARE(result.errorLine, 3);
    QVERIFY2(result.error.contains(QStringLiteral("--at")), qPrintable(result.error));
    QVERIFY(result.series.isEmpty());
}

void TestPrometheusTextFormat::badLines()
{
    const MetricParseResult result
        = m_format.parse("# TYPE a gauge\na 1\na{l=\"x} 2\nb twelve\nc 1 2 3\nd 4\n", atScrape());
    QVERIFY(result.ok);
    QCOMPARE(result.series.size(), 2);
    QCOMPARE(result.diagnostics.size(), 3);
    QCOMPARE(result.diagnostics.at(0).line, 3);
    QVERIFY(result.diagnostics.at(0).message.contains(QStringLiteral("unterminated label value")));
    QCOMPARE(result.diagnostics.at(1).line, 4);
    QVERIFY(result.diagnostics.at(1).message.contains(QStringLiteral("\"twelve\" is not a number")));
    QCOMPARE(result.diagnostics.at(2).line, 5);

    // Nothing readable at all: an error at the first bad line, not an empty import.
    const MetricParseResult garbage = m_format.parse("\n\nhello world\nmore words here\n", atScrape());
    QVERIFY(!garbage.ok);
    QCOMPARE(garbage.errorLine, 3);

    const MetricParseResult empty = m_format.parse("# HELP a nothing\n", atScrape());
    QVERIFY(empty.ok);
    QCOMPARE(empty.series.size(), 0);
    QCOMPARE(empty.diagnostics.size(), 1);
}

void TestPrometheusTextFormat::afterEof()
{
    const MetricParseResult result = m_format.parse("a 1 1\n# EOF\nb 2 2\n", atScrape());
    QVERIFY(result.ok);
    QCOMPARE(result.series.size(), 1);
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(result.diagnostics.first().line, 3);
    // Concatenated scrapes with timestamps: one series, two points.
    const MetricParseResult twice = m_format.parse("a{x=\"1\"} 1 1000\na{x=\"1\"} 2 2000\n", {});
    QCOMPARE(twice.series.size(), 1);
    QCOMPARE(twice.series.first().points.size(), 2);
}

void TestPrometheusTextFormat::sample()
{
    const MetricParseResult result = m_format.parse(m_format.sample().toUtf8(), {});
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.diagnostics.isEmpty());
    QCOMPARE(result.series.size(), 6);
    QCOMPARE(bestFormat(m_format.sample().toUtf8()), m_format.name());
}

void TestPrometheusTextFormat::detection_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("matches");
    QTest::newRow("bare samples") << QByteArray("up 1\nnode_load1{a=\"b\"} 0.5\n") << true;
    QTest::newRow("syslog") << QByteArray("Aug 10 19:00:01 host sshd[1]: Failed password\n") << false;
    QTest::newRow("json") << QByteArray(R"({"status":"success"})") << false;
    QTest::newRow("csv") << QByteArray("Time,value\n2024-08-10 19:00:00,1\n") << false;
    QTest::newRow("markdown heading") << QByteArray("# Issue Summary\nThe outage lasted\n") << false;
}

void TestPrometheusTextFormat::detection()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, matches);
    QCOMPARE(m_format.match(head) > 0.3, matches);
}

QTEST_GUILESS_MAIN(TestPrometheusTextFormat)
#include "TestPrometheusTextFormat.moc"
