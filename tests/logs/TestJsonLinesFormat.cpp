// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonLinesFormat.h"
#include "StructuredLogTestSupport.h"

#include <QTest>

using namespace debrief;
using namespace debrief::test;

class TestJsonLinesFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys_data();
    void keys();
    void fixtures_data();
    void fixtures();
    void journald();
    void malformed_data();
    void malformed();
    void hugeLine();
    void deepNesting();
    void samples();
    void ranking_data();
    void ranking();
};

void TestJsonLinesFormat::keys_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<qint64>("at"); // -1: no time
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("fields");

    const qint64 t0 = utc("2024-08-10T19:00:01.000Z");
    const int info = int(LogLevel::Info);
    QTest::newRow("time iso Z") << QByteArray(R"({"time":"2024-08-10T19:00:01Z","msg":"m"})") << t0 << info << "m"
                                << ""
                                << ""
                                << "";
    QTest::newRow("ts epoch seconds float")
        << QByteArray(R"({"ts":1723316401.25,"msg":"m"})") << t0 + 250 << info << "m"
        << ""
        << ""
        << "";
    QTest::newRow("ts epoch seconds int") << QByteArray(R"({"ts":1723316401,"msg":"m"})") << t0 << info << "m"
                                          << ""
                                          << ""
                                          << "";
    QTest::newRow("time epoch ms") << QByteArray(R"({"time":1723316401123,"msg":"m"})") << t0 + 123 << info << "m"
                                   << ""
                                   << ""
                                   << "";
    QTest::newRow("timestamp epoch us") << QByteArray(R"({"timestamp":1723316401123456,"msg":"m"})") << t0 + 123 << info
                                        << "m"
                                        << ""
                                        << ""
                                        << "";
    QTest::newRow("timestamp epoch ns") << QByteArray(R"({"timestamp":1723316401123456789,"msg":"m"})") << t0 + 123
                                        << info << "m"
                                        << ""
                                        << ""
                                        << "";
    QTest::newRow("zap exponent") << QByteArray(R"({"ts":1.7233164015e+09,"msg":"m"})") << t0 + 500 << info << "m"
                                  << ""
                                  << ""
                                  << "";
    QTest::newRow("@timestamp offset") << QByteArray(R"({"@timestamp":"2024-08-10T21:00:01.5+02:00","message":"m"})")
                                       << t0 + 500 << info << "m"
                                       << ""
                                       << ""
                                       << "";
    QTest::newRow("t nanos fraction") << QByteArray(R"({"t":"2024-08-10T19:00:01.999999999Z","msg":"m"})") << t0 + 999
                                      << info << "m"
                                      << ""
                                      << ""
                                      << "";
    QTest::newRow("date no zone") << QByteArray(R"({"date":"2024-08-10 19:00:01","msg":"m"})") << t0 << info << "m"
                                  << ""
                                  << ""
                                  << "";
    QTest::newRow("journald realtime") << QByteArray(R"({"__REALTIME_TIMESTAMP":"1723316401000999","MESSAGE":"m"})")
                                       << t0 << info << "m"
                                       << ""
                                       << ""
                                       << "";
    QTest::newRow("gcp seconds nanos") << QByteArray(
        R"({"timestamp":{"seconds":1723316401,"nanos":7000000},"message":"m"})")
                                       << t0 + 7 << info << "m"
                                       << ""
                                       << ""
                                       << "";
    QTest::newRow("time wrong type falls back")
        << QByteArray(R"({"time":true,"ts":1723316401,"msg":"m"})") << t0 << info << "m"
        << ""
        << ""
        << R"({"time":true})";
    QTest::newRow("small number is no time")
        << QByteArray(R"({"t":5,"ts":"1723316401","msg":"m"})") << t0 << info << "m"
        << ""
        << ""
        << R"({"t":5})";
    QTest::newRow("bunyan 50") << QByteArray(R"({"level":50,"msg":"m"})") << qint64(-1) << int(LogLevel::Error) << "m"
                               << ""
                               << ""
                               << "";
    QTest::newRow("pino 10 trace") << QByteArray(R"({"level":10,"msg":"m"})") << qint64(-1) << int(LogLevel::Trace)
                                   << "m"
                                   << ""
                                   << ""
                                   << "";
    QTest::newRow("gelf syslog 3") << QByteArray(R"({"level":3,"short_message":"m"})") << qint64(-1)
                                   << int(LogLevel::Error) << "m"
                                   << ""
                                   << ""
                                   << "";
    QTest::newRow("PRIORITY string") << QByteArray(R"({"PRIORITY":"4","MESSAGE":"m"})") << qint64(-1)
                                     << int(LogLevel::Warning) << "m"
                                     << ""
                                     << ""
                                     << "";
    QTest::newRow("severity gcp") << QByteArray(R"({"severity":"CRITICAL","message":"m"})") << qint64(-1)
                                  << int(LogLevel::Critical) << "m"
                                  << ""
                                  << ""
                                  << "";
    QTest::newRow("lvl eror") << QByteArray(R"({"lvl":"eror","msg":"m"})") << qint64(-1) << int(LogLevel::Error) << "m"
                              << ""
                              << ""
                              << "";
    QTest::newRow("logrus warning") << QByteArray(R"({"level":"warning","msg":"m"})") << qint64(-1)
                                    << int(LogLevel::Warning) << "m"
                                    << ""
                                    << ""
                                    << "";
    QTest::newRow("slog INFO+2") << QByteArray(R"({"level":"INFO+2","msg":"m"})") << qint64(-1) << info << "m"
                                 << ""
                                 << ""
                                 << "";
    QTest::newRow("zap dpanic") << QByteArray(R"({"level":"dpanic","msg":"m"})") << qint64(-1)
                                << int(LogLevel::Critical) << "m"
                                << ""
                                << ""
                                << "";
    QTest::newRow("ecs dotted") << QByteArray(
        R"({"log.level":"warn","message":"m","host.name":"h","service.name":"s"})")
                                << qint64(-1) << int(LogLevel::Warning) << "m"
                                << "h"
                                << "s"
                                << "";
    QTest::newRow("ecs nested") << QByteArray(
        R"({"log":{"level":"error","logger":"pool"},"host":{"name":"h","ip":"10.0.0.1"},"message":"m"})")
                                << qint64(-1) << int(LogLevel::Error) << "m"
                                << "h"
                                << "pool"
                                << R"({"host":{"name":"h","ip":"10.0.0.1"}})";
    QTest::newRow("level wrong type") << QByteArray(R"({"level":42.5,"msg":"m"})") << qint64(-1) << info << "m"
                                      << ""
                                      << ""
                                      << R"({"level":42.5})";
    QTest::newRow("level unknown word kept")
        << QByteArray(R"({"level":"chatty","msg":"m"})") << qint64(-1) << info << "m"
        << ""
        << ""
        << R"({"level":"chatty"})";
    QTest::newRow("docker log") << QByteArray(R"({"log":"hello\n","stream":"stderr","time":"2024-08-10T19:00:01Z"})")
                                << t0 << info << "hello"
                                << ""
                                << ""
                                << R"({"stream":"stderr"})";
    QTest::newRow("msg beats message") << QByteArray(R"({"message":"second","msg":"first"})") << qint64(-1) << info
                                       << "first"
                                       << ""
                                       << ""
                                       << R"({"message":"second"})";
    QTest::newRow("escapes") << QByteArray(R"({"msg":"tab\there \"q\" \u00e9 \ud83d\ude00 \/"})") << qint64(-1) << info
                             << QString::fromUtf8("tab\there \"q\" \xc3\xa9 \xf0\x9f\x98\x80 /") << ""
                             << ""
                             << "";
    QTest::newRow("lone surrogate") << QByteArray(R"({"msg":"a\ud800b"})") << qint64(-1) << info
                                    << QString::fromUtf8("a\xef\xbf\xbd"
                                                         "b")
                                    << ""
                                    << ""
                                    << "";
    QTest::newRow("host service keys") << QByteArray(R"({"hostname":"web-1","name":"checkout","msg":"m"})")
                                       << qint64(-1) << info << "m"
                                       << "web-1"
                                       << "checkout"
                                       << "";
    QTest::newRow("journald ident") << QByteArray(
        R"({"_HOSTNAME":"vm","SYSLOG_IDENTIFIER":"sshd","_SYSTEMD_UNIT":"ssh.service","MESSAGE":"m"})")
                                    << qint64(-1) << info << "m"
                                    << "vm"
                                    << "sshd"
                                    << R"({"_SYSTEMD_UNIT":"ssh.service"})";
    QTest::newRow("container_name app logger")
        << QByteArray(R"({"container_name":"api","logger":"db","msg":"m"})") << qint64(-1) << info << "m"
        << ""
        << "api"
        << R"({"logger":"db"})";
    QTest::newRow("caller and nested to fields")
        << QByteArray(R"({ "msg" : "m" , "caller" : "a.go:1", "req" : { "id" : 7, "tags" : [ "a b", 2 ] } })")
        << qint64(-1) << info << "m"
        << ""
        << ""
        << R"({"caller":"a.go:1","req":{"id":7,"tags":["a b",2]}})";
    QTest::newRow("no message key: line")
        << QByteArray(R"({"status":200})") << qint64(-1) << info << R"({"status":200})"
        << ""
        << ""
        << R"({"status":200})";
}

void TestJsonLinesFormat::keys()
{
    QFETCH(QByteArray, line);
    QFETCH(qint64, at);
    QFETCH(int, level);
    QFETCH(QString, message);
    QFETCH(QString, host);
    QFETCH(QString, service);
    QFETCH(QString, fields);
    const auto records = parseText(JsonLinesFormat(), line);
    QCOMPARE(records.size(), 1);
    const LogRecord& r = records.front();
    QCOMPARE(r.unparsed, false);
    QCOMPARE(r.at.value_or(-1), at);
    QCOMPARE(int(r.level), level);
    QCOMPARE(r.message, message);
    QCOMPARE(r.host, host);
    QCOMPARE(r.service, service);
    QCOMPARE(r.fields, fields);
}

void TestJsonLinesFormat::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::addColumn<int>("errors"); // records at level Error or above

    QTest::newRow("nginx") << "json-lines/nginx_access.jsonl" << 200 << utc("2026-11-24T02:08:06Z")
                           << utc("2026-11-24T02:08:19Z") << 0;
    QTest::newRow("journald") << "json-lines/journald.jsonl" << 355 << utc("2026-11-24T10:44:34.277Z")
                              << utc("2026-11-24T10:44:47.546Z") << 3;
    QTest::newRow("postgresql") << "json-lines/postgresql-15.jsonl" << 24 << utc("2026-11-24T10:44:21.237Z")
                                << utc("2026-11-24T10:44:27.565Z") << 5;
    QTest::newRow("bunyan") << "json-lines/bunyan.jsonl" << 5 << utc("2026-11-24T10:55:13.427Z")
                            << utc("2026-11-24T10:55:13.432Z") << 2;
    QTest::newRow("zerolog") << "json-lines/zerolog.jsonl" << 7 << utc("2026-11-24T10:55:09.892Z")
                             << utc("2026-11-24T10:55:09Z") << 3;
    QTest::newRow("logrus") << "json-lines/logrus.jsonl" << 5 << utc("2026-11-24T10:55:09Z")
                            << utc("2026-11-24T10:55:09Z") << 1;
    QTest::newRow("structlog") << "json-lines/structlog.jsonl" << 4 << utc("2026-11-24T10:55:16.523Z")
                               << utc("2026-11-24T10:55:16.524Z") << 1;
    QTest::newRow("docker") << "json-lines/docker-json-file.log" << 3 << utc("2024-08-10T19:00:01.123Z")
                            << utc("2024-08-10T19:00:03Z") << 0;
    QTest::newRow("pino") << "json-lines/pino.jsonl" << 4 << utc("2024-08-10T19:00:01.123Z")
                          << utc("2024-08-10T19:00:04.999Z") << 2;
    QTest::newRow("zap") << "json-lines/zap.jsonl" << 4 << utc("2024-08-10T19:00:01.123Z")
                         << utc("2024-08-10T19:00:04.500Z") << 2;
    QTest::newRow("slog") << "json-lines/slog.jsonl" << 4 << utc("2024-08-10T19:00:01.123Z")
                          << utc("2024-08-10T19:00:04Z") << 1;
    QTest::newRow("ecs") << "json-lines/ecs.jsonl" << 3 << utc("2024-08-10T19:00:01.123Z")
                         << utc("2024-08-10T19:00:03Z") << 1;
    QTest::newRow("gcp") << "json-lines/gcp.jsonl" << 4 << utc("2024-08-10T19:00:01.123Z")
                         << utc("2024-08-10T19:00:04Z") << 1;
}

void TestJsonLinesFormat::fixtures()
{
    QFETCH(QString, file);
    QFETCH(int, count);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    QFETCH(int, errors);
    const QByteArray text = readFixture(file);
    QCOMPARE(bestFormat(text.left(text.indexOf('\n'))), QStringLiteral("json-lines"));
    const auto records = parseText(JsonLinesFormat(), text);
    QCOMPARE(records.size(), count);
    QCOMPARE(unparsedCount(records), 0);
    QCOMPARE(records.front().at.value_or(-1), first);
    QCOMPARE(records.back().at.value_or(-1), last);
    int seenErrors = 0;
    for (const auto& r : records) {
        QVERIFY2(r.at.has_value(), qPrintable(r.message));
        QVERIFY(!r.message.isEmpty() || file.contains(u"journald"));
        seenErrors += r.level >= LogLevel::Error ? 1 : 0;
    }
    QCOMPARE(seenErrors, errors);
}

void TestJsonLinesFormat::journald()
{
    const auto records = parseText(JsonLinesFormat(), readFixture(QStringLiteral("json-lines/journald.jsonl")));
    QCOMPARE(records.size(), 355);
    // MESSAGE as a byte array (it holds ANSI escapes) and as null (over 4096 bytes).
    QCOMPARE(records[352].message, QString::fromUtf8("\x1b[31mred alert\x1b[0m from a coloured logger"));
    QCOMPARE(records[352].service, QStringLiteral("colour-app"));
    QCOMPARE(records[352].level, LogLevel::Error);
    QCOMPARE(records[353].message, QString());
    QCOMPARE(records[353].service, QStringLiteral("bulk-app"));
    const LogRecord& disk = records[354];
    QCOMPARE(disk.message, QStringLiteral("disk almost full"));
    QCOMPARE(disk.level, LogLevel::Warning);
    QCOMPARE(disk.host, QStringLiteral("vm"));
    QCOMPARE(fieldsOf(disk).value(QStringLiteral("USED_PERCENT")).toString(), QStringLiteral("93"));
    QCOMPARE(records[0].service, QStringLiteral("kernel"));
    QCOMPARE(records[0].level, LogLevel::Notice);
}

void TestJsonLinesFormat::malformed_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("unparsed");
    QTest::newRow("truncated") << QByteArray(R"({"level":"info","msg":"cut)") << true;
    QTest::newRow("trailing garbage") << QByteArray(R"({"msg":"m"} x)") << true;
    QTest::newRow("invalid escape") << QByteArray(R"({"msg":"bad \q escape"})") << true;
    QTest::newRow("short unicode escape") << QByteArray(R"({"msg":"\u12"})") << true;
    QTest::newRow("control char") << QByteArray("{\"msg\":\"a\x01"
                                                "b\"}")
                                  << true;
    QTest::newRow("nested garbage") << QByteArray(R"({"a":{"b":[1,2,}]}})") << true;
    QTest::newRow("bad number") << QByteArray(R"({"n":01})") << true;
    QTest::newRow("bare word") << QByteArray(R"({"n":nul})") << true;
    QTest::newRow("array line") << QByteArray(R"([{"msg":"m"}])") << true;
    QTest::newRow("plain text") << QByteArray("just text") << true;
    QTest::newRow("empty object") << QByteArray("{}") << false;
    QTest::newRow("gcp bad nanos") << QByteArray(R"({"timestamp":{"seconds":1,"nanos":"x"},"msg":"m"})") << false;
    QTest::newRow("gcp seconds overflow")
        << QByteArray(R"({"timestamp":{"seconds":17233333333333333},"msg":"m"})") << false;
    QTest::newRow("message object") << QByteArray(R"({"message":{"a":1}})") << false;
}

void TestJsonLinesFormat::malformed()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, unparsed);
    const auto records = parseText(JsonLinesFormat(), line);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.front().unparsed, unparsed);
    if (unparsed)
        QCOMPARE(records.front().message, QString::fromUtf8(line));
}

void TestJsonLinesFormat::hugeLine()
{
    const QByteArray payload(10 * 1024 * 1024, 'x');
    const QByteArray valid = R"({"level":"error","msg":")" + payload + R"("})";
    auto records = parseText(JsonLinesFormat(), valid);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.front().level, LogLevel::Error);
    QCOMPARE(records.front().message.size(), payload.size());
    records = parseText(JsonLinesFormat(), R"({"msg":")" + payload);
    QCOMPARE(records.size(), 1);
    QVERIFY(records.front().unparsed);
}

void TestJsonLinesFormat::deepNesting()
{
    const QByteArray deep = R"({"a":)" + QByteArray(100000, '[') + QByteArray(100000, ']') + "}";
    const auto records = parseText(JsonLinesFormat(), deep);
    QCOMPARE(records.size(), 1);
    QVERIFY(records.front().unparsed);
    const QByteArray fine = R"({"msg":"m","a":)" + QByteArray(50, '[') + QByteArray(50, ']') + "}";
    QCOMPARE(parseText(JsonLinesFormat(), fine).front().unparsed, false);
}

void TestJsonLinesFormat::samples()
{
    checkSamples(JsonLinesFormat());
}

void TestJsonLinesFormat::ranking_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("format");
    QTest::newRow("json with time") << QByteArray(R"({"time":"2024-08-10T19:00:01Z","level":"info","msg":"x=1 y=2"})")
                                    << "json-lines";
    QTest::newRow("json unknown keys") << QByteArray(R"({"a":1,"b":"2"})") << "json-lines";
    QTest::newRow("logfmt not json") << QByteArray(R"(time=2024-08-10T19:00:01Z level=info msg="{a}")") << "logfmt";
    QTest::newRow("broken json") << QByteArray(R"({"a":1)") << "";
}

void TestJsonLinesFormat::ranking()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, format);
    QCOMPARE(bestFormat(line), format);
}

QTEST_GUILESS_MAIN(TestJsonLinesFormat)
#include "TestJsonLinesFormat.moc"
