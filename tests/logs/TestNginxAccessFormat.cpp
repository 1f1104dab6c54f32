// SPDX-License-Identifier: GPL-3.0-or-later
#include "NginxAccessFormat.h"
#include "SyslogWebTestSupport.h"

#include <QTest>

using namespace debrief;
using namespace debrief::test;

class TestNginxAccessFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesLine_data();
    void parsesLine();
    void fixtures_data();
    void fixtures();
    void samplesDetectAsThisFormat();
    void malformedLinesStayRaw_data();
    void malformedLinesStayRaw();

private:
    NginxAccessFormat m_format;
};

void TestNginxAccessFormat::parsesLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("at");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("fields");

    QTest::newRow("combined")
        << QByteArray(R"(203.0.113.9 - - [10/Aug/2024:19:00:01 +0000] "GET /login HTTP/1.1" 401 7 "-" "curl/7.88.1")")
        << "2024-08-10T19:00:01Z" << int(LogLevel::Warning) << "203.0.113.9"
        << "GET /login HTTP/1.1 401"
        << R"({"method":"GET","path":"/login","protocol":"HTTP/1.1","status":401,"bytes":7,"user_agent":"curl/7.88.1"})";
    QTest::newRow("user, referer, offset, 5xx")
        << QByteArray(
               R"L(10.0.0.7 - alice [10/Aug/2024:21:00:02 +0200] "POST /api HTTP/2.0" 502 157 "https://x/cart" "Mozilla/5.0 (X11)")L")
        << "2024-08-10T19:00:02Z" << int(LogLevel::Error) << "10.0.0.7"
        << "POST /api HTTP/2.0 502"
        << R"L({"method":"POST","path":"/api","protocol":"HTTP/2.0","status":502,"bytes":157,"referer":"https://x/cart","user_agent":"Mozilla/5.0 (X11)","remote_user":"alice"})L";
    QTest::newRow("escaped quotes")
        << QByteArray(
               R"(::1 - - [24/Nov/2026:10:45:54 +0000] "GET /docs/ HTTP/1.1" 200 436 "http://e/ref?a=\"b\"" "agent \"q\" \\ end")")
        << "2026-11-24T10:45:54Z" << int(LogLevel::Info) << "::1"
        << "GET /docs/ HTTP/1.1 200"
        << R"({"method":"GET","path":"/docs/","protocol":"HTTP/1.1","status":200,"bytes":436,"referer":"http://e/ref?a=\"b\"","user_agent":"agent \"q\" \\ end"})";
    QTest::newRow("extra trailing fields")
        << QByteArray(
               R"(10.0.0.8 - - [10/Aug/2024:19:00:03 -0130] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29" 0.004 "10.1.0.5:8080")")
        << "2024-08-10T20:30:03Z" << int(LogLevel::Info) << "10.0.0.8"
        << "GET /health HTTP/1.1 200"
        << R"({"method":"GET","path":"/health","protocol":"HTTP/1.1","status":200,"bytes":2,"user_agent":"kube-probe/1.29","extra":"0.004 \"10.1.0.5:8080\""})";
    QTest::newRow("empty request line") << QByteArray(R"(10.0.0.9 - - [10/Aug/2024:19:00:04 +0000] "-" 400 0 "-" "-")")
                                        << "2024-08-10T19:00:04Z" << int(LogLevel::Warning) << "10.0.0.9"
                                        << "- 400"
                                        << R"({"status":400,"bytes":0})";
    QTest::newRow("garbage request") << QByteArray(
        R"(127.0.0.1 - - [24/Nov/2026:10:45:54 +0000] "GARBAGE" 400 448 "-" "-")")
                                     << "2026-11-24T10:45:54Z" << int(LogLevel::Warning) << "127.0.0.1"
                                     << "GARBAGE 400"
                                     << R"({"status":400,"bytes":448})";
    QTest::newRow("tls handshake bytes") << QByteArray(
        R"(10.0.0.9 - - [10/Aug/2024:19:00:05 +0000] "\x16\x03\x01\x00\xF1\x01" 400 157 "-" "-")")
                                         << "2024-08-10T19:00:05Z" << int(LogLevel::Warning) << "10.0.0.9"
                                         << R"(\x16\x03\x01\x00\xF1\x01 400)"
                                         << R"({"status":400,"bytes":157})";
    QTest::newRow("space in target, HTTP/0.9")
        << QByteArray(R"(1.2.3.4 - - [10/Aug/2024:19:00:06 +0000] "GET /a b HTTP/1.0" 200 1 "-" "x")")
        << "2024-08-10T19:00:06Z" << int(LogLevel::Info) << "1.2.3.4"
        << "GET /a b HTTP/1.0 200"
        << R"({"method":"GET","path":"/a b","protocol":"HTTP/1.0","status":200,"bytes":1,"user_agent":"x"})";
    QTest::newRow("common line read by the combined parser")
        << QByteArray(
               R"(127.0.0.1 user-identifier frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 -)")
        << "2000-10-10T20:55:36Z" << int(LogLevel::Info) << "127.0.0.1"
        << "GET /apache_pb.gif HTTP/1.0 200"
        << R"({"method":"GET","path":"/apache_pb.gif","protocol":"HTTP/1.0","status":200,"remote_user":"frank","ident":"user-identifier"})";
}

void TestNginxAccessFormat::parsesLine()
{
    QFETCH(QByteArray, line);
    const std::optional<LogRecord> record = parseOne(m_format, line);
    QVERIFY(record);
    QVERIFY(!record->unparsed);
    QFETCH(QString, at);
    QCOMPARE(record->at, std::optional<qint64>(isoMillis(at)));
    const qsizetype open = line.indexOf('[');
    QCOMPARE(record->timeText, QString::fromUtf8(line.mid(open + 1, line.indexOf(']') - open - 1)));
    QTEST(int(record->level), "level");
    QTEST(record->host, "host");
    QTEST(record->message, "message");
    QTEST(record->fields, "fields");
    QVERIFY(!fieldsOf(*record).isEmpty());
}

void TestNginxAccessFormat::fixtures_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("entries");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("warnings");

    // make-real-evidence.sh: 50 requests each of / (200), /login (401), /missing (404), /boom (502).
    QTest::newRow("nginx") << "nginx-combined/nginx-access.log" << 200 << "2026-11-24T02:08:06Z"
                           << "2026-11-24T02:08:19Z" << 50 << 100;
    // Apache 2.4 with curl: three 404s, three 403s and one 400 for a garbage request line.
    QTest::newRow("apache") << "nginx-combined/apache-access.log" << 14 << "2026-11-24T10:45:53Z"
                            << "2026-11-24T10:45:54Z" << 0 << 7;
}

void TestNginxAccessFormat::fixtures()
{
    QFETCH(QString, path);
    const QVector<LogRecord> records = parseText(m_format, readFixture(path));
    QTEST(int(records.size()), "entries");
    QCOMPARE(unparsedCount(records), 0);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QCOMPARE(records.front().at, isoMillis(first));
    QCOMPARE(records.back().at, isoMillis(last));
    QTEST(countLevel(records, LogLevel::Error), "errors");
    QTEST(countLevel(records, LogLevel::Warning), "warnings");
    for (const LogRecord& record : records) {
        QCOMPARE(record.host, QStringLiteral("127.0.0.1"));
        QVERIFY(fieldsOf(record).contains(QStringLiteral("status")));
    }
    // Every line of a combined file is detected as combined, not as CLF.
    const QList<QByteArray> lines = readFixture(path).trimmed().split('\n');
    for (const QByteArray& line : lines)
        QCOMPARE(bestFormatFor(line), m_format.name());
}

void TestNginxAccessFormat::samplesDetectAsThisFormat()
{
    for (const QString& sample : m_format.samples()) {
        const QByteArray line = sample.toUtf8();
        QCOMPARE(bestFormatFor(line), m_format.name());
        const std::optional<LogRecord> record = parseOne(m_format, line);
        QVERIFY(record);
        QVERIFY2(!record->unparsed, line.constData());
    }
}

void TestNginxAccessFormat::malformedLinesStayRaw_data()
{
    QTest::addColumn<QByteArray>("line");
    const QByteArray good = R"(1.2.3.4 - - [10/Aug/2024:19:00:01 +0000] "GET / HTTP/1.1" 200 612 "-" "ua")";
    for (int cut : {5, 20, 40, 45, 58, 60, 61, 62})
        QTest::newRow(qPrintable(QStringLiteral("truncated at %1").arg(cut))) << good.left(cut);
    QTest::newRow("Feb 30") << QByteArray(R"(1.2.3.4 - - [30/Feb/2024:19:00:01 +0000] "GET / HTTP/1.1" 200 1)");
    QTest::newRow("25:61:00") << QByteArray(R"(1.2.3.4 - - [10/Aug/2024:25:61:00 +0000] "GET / HTTP/1.1" 200 1)");
    QTest::newRow("no zone") << QByteArray(R"(1.2.3.4 - - [10/Aug/2024:19:00:01] "GET / HTTP/1.1" 200 1)");
    QTest::newRow("status not a number") << QByteArray(R"(1.2.3.4 - - [10/Aug/2024:19:00:01 +0000] "GET /" abc 1)");
    QTest::newRow("bytes not a number") << QByteArray(R"(1.2.3.4 - - [10/Aug/2024:19:00:01 +0000] "GET /" 200 1x)");
    QTest::newRow("unclosed request") << QByteArray(R"(1.2.3.4 - - [10/Aug/2024:19:00:01 +0000] "GET / 200 1)");
    for (const QByteArray& hostile : hostileLines())
        QTest::newRow(qPrintable(QStringLiteral("hostile %1 bytes").arg(hostile.size()))) << hostile;
    QTest::newRow("10 MB request") << QByteArray(R"(1.2.3.4 - - [10/Aug/2024:19:00:01 +0000] ")")
            + QByteArray(10 * 1024 * 1024, '\\');
}

void TestNginxAccessFormat::malformedLinesStayRaw()
{
    QFETCH(QByteArray, line);
    QCOMPARE(m_format.matchLine(line), 0.0);
    const QVector<LogRecord> records = parseText(m_format, line);
    QVERIFY(!records.isEmpty());
    QCOMPARE(unparsedCount(records), records.size());
}

QTEST_GUILESS_MAIN(TestNginxAccessFormat)
#include "TestNginxAccessFormat.moc"
