// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonApiTestSupport.h"

#include <QTest>
#include <cmath>

using namespace debrief;
using namespace debrief::test;

class TestPrometheusJsonFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void spec_data();
    void spec();
    void specialValues();
    void labelsAndName();
    void errors_data();
    void errors();
    void skippedValue();
    void nativeHistogramSkipped();
    void sample();
    void detection_data();
    void detection();

private:
    PrometheusJsonFormat m_format;
};

void TestPrometheusJsonFormat::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("series");
    QTest::addColumn<qint64>("points");
    QTest::addColumn<qint64>("gaps");
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");

    // Counts checked against Python's json module over the same files (see tests/data/metrics/README.md).
    QTest::newRow("corpus range cpu") << "prom_range_cpu.json" << 14 << qint64(112) << qint64(0) << "value"
                                      << qint64(1795486092000) << qint64(1795486099000);
    QTest::newRow("corpus range http") << "prom_range_http.json" << 1 << qint64(7) << qint64(0) << "value"
                                       << qint64(1795486093000) << qint64(1795486099000);
    QTest::newRow("corpus range up") << "prom_range_up.json" << 2 << qint64(18) << qint64(0) << "up"
                                     << qint64(1795486091000) << qint64(1795486099000);
    QTest::newRow("corpus instant mem") << "prom_instant_mem.json" << 1 << qint64(1) << qint64(0)
                                        << "node_memory_MemAvailable_bytes" << qint64(1795486101316)
                                        << qint64(1795486101316);
    QTest::newRow("histogram_quantile") << "range_histogram_quantile.json" << 3 << qint64(86) << qint64(0) << "value"
                                        << qint64(1795520463000) << qint64(1795520519000);
    QTest::newRow("quantile with NaN") << "range_quantile_nan.json" << 1 << qint64(29) << qint64(8) << "value"
                                       << qint64(1795520463000) << qint64(1795520519000);
    QTest::newRow("rate") << "range_rate_http.json" << 3 << qint64(86) << qint64(0) << "value" << qint64(1795520463000)
                          << qint64(1795520519000);
    QTest::newRow("inf") << "range_inf.json" << 2 << qint64(24) << qint64(0) << "value" << qint64(1795520464000)
                         << qint64(1795520519000);
    QTest::newRow("node_load1") << "range_node_load1.json" << 1 << qint64(59) << qint64(0) << "node_load1"
                                << qint64(1795520462000) << qint64(1795520520000);
    QTest::newRow("instant vector") << "instant_vector.json" << 3 << qint64(3) << qint64(0)
                                    << "prometheus_http_requests_total" << qint64(1795520522909)
                                    << qint64(1795520522909);
    QTest::newRow("instant scalar") << "instant_scalar.json" << 1 << qint64(1) << qint64(0) << "value"
                                    << qint64(1795520522917) << qint64(1795520522917);
}

void TestPrometheusJsonFormat::fixtures()
{
    QFETCH(QString, file);
    QFETCH(int, series);
    QFETCH(qint64, points);
    QFETCH(qint64, gaps);
    QFETCH(QString, name);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    const QByteArray bytes = metricFixture(QStringLiteral("prometheus-json/") + file);
    const MetricParseResult result = m_format.parse(bytes, {});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.series.size(), series);
    QCOMPARE(totalPoints(result), points);
    QCOMPARE(result.gaps, gaps);
    QCOMPARE(result.series.first().name, name);
    QCOMPARE(result.series.first().points.first().at, first);
    QCOMPARE(result.series.last().points.last().at, last);
    QCOMPARE(bestFormat(bytes), m_format.name());
}

void TestPrometheusJsonFormat::spec_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("series");
    QTest::addColumn<qint64>("firstAt");
    QTest::addColumn<double>("firstValue");

    QTest::newRow("matrix") << QByteArray(
        R"({"status":"success","data":{"resultType":"matrix","result":[)"
        R"({"metric":{"__name__":"a"},"values":[[1723316400,"1.5"],[1723316401,"2"]]},)"
        R"({"metric":{"__name__":"b"},"values":[[1723316400,"3"]]}]}})")
                            << 2 << qint64(1723316400000) << 1.5;
    QTest::newRow("vector fraction rounds") << QByteArray(R"({"status":"success","data":{"resultType":"vector",)"
                                                          R"("result":[{"metric":{},"value":[1795486101.316,"7"]}]}})")
                                            << 1 << qint64(1795486101316) << 7.0;
    QTest::newRow("scalar") << QByteArray(
        R"({"status":"success","data":{"resultType":"scalar","result":[1723316400.5,"0.25"]}})")
                            << 1 << qint64(1723316400500) << 0.25;
    QTest::newRow("scientific") << QByteArray(R"({"status":"success","data":{"resultType":"vector",)"
                                              R"("result":[{"metric":{},"value":[1,"1.5e-05"]}]}})")
                                << 1 << qint64(1000) << 1.5e-05;
    QTest::newRow("data object alone") << QByteArray(
        R"({"resultType":"vector","result":[{"metric":{},"value":[2,"3"]}]})")
                                       << 1 << qint64(2000) << 3.0;
}

void TestPrometheusJsonFormat::spec()
{
    QFETCH(QByteArray, json);
    QFETCH(int, series);
    QFETCH(qint64, firstAt);
    QFETCH(double, firstValue);
    const MetricParseResult result = m_format.parse(json, {});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.series.size(), series);
    QCOMPARE(result.series.first().points.first().at, firstAt);
    QCOMPARE(result.series.first().points.first().value, firstValue);
}

void TestPrometheusJsonFormat::specialValues()
{
    const MetricParseResult result
        = m_format.parse(R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"__name__":"x"},)"
                         R"("values":[[1,"NaN"],[2,"+Inf"],[3,"-Inf"],[4,"0"]]}]}})",
                         {});
    QVERIFY(result.ok);
    const auto& points = result.series.first().points;
    QCOMPARE(points.size(), 4);
    QVERIFY(std::isnan(points.at(0).value));
    QCOMPARE(points.at(1).value, std::numeric_limits<double>::infinity());
    QCOMPARE(points.at(2).value, -std::numeric_limits<double>::infinity());
    QCOMPARE(result.gaps, qint64(1));

    const MetricParseResult real = m_format.parse(metricFixture(QStringLiteral("prometheus-json/range_inf.json")), {});
    QCOMPARE(real.series.at(0).points.first().value, std::numeric_limits<double>::infinity());
    QCOMPARE(labelValue(real.series.at(1), QStringLiteral("sign")), QStringLiteral("minus"));
    QCOMPARE(real.series.at(1).points.first().value, -std::numeric_limits<double>::infinity());
}

void TestPrometheusJsonFormat::labelsAndName()
{
    const MetricParseResult result
        = m_format.parse(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":)"
                         R"({"zone":"b","__name__":"up","app":"a \"q\""},"value":[1,"1"]}]}})",
                         {});
    QVERIFY(result.ok);
    const MetricSeriesData& series = result.series.first();
    QCOMPARE(series.name, QStringLiteral("up"));
    const QVector<QPair<QString, QString>> expected {{QStringLiteral("app"), QStringLiteral("a \"q\"")},
                                                     {QStringLiteral("zone"), QStringLiteral("b")}};
    QCOMPARE(series.labels, expected);

    const MetricParseResult nameless
        = m_format.parse(metricFixture(QStringLiteral("prometheus-json/range_rate_http.json")), {});
    QCOMPARE(nameless.series.first().name, QStringLiteral("value"));
    QCOMPARE(nameless.diagnostics.first().severity, Severity::Info);
}

void TestPrometheusJsonFormat::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("contains");
    QTest::addColumn<int>("line");

    QTest::newRow("real bad_data")
        << metricFixture(QStringLiteral("prometheus-json/error_bad_data.json"))
        << R"(bad_data "invalid parameter "query": 1:31: parse error: unclosed left parenthesis")" << 0;
    QTest::newRow("real string result") << metricFixture(QStringLiteral("prometheus-json/instant_string.json"))
                                        << "is a string" << 0;
    QTest::newRow("truncated on line 3") << QByteArray("{\n\"status\":\"success\",\n\"data\":{\"resultType\":")
                                         << "not valid JSON" << 3;
    QTest::newRow("top level array") << QByteArray("[1,2]") << "JSON object" << 1;
    QTest::newRow("values not an array") << QByteArray(
        R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":3}]}})")
                                         << "data.result[0].values: expected" << 0;
    QTest::newRow("value not a string") << QByteArray(
        R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,2]]}]}})")
                                        << "data.result[0].values[0][1]: expected the value as a string" << 0;
    QTest::newRow("time not a number") << QByteArray(
        R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":["x","1"]}]}})")
                                       << "data.result[0].value: expected [time in seconds" << 0;
    QTest::newRow("unknown resultType") << QByteArray(
        R"({"status":"success","data":{"resultType":"table","result":[]}})")
                                        << "not \"table\"" << 0;
    QTest::newRow("no data") << QByteArray(R"({"status":"success"})") << "expected a Prometheus answer" << 0;
}

void TestPrometheusJsonFormat::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, contains);
    QFETCH(int, line);
    const MetricParseResult result = m_format.parse(json, {});
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(contains), qPrintable(result.error));
    QCOMPARE(result.errorLine, line);
    QVERIFY(result.series.isEmpty());
}

void TestPrometheusJsonFormat::skippedValue()
{
    const MetricParseResult result = m_format.parse(
        R"({"status":"success","warnings":["too many samples"],"data":{"resultType":"matrix","result":[)"
        R"({"metric":{"__name__":"x"},"values":[[1,"1"],[2,"twelve"],[3,"3"]]}]}})",
        {});
    QVERIFY(result.ok);
    QCOMPARE(totalPoints(result), qint64(2));
    QCOMPARE(result.diagnostics.size(), 2);
    QVERIFY(result.diagnostics.at(0).message.contains(QStringLiteral("too many samples")));
    QVERIFY(result.diagnostics.at(1).message.contains(QStringLiteral("\"twelve\" is not a number")));

    const MetricParseResult empty
        = m_format.parse(R"({"status":"success","data":{"resultType":"matrix","result":[]}})", {});
    QVERIFY(empty.ok);
    QCOMPARE(empty.series.size(), 0);
    QCOMPARE(empty.diagnostics.size(), 1);
    QVERIFY(empty.diagnostics.first().message.contains(QStringLiteral("no series")));
}

void TestPrometheusJsonFormat::nativeHistogramSkipped()
{
    const MetricParseResult result = m_format.parse(
        R"({"status":"success","data":{"resultType":"matrix","result":[)"
        R"({"metric":{"__name__":"h"},"histograms":[[1,{"count":"2","sum":"1","buckets":[[0,"0","1","2"]]}]]},)"
        R"({"metric":{"__name__":"g"},"values":[[1,"1"]]}]}})",
        {});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.series.size(), 1);
    QCOMPARE(result.series.first().name, QStringLiteral("g"));
    QCOMPARE(result.diagnostics.size(), 1);
    QVERIFY(result.diagnostics.first().message.contains(QStringLiteral("native histogram")));
}

void TestPrometheusJsonFormat::sample()
{
    const MetricParseResult result = m_format.parse(m_format.sample().toUtf8(), {});
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.diagnostics.isEmpty());
    QCOMPARE(totalPoints(result), qint64(3));
    QCOMPARE(bestFormat(m_format.sample().toUtf8()), m_format.name());
}

void TestPrometheusJsonFormat::detection_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("matches");
    QTest::newRow("error answer") << metricFixture(QStringLiteral("prometheus-json/error_bad_data.json")) << true;
    QTest::newRow("pretty printed") << QByteArray(
        "{\n  \"status\": \"success\",\n  \"data\": {\n    \"resultType\" : \"vector\"")
                                    << true;
    QTest::newRow("log line with status")
        << QByteArray(R"({"time":"2024-08-10T19:00:00Z","status":"error","error":"x"})") << false;
    QTest::newRow("resultType as a value") << QByteArray(R"({"msg":"resultType"})") << false;
    QTest::newRow("datadog") << QByteArray(R"({"status":"ok","series":[{"pointlist":[]}]})") << false;
}

void TestPrometheusJsonFormat::detection()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, matches);
    QCOMPARE(m_format.match(head) > 0.5, matches);
}

QTEST_GUILESS_MAIN(TestPrometheusJsonFormat)
#include "TestPrometheusJsonFormat.moc"
