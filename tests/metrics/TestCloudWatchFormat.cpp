// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonApiTestSupport.h"

#include <QTest>

using namespace debrief;
using namespace debrief::test;

class TestCloudWatchFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void metricData();
    void statistics();
    void times_data();
    void times();
    void errors_data();
    void errors();
    void warnings();
    void sample();
    void detection_data();
    void detection();

private:
    CloudWatchFormat m_format;
};

void TestCloudWatchFormat::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("series");
    QTest::addColumn<qint64>("points");
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    // Hand-written to the AWS CLI's documented output (tests/data/metrics/README.md).
    QTest::newRow("get-metric-data") << "get_metric_data_rds.json" << 2 << qint64(24) << "DatabaseConnections"
                                     << qint64(1723319400000) << qint64(1723316100000);
    QTest::newRow("get-metric-statistics") << "get_metric_statistics_alb.json" << 3 << qint64(18)
                                           << "TargetResponseTime" << qint64(1723317000000) << qint64(1723316700000);
}

void TestCloudWatchFormat::fixtures()
{
    QFETCH(QString, file);
    QFETCH(int, series);
    QFETCH(qint64, points);
    QFETCH(QString, name);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    const QByteArray bytes = metricFixture(QStringLiteral("cloudwatch-json/") + file);
    const MetricParseResult result = m_format.parse(bytes, {});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.series.size(), series);
    QCOMPARE(totalPoints(result), points);
    QCOMPARE(result.gaps, qint64(0));
    QCOMPARE(result.series.first().name, name);
    QCOMPARE(result.series.first().points.first().at, first);
    QCOMPARE(result.series.last().points.last().at, last);
    QCOMPARE(bestFormat(bytes), m_format.name());
}

void TestCloudWatchFormat::metricData()
{
    const MetricParseResult result
        = m_format.parse(metricFixture(QStringLiteral("cloudwatch-json/get_metric_data_rds.json")), {});
    const MetricSeriesData& cpu = result.series.at(1);
    QCOMPARE(cpu.name, QStringLiteral("CPUUtilization"));
    QCOMPARE(labelValue(cpu, QStringLiteral("id")), QStringLiteral("cpu"));
    QCOMPARE(cpu.points.first().value, 25.0); // newest first, kept in the answer's order
    QCOMPARE(cpu.points.last().value, 22.5);
    // The empty ReplicaLag result is reported, not stored as an empty series.
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(result.diagnostics.first().severity, Severity::Info);
    QVERIFY(result.diagnostics.first().message.contains(QStringLiteral("replica_lag")));
}

void TestCloudWatchFormat::statistics()
{
    const MetricParseResult result
        = m_format.parse(metricFixture(QStringLiteral("cloudwatch-json/get_metric_statistics_alb.json")), {});
    QStringList statistics;
    for (const MetricSeriesData& series : result.series) {
        statistics << labelValue(series, QStringLiteral("statistic"));
        QCOMPARE(series.unit, QStringLiteral("s"));
        QCOMPARE(series.points.size(), 6);
    }
    QCOMPARE(statistics, QStringList({QStringLiteral("Average"), QStringLiteral("Maximum"), QStringLiteral("p99")}));
    QCOMPARE(result.series.at(2).points.first().value, 4.8);

    const MetricParseResult counted = m_format.parse(
        R"({"Label":"Requests","Datapoints":[{"Timestamp":"2024-08-10T19:00:00Z","SampleCount":5.0,"Sum":12.0,"Unit":"Count"}]})",
        {});
    QCOMPARE(counted.series.size(), 2);
    QCOMPARE(counted.series.at(0).unit, QString());
}

void TestCloudWatchFormat::times_data()
{
    QTest::addColumn<QByteArray>("time");
    QTest::addColumn<qint64>("at");
    QTest::newRow("offset") << QByteArray(R"("2024-08-10T19:00:00+00:00")") << qint64(1723316400000);
    QTest::newRow("Z with ms") << QByteArray(R"("2024-08-10T19:00:00.250Z")") << qint64(1723316400250);
    QTest::newRow("other offset") << QByteArray(R"("2024-08-10T21:00:00+02:00")") << qint64(1723316400000);
    QTest::newRow("no zone is UTC") << QByteArray(R"("2024-08-10T19:00:00")") << qint64(1723316400000);
    QTest::newRow("epoch seconds") << QByteArray("1723316400.5") << qint64(1723316400500);
}

void TestCloudWatchFormat::times()
{
    QFETCH(QByteArray, time);
    QFETCH(qint64, at);
    const MetricParseResult result = m_format.parse(
        R"({"MetricDataResults":[{"Id":"m","Label":"","Timestamps":[)" + time + R"(],"Values":[1]}]})", {});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.series.first().name, QStringLiteral("m")); // empty Label: the Id
    QCOMPARE(result.series.first().points.first().at, at);
}

void TestCloudWatchFormat::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("contains");
    QTest::addColumn<int>("line");
    QTest::newRow("different lengths") << QByteArray(
        R"({"MetricDataResults":[{"Id":"cpu","Timestamps":["2024-08-10T19:00:00Z"],"Values":[1,2]}]})")
                                       << R"(MetricDataResults[0] (Id "cpu"): 1 timestamps but 2 values)" << 0;
    QTest::newRow("values missing") << QByteArray(R"({"MetricDataResults":[{"Id":"x","Timestamps":[]}]})")
                                    << "expected the arrays" << 0;
    QTest::newRow("results not an array") << QByteArray(R"({"MetricDataResults":{}})") << "expected an array" << 0;
    QTest::newRow("malformed on line 2") << QByteArray("{\n  \"Datapoints\": [,]\n}") << "not valid JSON" << 2;
    QTest::newRow("neither shape") << QByteArray(R"({"Label":"x"})") << "MetricDataResults" << 0;
}

void TestCloudWatchFormat::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, contains);
    QFETCH(int, line);
    const MetricParseResult result = m_format.parse(json, {});
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(contains), qPrintable(result.error));
    QCOMPARE(result.errorLine, line);
}

void TestCloudWatchFormat::warnings()
{
    const MetricParseResult result = m_format.parse(
        R"({"MetricDataResults":[{"Id":"m","Label":"L","Timestamps":["2024-08-10T19:00:00Z","yesterday"],)"
        R"("Values":[1,2],"StatusCode":"PartialData"}],"NextToken":"abc","Messages":[{"Code":"MaxMetricsExceeded","Value":"too many"}]})",
        {});
    QVERIFY(result.ok);
    QCOMPARE(totalPoints(result), qint64(1));
    QCOMPARE(result.diagnostics.size(), 4); // PartialData, the skipped point, the message, NextToken
    const MetricParseResult empty = m_format.parse(R"({"MetricDataResults":[],"Messages":[]})", {});
    QVERIFY(empty.ok);
    QCOMPARE(empty.diagnostics.size(), 1);
}

void TestCloudWatchFormat::sample()
{
    const MetricParseResult result = m_format.parse(m_format.sample().toUtf8(), {});
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.diagnostics.isEmpty());
    QCOMPARE(totalPoints(result), qint64(3));
    QCOMPARE(bestFormat(m_format.sample().toUtf8()), m_format.name());
}

void TestCloudWatchFormat::detection_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("matches");
    QTest::newRow("log line with Label") << QByteArray(R"({"Label":"x","msg":"Datapoints"})") << false;
    QTest::newRow("prometheus") << QByteArray(R"({"status":"success","data":{"resultType":"matrix"}})") << false;
}

void TestCloudWatchFormat::detection()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, matches);
    QCOMPARE(m_format.match(head) > 0.5, matches);
}

QTEST_GUILESS_MAIN(TestCloudWatchFormat)
#include "TestCloudWatchFormat.moc"
