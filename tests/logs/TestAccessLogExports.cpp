// SPDX-License-Identifier: GPL-3.0-or-later
// Access logs of proxies, load balancers and CDNs: Envoy (its documentation's line and newer shapes),
// AWS Application and Classic Load Balancers and CloudFront standard logs (the AWS documentation's
// examples; tests/data/logs/access-logs/, provenance in the README there), malformed lines, detection.
#include "AwsLoadBalancerFormat.h"
#include "EnvoyAccessFormat.h"
#include "LogFormatRegistry.h"
#include "StructuredLogTestSupport.h"
#include "W3cExtendedFormat.h"

#include <QTest>

using namespace debrief;
using namespace debrief::test;

namespace {

QString detectedName(const QByteArray& text)
{
    QList<QByteArray> lines;
    for (const QByteArray& line : text.split('\n')) {
        if (!line.isEmpty())
            lines << line;
    }
    const LogFormatDetection detection = LogFormatRegistry::builtIn().detect(lines);
    return detection.format ? detection.format->name() : detection.error;
}

} // namespace

class TestAccessLogExports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void envoyDefault();
    void envoyNewer();
    void albExamples();
    void classicElb();
    void cloudFront();
    void detection_data();
    void detection();
    void malformed_data();
    void malformed();
};

void TestAccessLogExports::envoyDefault()
{
    const auto records = parseText(EnvoyAccessFormat(), readFixture(QStringLiteral("access-logs/envoy-default.log")));
    QCOMPARE(records.size(), 1);
    const LogRecord& r = records[0];
    QVERIFY(!r.unparsed);
    QCOMPARE(r.at, std::optional<qint64>(utc("2016-04-15T20:17:00.310Z")));
    QCOMPARE(r.message, QStringLiteral("POST /api/v1/locations HTTP/2 204"));
    QCOMPARE(r.level, LogLevel::Info);
    QCOMPARE(r.host, QStringLiteral("10.0.35.28"));
    QCOMPARE(r.service, QStringLiteral("locations"));
    const QJsonObject fields = fieldsOf(r);
    QCOMPARE(fields.value(QStringLiteral("duration")).toString(), QStringLiteral("226"));
    QCOMPARE(fields.value(QStringLiteral("upstream_service_time")).toString(), QStringLiteral("100"));
    QCOMPARE(fields.value(QStringLiteral("user_agent")).toString(), QStringLiteral("nsq2http"));
    QCOMPARE(fields.value(QStringLiteral("upstream_host")).toString(), QStringLiteral("tcp://10.0.2.1:80"));
}

void TestAccessLogExports::envoyNewer()
{
    // Newer Envoy (and Istio): details after the flags, addresses after the quoted run.
    const auto records = parseText(EnvoyAccessFormat(),
                                   EnvoyAccessFormat().samples().at(1).toUtf8()
                                       + "\n[2024-08-21T01:15:00.000Z] \"GET /pay HTTP/1.1\" 0 UF,URX "
                                         "upstream_reset_before_response_started{connection_failure} - "
                                         "\"delayed connect error: 111\" 0 0 30 - \"-\" \"curl/8\" "
                                         "\"r-2\" \"shop\" \"10.0.3.9:8080\" outbound|8080||pay.shop "
                                         "- 10.0.2.42:80 10.0.0.15:5555 - default");
    QCOMPARE(records.size(), 2);
    QCOMPARE(unparsedCount(records), 0);
    QCOMPARE(records[0].level, LogLevel::Warning); // 404
    QCOMPARE(records[0].message, QStringLiteral("HEAD / HTTP/1.1 404"));
    QCOMPARE(fieldsOf(records[0]).value(QStringLiteral("response_code_details")).toString(),
             QStringLiteral("route_not_found"));
    QCOMPARE(fieldsOf(records[0]).value(QStringLiteral("authority")).toString(), QStringLiteral("10.2.14.4"));
    // No response and flags set: the request failed.
    QCOMPARE(records[1].level, LogLevel::Error);
    const QJsonObject fields = fieldsOf(records[1]);
    QCOMPARE(fields.value(QStringLiteral("upstream_transport_failure_reason")).toString(),
             QStringLiteral("delayed connect error: 111"));
    QCOMPARE(fields.value(QStringLiteral("upstream_cluster")).toString(), QStringLiteral("outbound|8080||pay.shop"));
    QCOMPARE(fields.value(QStringLiteral("route_name")).toString(), QStringLiteral("default"));
    QCOMPARE(records[1].service, QStringLiteral("shop"));
}

void TestAccessLogExports::albExamples()
{
    const auto records = parseText(AwsLoadBalancerFormat(), readFixture(QStringLiteral("access-logs/aws-alb.log")));
    QCOMPARE(records.size(), 7);
    QCOMPARE(unparsedCount(records), 0);
    QCOMPARE(records[0].at, std::optional<qint64>(utc("2018-07-02T22:23:00.186Z")));
    QCOMPARE(records[0].timeText, QStringLiteral("2018-07-02T22:23:00.186641Z"));
    QCOMPARE(records[0].message, QStringLiteral("GET http://www.example.com:80/ HTTP/1.1 200"));
    QCOMPARE(records[0].host, QStringLiteral("192.168.131.39"));
    QCOMPARE(records[0].service, QStringLiteral("app/my-loadbalancer/50dc6c495c0c9188"));
    const QJsonObject https = fieldsOf(records[1]);
    QCOMPARE(https.value(QStringLiteral("type")).toString(), QStringLiteral("https"));
    QCOMPARE(https.value(QStringLiteral("ssl_protocol")).toString(), QStringLiteral("TLSv1.2"));
    QCOMPARE(https.value(QStringLiteral("domain_name")).toString(), QStringLiteral("www.example.com"));
    QCOMPARE(https.value(QStringLiteral("actions_executed")).toString(), QStringLiteral("authenticate,forward"));
    QCOMPARE(fieldsOf(records[2]).value(QStringLiteral("redirect_url")).toString(),
             QStringLiteral("https://example.com:80/"));
    // The failed Lambda call: 502 from the load balancer, no target status, the error's reason.
    QCOMPARE(records[6].level, LogLevel::Error);
    QCOMPARE(fieldsOf(records[6]).value(QStringLiteral("error_reason")).toString(),
             QStringLiteral("LambdaInvalidResponse"));
    QVERIFY(fieldsOf(records[6]).value(QStringLiteral("target_status_code")).isUndefined());
}

void TestAccessLogExports::classicElb()
{
    const auto records
        = parseText(AwsLoadBalancerFormat(), readFixture(QStringLiteral("access-logs/aws-elb-classic.log")));
    QCOMPARE(records.size(), 2);
    QCOMPARE(unparsedCount(records), 0);
    QCOMPARE(records[0].at, std::optional<qint64>(utc("2015-05-13T23:39:43.945Z")));
    QCOMPARE(records[0].service, QStringLiteral("my-loadbalancer"));
    QVERIFY(fieldsOf(records[0]).value(QStringLiteral("type")).isUndefined());
    QCOMPARE(fieldsOf(records[1]).value(QStringLiteral("ssl_cipher")).toString(), QStringLiteral("DHE-RSA-AES128-SHA"));
}

void TestAccessLogExports::cloudFront()
{
    const auto records
        = parseText(W3cExtendedFormat(), readFixture(QStringLiteral("access-logs/cloudfront-standard.log")));
    QCOMPARE(records.size(), 8);
    QVERIFY(records[0].nonEntry && records[1].nonEntry);
    QCOMPARE(unparsedCount(records), 2); // the two directives, nothing else
    QCOMPARE(records[2].at, std::optional<qint64>(utc("2019-12-04T21:02:31.000Z")));
    QCOMPARE(records[2].message, QStringLiteral("GET /index.html 200"));
    QCOMPARE(records[2].host, QStringLiteral("LAX1"));
    QCOMPARE(records[2].service, QStringLiteral("d111111abcdef8.cloudfront.net"));
    QVERIFY(!records[4].unparsed); // the line with a tab too many
    QCOMPARE(records[5].level, LogLevel::Error);
    QCOMPARE(records[5].service, QStringLiteral("www.example.com"));
    QCOMPARE(fieldsOf(records[5]).value(QStringLiteral("x-edge-detailed-result-type")).toString(),
             QStringLiteral("OriginDnsError"));
    QCOMPARE(records[7].at, std::optional<qint64>(utc("2019-12-13T22:37:02.000Z")));
}

void TestAccessLogExports::detection_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("format");
    QTest::newRow("envoy") << "access-logs/envoy-default.log"
                           << "envoy";
    QTest::newRow("alb") << "access-logs/aws-alb.log"
                         << "aws-elb";
    QTest::newRow("classic elb") << "access-logs/aws-elb-classic.log"
                                 << "aws-elb";
    QTest::newRow("cloudfront") << "access-logs/cloudfront-standard.log"
                                << "w3c";
}

void TestAccessLogExports::detection()
{
    QFETCH(QString, fixture);
    QFETCH(QString, format);
    QCOMPARE(detectedName(readFixture(fixture)), format);
}

void TestAccessLogExports::malformed_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("envoy cut")
        << "envoy"
        << QByteArray(R"([2016-04-15T20:17:00.310Z] "POST /api HTTP/2" 204 - 154 0 226 100 "10.0.35.28" "nsq)");
    QTest::newRow("envoy no time") << "envoy"
                                   << QByteArray(R"([yesterday] "POST /api HTTP/2" 204 - 1 0 2 1 "a" "b" "c" "d" "e")");
    QTest::newRow("envoy code")
        << "envoy" << QByteArray(R"([2016-04-15T20:17:00.310Z] "POST /api HTTP/2" OK - 1 0 2 1 "a" "b" "c" "d" "e")");
    QTest::newRow("alb short") << "aws-elb"
                               << QByteArray("http 2018-07-02T22:23:00.186641Z app/lb 1.2.3.4:5 - 0 0 0 200 200 1 2");
    QTest::newRow("alb local time")
        << "aws-elb"
        << QByteArray(R"(http 2018-07-02T22:23:00 app/lb 1.2.3.4:5 - 0 0 0 200 200 1 2 "GET / HTTP/1.1" "ua" - -)");
    QTest::newRow("alb client")
        << "aws-elb"
        << QByteArray(R"(http 2018-07-02T22:23:00Z app/lb client - 0 0 0 200 200 1 2 "GET / HTTP/1.1" "ua" - -)");
}

void TestAccessLogExports::malformed()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, line);
    const LogFormat* logFormat = LogFormatRegistry::builtIn().find(format);
    QCOMPARE(logFormat->matchLine(line), 0.0);
    const auto records = parseText(*logFormat, line);
    QCOMPARE(records.size(), 1);
    QVERIFY(records[0].unparsed);
    QCOMPARE(records[0].message, QString::fromUtf8(line));
}

QTEST_GUILESS_MAIN(TestAccessLogExports)
#include "TestAccessLogExports.moc"
