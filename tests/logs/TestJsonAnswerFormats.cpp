// SPDX-License-Identifier: GPL-3.0-or-later
// The whole-file JSON answers of log platforms (CloudWatch Logs, Loki, Elasticsearch, Cloud Logging)
// on the real answers under tests/data/logs/exports/ (provenance in its README), truncated and
// foreign documents, and detection against the line formats and the metric APIs.
#include "CloudWatchLogsFormat.h"
#include "ElasticsearchFormat.h"
#include "GcpLoggingFormat.h"
#include "ImportKindDetector.h"
#include "JsonElementLines.h"
#include "LogFormatRegistry.h"
#include "LokiFormat.h"
#include "StructuredLogTestSupport.h"

#include <QTest>

using namespace debrief;
using namespace debrief::test;

namespace {

QList<QByteArray> linesOf(const QByteArray& text)
{
    QList<QByteArray> lines;
    for (const QByteArray& line : text.split('\n')) {
        if (!line.trimmed().isEmpty())
            lines << line;
    }
    return lines;
}

QString detectedName(const QByteArray& text)
{
    const LogFormatDetection detection = LogFormatRegistry::builtIn().detect(linesOf(text));
    return detection.format ? detection.format->name() : QString();
}

} // namespace

class TestJsonAnswerFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cloudWatchFilterLogEvents();
    void cloudWatchGetLogEvents();
    void lokiQueryRange();
    void lokiLevels();
    void logcliJsonLines();
    void elasticsearchSearch();
    void gcpLoggingRead();
    void gcpJsonPayload();
    void detection_data();
    void detection();
    void importKind_data();
    void importKind();
    void malformed_data();
    void malformed();
    void elementLines();
};

void TestJsonAnswerFormats::cloudWatchFilterLogEvents()
{
    const auto records
        = parseText(CloudWatchLogsFormat(), readFixture(QStringLiteral("exports/cloudwatch-filter-log-events.json")));
    QCOMPARE(records.size(), 2);
    QCOMPARE(unparsedCount(records), 0);
    QCOMPARE(records[0].at, std::optional<qint64>(1712567843827LL));
    QCOMPARE(records[1].at, std::optional<qint64>(1712568068991LL));
    QCOMPARE(records[0].message, QStringLiteral("Test MESSAGE1"));
    QCOMPARE(records[0].host, QStringLiteral("teststream"));
    QCOMPARE(records[1].host, QStringLiteral("2024/05/09/[$LATEST]abc1024"));
    QCOMPARE(records[0].line, 3);
    QCOMPARE(records[1].line, 10);
    QCOMPARE(fieldsOf(records[0]).value(QStringLiteral("ingestionTime")).toDouble(), 1712567844822.0);
    // "MESSAGE1" is no level word: the level stays the default.
    QCOMPARE(records[0].level, LogLevel::Info);
}

void TestJsonAnswerFormats::cloudWatchGetLogEvents()
{
    const auto records
        = parseText(CloudWatchLogsFormat(), readFixture(QStringLiteral("exports/cloudwatch-get-log-events.json")));
    QCOMPARE(records.size(), 3);
    QCOMPARE(records[0].at, std::optional<qint64>(1433190184356LL));
    QCOMPARE(records[2].at, std::optional<qint64>(1433190184358LL));
    QCOMPARE(records[2].message, QStringLiteral("Example Event 2"));
    QCOMPARE(records[0].line, 4);
    QCOMPARE(records[1].line, 9);
    QCOMPARE(records[2].line, 14);
    QVERIFY(records[0].host.isEmpty()); // get-log-events names no stream per event

    const auto lambda
        = parseText(CloudWatchLogsFormat(),
                    R"({"events":[{"timestamp":1723316401123,"message":"[ERROR]\t2024-08-10T19:00:01.123Z\tboom"},)"
                    R"({"timestamp":1723316402000,"message":"WARNING: slow"}]})");
    QCOMPARE(lambda.size(), 2);
    QCOMPARE(lambda[0].level, LogLevel::Error);
    QCOMPARE(lambda[1].level, LogLevel::Warning);
}

void TestJsonAnswerFormats::lokiQueryRange()
{
    const auto records = parseText(LokiFormat(), readFixture(QStringLiteral("exports/loki-query-range.json")));
    QCOMPARE(records.size(), 2);
    QCOMPARE(unparsedCount(records), 0);
    // direction=backward (Loki's default): the newest first, as the answer has them.
    QCOMPARE(records[0].at, std::optional<qint64>(1569266497240LL));
    QCOMPARE(records[0].timeText, QStringLiteral("1569266497240578000"));
    QCOMPARE(records[1].at, std::optional<qint64>(1569266492548LL));
    QCOMPARE(records[0].message, QStringLiteral("foo"));
    QCOMPARE(records[1].message, QStringLiteral("bar"));
    QCOMPARE(records[0].service, QStringLiteral("varlogs"));
    QCOMPARE(records[0].line, 13);
    QCOMPARE(records[1].line, 17);
    const QJsonObject labels = fieldsOf(records[0]).value(QStringLiteral("labels")).toObject();
    QCOMPARE(labels.value(QStringLiteral("filename")).toString(), QStringLiteral("/var/log/myproject.log"));
}

void TestJsonAnswerFormats::lokiLevels()
{
    const auto records = parseText(
        LokiFormat(),
        R"({"status":"success","data":{"resultType":"streams","result":[)"
        R"({"stream":{"app":"api","host":"web-1","detected_level":"warn"},"values":[["1723316401000000000","slow"]]},)"
        R"({"stream":{"app":"api"},"values":[["1723316402000000000","ERROR pool exhausted"],)"
        R"(["1723316403000000000","ok"]]}]}})");
    QCOMPARE(records.size(), 3);
    QCOMPARE(records[0].level, LogLevel::Warning);
    QCOMPARE(records[0].host, QStringLiteral("web-1"));
    QCOMPARE(records[0].service, QStringLiteral("api"));
    QCOMPARE(records[1].level, LogLevel::Error);
    QCOMPARE(records[2].level, LogLevel::Info);
    QCOMPARE(records[2].at, std::optional<qint64>(1723316403000LL));
}

void TestJsonAnswerFormats::logcliJsonLines()
{
    // logcli query --output=jsonl: one JSON object per entry, keys as encoding/json sorts them.
    const QByteArray text
        = R"({"labels":{"app":"api","level":"error"},"line":"pool exhausted","timestamp":"2024-08-10T19:00:01.123456789Z"})";
    QCOMPARE(detectedName(text), QStringLiteral("json-lines"));
    const auto records = parseText(*LogFormatRegistry::builtIn().find(QStringLiteral("json-lines")), text);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].message, QStringLiteral("pool exhausted"));
    QCOMPARE(records[0].service, QStringLiteral("api"));
    QCOMPARE(records[0].level, LogLevel::Error);
    QCOMPARE(records[0].at, std::optional<qint64>(utc("2024-08-10T19:00:01.123Z")));
}

void TestJsonAnswerFormats::elasticsearchSearch()
{
    const auto records
        = parseText(ElasticsearchFormat(), readFixture(QStringLiteral("exports/elasticsearch-search.json")));
    QCOMPARE(records.size(), 1);
    QCOMPARE(unparsedCount(records), 0);
    QCOMPARE(records[0].at, std::optional<qint64>(utc("2026-10-03T20:48:36.867Z")));
    QVERIFY(records[0].message.startsWith(QStringLiteral("172.31.63.144 - - [03/Oct/2026:20:48:36 +0000] \"GET /")));
    QCOMPARE(records[0].line, 17);
    const QJsonObject fields = fieldsOf(records[0]);
    QCOMPARE(fields.value(QStringLiteral("_index")).toString(), QStringLiteral("nexvion-logs-2026.10.03"));
    QCOMPARE(fields.value(QStringLiteral("kubernetes")).toObject().value(QStringLiteral("pod_name")).toString(),
             QStringLiteral("nexvion-web-78d49686cd-jtvbw"));

    const auto ecs = parseText(ElasticsearchFormat(), ElasticsearchFormat().samples().front().toUtf8());
    QCOMPARE(ecs.size(), 1);
    QCOMPARE(ecs[0].level, LogLevel::Error);
    QCOMPARE(ecs[0].host, QStringLiteral("web-1"));
    // A level word in the message does not override ECS's own level.
    const auto nested = parseText(ElasticsearchFormat(),
                                  R"({"hits":{"hits":[{"_source":{"@timestamp":"2024-08-10T19:00:01Z",)"
                                  R"("log":{"level":"warn"},"message":"ERROR budget at 80%"}}]}})");
    QCOMPARE(nested.size(), 1);
    QCOMPARE(nested[0].level, LogLevel::Warning);
}

void TestJsonAnswerFormats::gcpLoggingRead()
{
    const auto records = parseText(GcpLoggingFormat(), readFixture(QStringLiteral("exports/gcp-logging-read.json")));
    QCOMPARE(records.size(), 3);
    QCOMPARE(unparsedCount(records), 0);
    QCOMPARE(records[0].at, std::optional<qint64>(utc("2020-03-15T18:44:47.899Z")));
    QCOMPARE(records[2].at, std::optional<qint64>(utc("2025-08-19T20:57:37.526Z")));
    QVERIFY(records[0].message.startsWith(QStringLiteral("info: [ghjExpress] 217.213.90.98")));
    QVERIFY(!records[0].message.endsWith(u'\n'));
    QCOMPARE(records[0].host, QStringLiteral("6275470258441220297"));
    QCOMPARE(records[0].service, QStringLiteral("abcghjapp-backend"));
    QCOMPARE(records[1].service, QStringLiteral("cerberus-backend"));
    QCOMPARE(records[1].message, QStringLiteral("[2025-08-19 20:57:37 +0000] [1] [INFO] Starting gunicorn 23.0.0"));
    QCOMPARE(records[0].line, 2);
    QCOMPARE(records[1].line, 28);
    QCOMPARE(records[2].line, 48);
    QCOMPARE(fieldsOf(records[1]).value(QStringLiteral("logName")).toString(),
             QStringLiteral("projects/cerberus-data-cloud/logs/run.googleapis.com%2Fstderr"));
}

void TestJsonAnswerFormats::gcpJsonPayload()
{
    const auto records = parseText(
        GcpLoggingFormat(),
        R"([{"insertId":"a","jsonPayload":{"message":"payment failed","order":42,"timestamp":"x"},)"
        R"("resource":{"type":"k8s_container","labels":{"pod_name":"shop-1","container_name":"checkout"}},)"
        R"("severity":"ERROR","timestamp":"2024-08-10T19:00:01.5Z"},)"
        R"({"insertId":"b","protoPayload":{"methodName":"v1.compute.instances.delete","resourceName":"projects/p/instances/vm-1"},)"
        R"("resource":{"type":"gce_instance","labels":{}},"severity":"NOTICE","timestamp":"2024-08-10T19:00:02Z"}])");
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].message, QStringLiteral("payment failed"));
    QCOMPARE(records[0].level, LogLevel::Error);
    QCOMPARE(records[0].host, QStringLiteral("shop-1"));
    QCOMPARE(records[0].service, QStringLiteral("checkout"));
    QCOMPARE(records[0].at, std::optional<qint64>(utc("2024-08-10T19:00:01.500Z")));
    const QJsonObject fields = fieldsOf(records[0]);
    QCOMPARE(fields.value(QStringLiteral("order")).toInt(), 42);
    // The payload's own "timestamp" collides with the entry's and is kept apart.
    QCOMPARE(fields.value(QStringLiteral("jsonPayload")).toObject().value(QStringLiteral("timestamp")).toString(),
             QStringLiteral("x"));
    QCOMPARE(records[1].message, QStringLiteral("v1.compute.instances.delete projects/p/instances/vm-1"));
    QCOMPARE(records[1].level, LogLevel::Notice);
    QCOMPARE(records[1].service, QStringLiteral("gce_instance"));
}

void TestJsonAnswerFormats::detection_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("format");
    QTest::newRow("filter-log-events") << "exports/cloudwatch-filter-log-events.json"
                                       << "cloudwatch-logs";
    QTest::newRow("get-log-events") << "exports/cloudwatch-get-log-events.json"
                                    << "cloudwatch-logs";
    QTest::newRow("loki") << "exports/loki-query-range.json"
                          << "loki";
    QTest::newRow("elasticsearch") << "exports/elasticsearch-search.json"
                                   << "elasticsearch";
    QTest::newRow("gcloud") << "exports/gcp-logging-read.json"
                            << "gcp-logging";
}

void TestJsonAnswerFormats::detection()
{
    QFETCH(QString, fixture);
    QFETCH(QString, format);
    const QByteArray text = readFixture(fixture);
    QCOMPARE(detectedName(text), format);
    // The same answer on one line, as curl prints it, is the same format, not JSON lines.
    const QByteArray compact = QJsonDocument::fromJson(text).toJson(QJsonDocument::Compact);
    QCOMPARE(detectedName(compact), format);
}

void TestJsonAnswerFormats::importKind_data()
{
    detection_data();
}

void TestJsonAnswerFormats::importKind()
{
    QFETCH(QString, fixture);
    QFETCH(QString, format);
    // Loki's envelope is Prometheus' and CloudWatch is a metrics API too: the answer is still a log.
    const ImportKindDetection kind
        = ImportKindDetector::detectBytes(readFixture(fixture), LogFormatRegistry::builtIn());
    QCOMPARE(int(kind.kind), int(ImportKind::Log));
    QVERIFY2(kind.reason.startsWith(format), qPrintable(kind.reason));
}

void TestJsonAnswerFormats::malformed_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("cloudwatch cut") << "cloudwatch-logs"
                                    << QByteArray("{\n  \"events\": [\n    {\"timestamp\": 1, \"message\": \"x\"");
    QTest::newRow("cloudwatch no events") << "cloudwatch-logs" << QByteArray("{\"nextForwardToken\": \"f/1\"}");
    QTest::newRow("loki matrix") << "loki" << QByteArray(R"({"data":{"resultType":"matrix","result":[]}})");
    QTest::newRow("es no hits") << "elasticsearch" << QByteArray("{\"hits\": {\"total\": 0}}");
    QTest::newRow("gcp object") << "gcp-logging" << QByteArray("{\"insertId\": \"a\"}");
    QTest::newRow("gcp not json") << "gcp-logging" << QByteArray("[{\"insertId\": \"a\",,}]\nsecond line");
}

void TestJsonAnswerFormats::malformed()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, text);
    const auto records = parseText(*LogFormatRegistry::builtIn().find(format), text);
    // Nothing read: every non-blank line kept raw, on its own line, for the import to refuse.
    QCOMPARE(records.size(), linesOf(text).size());
    QCOMPARE(unparsedCount(records), records.size());
    QCOMPARE(records.front().line, 1);
    QCOMPARE(records.back().message, QString::fromUtf8(linesOf(text).back()));
}

void TestJsonAnswerFormats::elementLines()
{
    const QByteArray text = "{\"a\": [1,\n 2], \"events\": [\n{\"x\": \"[{\\\"\"},\n\n {\"events\": [9]}]}";
    QCOMPARE(JsonElementLines::find(text, {QByteArrayLiteral("events")}), (QVector<qint64> {3, 5}));
    QCOMPARE(JsonElementLines::find(text, {QByteArrayLiteral("a")}, 10), (QVector<qint64> {10, 11}));
    QCOMPARE(JsonElementLines::find(text, {QByteArrayLiteral("events"), "*", QByteArrayLiteral("events")}),
             (QVector<qint64> {5}));
    QCOMPARE(JsonElementLines::find("[{},\n{}]", {}), (QVector<qint64> {1, 2}));
}

QTEST_GUILESS_MAIN(TestJsonAnswerFormats)
#include "TestJsonAnswerFormats.moc"
