// SPDX-License-Identifier: GPL-3.0-or-later
#include "NginxErrorFormat.h"
#include "SyslogWebTestSupport.h"

#include <QTest>

using namespace debrief;
using namespace debrief::test;

class TestNginxErrorFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesLine_data();
    void parsesLine();
    void levels_data();
    void levels();
    void appliesContextZone();
    void fixture();
    void samplesDetectAsThisFormat();
    void malformedLinesStayRaw_data();
    void malformedLinesStayRaw();

private:
    NginxErrorFormat m_format;
};

void TestNginxErrorFormat::parsesLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("at");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("fields");

    QTest::newRow("startup notice") << QByteArray("2026/11/24 02:08:04 [notice] 6788#6788: nginx/1.22.1")
                                    << "2026-11-24T02:08:04Z" << int(LogLevel::Notice) << "nginx/1.22.1"
                                    << R"({"pid":6788,"tid":6788})";
    QTest::newRow("request context")
        << QByteArray(
               R"(2026/11/24 02:08:06 [error] 6790#6790: *1 open() "/srv/www/html/missing" failed (2: No such file or directory), client: 127.0.0.1, server: , request: "GET /missing HTTP/1.1", host: "127.0.0.1:18080")")
        << "2026-11-24T02:08:06Z" << int(LogLevel::Error)
        << R"(open() "/srv/www/html/missing" failed (2: No such file or directory), client: 127.0.0.1, server: , request: "GET /missing HTTP/1.1", host: "127.0.0.1:18080")"
        << R"({"pid":6790,"tid":6790,"connection":1,"client":"127.0.0.1","request":"GET /missing HTTP/1.1","host":"127.0.0.1:18080"})";
    QTest::newRow("upstream")
        << QByteArray(
               R"(2024/08/10 19:00:02 [error] 12#12: *5 connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.0.1, server: shop.example, request: "GET /api HTTP/1.1", upstream: "http://10.1.0.5:8080/api", host: "shop.example", referrer: "https://shop.example/")")
        << "2024-08-10T19:00:02Z" << int(LogLevel::Error)
        << R"(connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.0.1, server: shop.example, request: "GET /api HTTP/1.1", upstream: "http://10.1.0.5:8080/api", host: "shop.example", referrer: "https://shop.example/")"
        << R"({"pid":12,"tid":12,"connection":5,"client":"10.0.0.1","server":"shop.example","request":"GET /api HTTP/1.1","upstream":"http://10.1.0.5:8080/api","host":"shop.example","referrer":"https://shop.example/"})";
    QTest::newRow("connection, no context")
        << QByteArray("2026/11/24 02:08:06 [info] 6790#6790: *1 client 127.0.0.1 closed keepalive connection")
        << "2026-11-24T02:08:06Z" << int(LogLevel::Info) << "client 127.0.0.1 closed keepalive connection"
        << R"({"pid":6790,"tid":6790,"connection":1})";
    QTest::newRow("star without number") << QByteArray("2024/08/10 19:00:02 [warn] 1#2: *x marks")
                                         << "2024-08-10T19:00:02Z" << int(LogLevel::Warning) << "*x marks"
                                         << R"({"pid":1,"tid":2})";
    QTest::newRow("quote inside request")
        << QByteArray(
               R"(2024/08/10 19:00:02 [error] 1#1: *7 bad, client: ::1, server: s, request: "GET /a"b HTTP/1.1")")
        << "2024-08-10T19:00:02Z" << int(LogLevel::Error)
        << R"(bad, client: ::1, server: s, request: "GET /a"b HTTP/1.1")"
        << R"({"pid":1,"tid":1,"connection":7,"client":"::1","server":"s","request":"GET /a\"b HTTP/1.1"})";
}

void TestNginxErrorFormat::parsesLine()
{
    QFETCH(QByteArray, line);
    const std::optional<LogRecord> record = parseOne(m_format, line);
    QVERIFY(record);
    QVERIFY(!record->unparsed);
    QFETCH(QString, at);
    QCOMPARE(record->at, std::optional<qint64>(isoMillis(at)));
    QCOMPARE(record->timeText, QString::fromUtf8(line.left(19)));
    QTEST(int(record->level), "level");
    QTEST(record->message, "message");
    QTEST(record->fields, "fields");
    QVERIFY(!fieldsOf(*record).isEmpty());
}

void TestNginxErrorFormat::levels_data()
{
    QTest::addColumn<QByteArray>("word");
    QTest::addColumn<int>("level");
    QTest::newRow("debug") << QByteArray("debug") << int(LogLevel::Debug);
    QTest::newRow("info") << QByteArray("info") << int(LogLevel::Info);
    QTest::newRow("notice") << QByteArray("notice") << int(LogLevel::Notice);
    QTest::newRow("warn") << QByteArray("warn") << int(LogLevel::Warning);
    QTest::newRow("error") << QByteArray("error") << int(LogLevel::Error);
    QTest::newRow("crit") << QByteArray("crit") << int(LogLevel::Critical);
    QTest::newRow("alert") << QByteArray("alert") << int(LogLevel::Critical);
    QTest::newRow("emerg") << QByteArray("emerg") << int(LogLevel::Critical);
}

void TestNginxErrorFormat::levels()
{
    QFETCH(QByteArray, word);
    const std::optional<LogRecord> record = parseOne(m_format, "2024/08/10 19:00:02 [" + word + "] 1#1: x");
    QVERIFY(record);
    QVERIFY(!record->unparsed);
    QTEST(int(record->level), "level");
}

void TestNginxErrorFormat::appliesContextZone()
{
    const std::optional<LogRecord> record
        = parseOne(m_format, "2024/08/10 19:00:02 [error] 1#1: x", LogParseContext {1970, -5 * 3600});
    QVERIFY(record);
    QCOMPARE(record->at, isoMillis(QStringLiteral("2024-08-11T00:00:02Z")));
}

void TestNginxErrorFormat::fixture()
{
    const QByteArray text = readFixture(QStringLiteral("nginx-error/nginx-error.log"));
    const QVector<LogRecord> records = parseText(m_format, text);
    QCOMPARE(records.size(), 112);
    QCOMPARE(unparsedCount(records), 0);
    QCOMPARE(records.front().at, isoMillis(QStringLiteral("2026-11-24T02:08:04Z")));
    QCOMPARE(records.back().at, isoMillis(QStringLiteral("2026-11-24T02:08:21Z")));
    // 50 requests for /missing: an error (open() failed) and an info (keepalive closed) each.
    QCOMPARE(countLevel(records, LogLevel::Error), 50);
    QCOMPARE(countLevel(records, LogLevel::Info), 50);
    QCOMPARE(countLevel(records, LogLevel::Notice), 12);
    for (const LogRecord& record : records) {
        if (record.level == LogLevel::Error)
            QCOMPARE(fieldsOf(record).value(QStringLiteral("request")).toString(),
                     QStringLiteral("GET /missing HTTP/1.1"));
    }
    for (const QByteArray& line : text.trimmed().split('\n'))
        QCOMPARE(bestFormatFor(line), m_format.name());
}

void TestNginxErrorFormat::samplesDetectAsThisFormat()
{
    for (const QString& sample : m_format.samples()) {
        const QByteArray line = sample.toUtf8();
        QCOMPARE(bestFormatFor(line), m_format.name());
        const std::optional<LogRecord> record = parseOne(m_format, line);
        QVERIFY(record);
        QVERIFY2(!record->unparsed, line.constData());
    }
}

void TestNginxErrorFormat::malformedLinesStayRaw_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("truncated time") << QByteArray("2024/08/10 19:00");
    QTest::newRow("no level") << QByteArray("2024/08/10 19:00:01 1#1: x");
    QTest::newRow("unknown level") << QByteArray("2024/08/10 19:00:01 [loud] 1#1: x");
    QTest::newRow("no pid") << QByteArray("2024/08/10 19:00:01 [error] x");
    QTest::newRow("Feb 30") << QByteArray("2024/02/30 19:00:01 [error] 1#1: x");
    QTest::newRow("25:61:00") << QByteArray("2024/08/10 25:61:00 [error] 1#1: x");
    QTest::newRow("terminal message") << QByteArray("nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address in use)");
    for (const QByteArray& hostile : hostileLines())
        QTest::newRow(qPrintable(QStringLiteral("hostile %1 bytes").arg(hostile.size()))) << hostile;
}

void TestNginxErrorFormat::malformedLinesStayRaw()
{
    QFETCH(QByteArray, line);
    QCOMPARE(m_format.matchLine(line), 0.0);
    const QVector<LogRecord> records = parseText(m_format, line);
    QVERIFY(!records.isEmpty());
    QCOMPARE(unparsedCount(records), records.size());
}

QTEST_GUILESS_MAIN(TestNginxErrorFormat)
#include "TestNginxErrorFormat.moc"
