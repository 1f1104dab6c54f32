// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonApiTestSupport.h"

#include <QTest>
#include <cmath>

using namespace debrief;
using namespace debrief::test;

class TestDatadogFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixture();
    void tagsAndScope_data();
    void tagsAndScope();
    void collisions();
    void errors_data();
    void errors();
    void emptyAnswer();
    void sample();
    void detection_data();
    void detection();

private:
    DatadogFormat m_format;
};

void TestDatadogFormat::fixture()
{
    // Hand-written to Datadog's documented /api/v1/query answer (tests/data/metrics/README.md).
    const QByteArray bytes = metricFixture(QStringLiteral("datadog-json/query_login_failures.json"));
    const MetricParseResult result = m_format.parse(bytes, {});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.series.size(), 2);
    QCOMPARE(totalPoints(result), qint64(20));
    QCOMPARE(result.gaps, qint64(2));
    const MetricSeriesData& first = result.series.first();
    QCOMPARE(first.name, QStringLiteral("auth.login.failed"));
    QCOMPARE(labelsText(first.labels), QStringLiteral("env=prod,host=auth-1"));
    QCOMPARE(first.unit, QStringLiteral("req/s"));
    QCOMPARE(first.points.first().at, qint64(1723316400000));
    QCOMPARE(first.points.first().value, 0.5);
    QVERIFY(std::isnan(first.points.at(2).value));
    QCOMPARE(result.series.last().points.last().at, qint64(1723316580000));
    QVERIFY(result.diagnostics.isEmpty());
    QCOMPARE(bestFormat(bytes), m_format.name());
}

void TestDatadogFormat::tagsAndScope_data()
{
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<QString>("labels");
    QTest::newRow("tag_set") << QByteArray(R"("tag_set":["host:a","env:prod"],"scope":"host:a,env:prod")")
                             << "env=prod,host=a";
    QTest::newRow("bare tag and colon in value")
        << QByteArray(R"("tag_set":["canary","url:http://x"])") << "canary=,url=http://x";
    QTest::newRow("scope only") << QByteArray(R"("scope":"host:a,az:1b")") << "az=1b,host=a";
    QTest::newRow("scope star") << QByteArray(R"("scope":"*","tag_set":[])") << "";
}

void TestDatadogFormat::tagsAndScope()
{
    QFETCH(QByteArray, fields);
    QFETCH(QString, labels);
    const MetricParseResult result
        = m_format.parse(R"({"status":"ok","series":[{"metric":"m",)" + fields + R"(,"pointlist":[[1000,1]]}]})", {});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(labelsText(result.series.first().labels), labels);
}

void TestDatadogFormat::collisions()
{
    const MetricParseResult result = m_format.parse(
        R"({"status":"ok","series":[{"metric":"m","expression":"avg:m{*}","scope":"*","pointlist":[[1000,1]]},)"
        R"({"metric":"m","expression":"max:m{*}","scope":"*","pointlist":[[1000,2]]},)"
        R"({"metric":"n","expression":"avg:n{*}","scope":"*","pointlist":[[1000,2]]}]})",
        {});
    QVERIFY(result.ok);
    QCOMPARE(labelsText(result.series.at(0).labels), QStringLiteral("expression=avg:m{*}"));
    QCOMPARE(labelsText(result.series.at(1).labels), QStringLiteral("expression=max:m{*}"));
    QCOMPARE(labelsText(result.series.at(2).labels), QString());
}

void TestDatadogFormat::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("contains");
    QTest::addColumn<int>("line");
    QTest::newRow("status error") << metricFixture(QStringLiteral("datadog-json/error_parse.json"))
                                  << "Datadog answered with an error: \"Error parsing query" << 0;
    QTest::newRow("errors array") << QByteArray(R"({"errors":["Forbidden"]})") << "\"Forbidden\"" << 0;
    QTest::newRow("pointlist not an array") << QByteArray(R"({"status":"ok","series":[{"metric":"m","pointlist":{}}]})")
                                            << "series[0].pointlist: expected" << 0;
    QTest::newRow("value a string") << QByteArray(
        R"({"status":"ok","series":[{"metric":"m","pointlist":[[1000,1],[2000,"2"]]}]})")
                                    << "series[0].pointlist[1]: expected" << 0;
    QTest::newRow("no series") << QByteArray(R"({"status":"ok"})") << "series: expected an array" << 0;
    QTest::newRow("malformed line 4") << QByteArray("{\n\"status\":\"ok\",\n\"series\":[\n{]}") << "not valid JSON"
                                      << 4;
}

void TestDatadogFormat::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, contains);
    QFETCH(int, line);
    const MetricParseResult result = m_format.parse(json, {});
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(contains), qPrintable(result.error));
    QCOMPARE(result.errorLine, line);
}

void TestDatadogFormat::emptyAnswer()
{
    const MetricParseResult result = m_format.parse(R"({"status":"ok","res_type":"time_series","series":[]})", {});
    QVERIFY(result.ok);
    QCOMPARE(result.series.size(), 0);
    QCOMPARE(result.diagnostics.size(), 1);
}

void TestDatadogFormat::sample()
{
    const MetricParseResult result = m_format.parse(m_format.sample().toUtf8(), {});
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.diagnostics.isEmpty());
    QCOMPARE(totalPoints(result), qint64(3));
    QCOMPARE(result.gaps, qint64(1));
    QCOMPARE(bestFormat(m_format.sample().toUtf8()), m_format.name());
}

void TestDatadogFormat::detection_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("matches");
    QTest::newRow("error fixture") << metricFixture(QStringLiteral("datadog-json/error_parse.json")) << true;
    QTest::newRow("log line") << QByteArray(R"({"status":"ok","msg":"pointlist updated"})") << false;
    QTest::newRow("prometheus") << QByteArray(R"({"status":"success","data":{"resultType":"matrix"}})") << false;
}

void TestDatadogFormat::detection()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, matches);
    QCOMPARE(m_format.match(head) > 0.5, matches);
    if (matches)
        QCOMPARE(bestFormat(head), m_format.name());
}

QTEST_GUILESS_MAIN(TestDatadogFormat)
#include "TestDatadogFormat.moc"
