// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApacheErrorFormat.h"
#include "SyslogWebTestSupport.h"

#include <QTest>

using namespace debrief;
using namespace debrief::test;

class TestApacheErrorFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesLine_data();
    void parsesLine();
    void appliesContextZone();
    void fixture();
    void samplesDetectAsThisFormat();
    void malformedLinesStayRaw_data();
    void malformedLinesStayRaw();

private:
    ApacheErrorFormat m_format;
};

void TestApacheErrorFormat::parsesLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("at");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("fields");

    QTest::newRow("2.4 with client") << QByteArray(
        "[Sat Aug 10 19:00:01.123456 2024] [core:error] [pid 1234:tid 5678] [client 10.0.0.1:5555] "
        "AH00126: Invalid URI in request GET /%2e%2e HTTP/1.1")
                                     << "2024-08-10T19:00:01.123Z" << int(LogLevel::Error) << "core"
                                     << "AH00126: Invalid URI in request GET /%2e%2e HTTP/1.1"
                                     << R"({"pid":1234,"tid":5678,"client":"10.0.0.1:5555","code":"AH00126"})";
    QTest::newRow("2.4 startup") << QByteArray("[Tue Nov 24 10:45:52.934271 2026] [mpm_event:notice] [pid 13248:tid "
                                               "13248] AH00489: Apache/2.4.71 (Debian) configured")
                                 << "2026-11-24T10:45:52.934Z" << int(LogLevel::Notice) << "mpm_event"
                                 << "AH00489: Apache/2.4.71 (Debian) configured"
                                 << R"({"pid":13248,"tid":13248,"code":"AH00489"})";
    QTest::newRow("2.4 prefork, no tid, big referer")
        << QByteArray("[Sat Aug 10 19:00:01.000001 2024] [php7:warn] [pid 77] [client 1.2.3.4:80] PHP Warning: x, "
                      "referer: http://example.com/a")
        << "2024-08-10T19:00:01Z" << int(LogLevel::Warning) << "php7"
        << "PHP Warning: x, referer: http://example.com/a"
        << R"({"pid":77,"client":"1.2.3.4:80","referer":"http://example.com/a"})";
    QTest::newRow("2.4 empty module, trace level")
        << QByteArray("[Sat Aug 10 19:00:01.5 2024] [:trace3] [pid 1] x") << "2024-08-10T19:00:01.500Z"
        << int(LogLevel::Trace) << QString() << "x"
        << R"({"pid":1})";
    QTest::newRow("2.4 big thread id") << QByteArray(
        "[Sat Aug 10 19:00:01.000000 2024] [ssl:crit] [pid 9:tid 140245198305024] AH02311: Fatal")
                                       << "2024-08-10T19:00:01Z" << int(LogLevel::Critical) << "ssl"
                                       << "AH02311: Fatal"
                                       << R"({"pid":9,"tid":140245198305024,"code":"AH02311"})";
    QTest::newRow("2.2") << QByteArray(
        "[Sat Aug 10 19:00:03 2024] [error] [client 192.0.2.7] File does not exist: /var/www/favicon.ico")
                         << "2024-08-10T19:00:03Z" << int(LogLevel::Error) << QString()
                         << "File does not exist: /var/www/favicon.ico"
                         << R"({"client":"192.0.2.7"})";
    QTest::newRow("2.2 without client, space-padded day")
        << QByteArray("[Wed Oct  1 08:00:00 2008] [notice] Apache/2.2.9 configured -- resuming normal operations")
        << "2008-10-01T08:00:00Z" << int(LogLevel::Notice) << QString()
        << "Apache/2.2.9 configured -- resuming normal operations" << QString();
}

void TestApacheErrorFormat::parsesLine()
{
    QFETCH(QByteArray, line);
    const std::optional<LogRecord> record = parseOne(m_format, line);
    QVERIFY(record);
    QVERIFY(!record->unparsed);
    QFETCH(QString, at);
    QCOMPARE(record->at, std::optional<qint64>(isoMillis(at)));
    QCOMPARE(record->timeText, QString::fromUtf8(line.mid(1, line.indexOf(']') - 1)));
    QTEST(int(record->level), "level");
    QTEST(record->service, "service");
    QTEST(record->message, "message");
    QTEST(record->fields, "fields");
}

void TestApacheErrorFormat::appliesContextZone()
{
    const std::optional<LogRecord> record
        = parseOne(m_format, "[Sat Aug 10 21:00:01 2024] [error] x", LogParseContext {1970, 2 * 3600});
    QVERIFY(record);
    QCOMPARE(record->at, isoMillis(QStringLiteral("2024-08-10T19:00:01Z")));
}

void TestApacheErrorFormat::fixture()
{
    const QByteArray text = readFixture(QStringLiteral("apache-error/apache-error.log"));
    const QVector<LogRecord> records = parseText(m_format, text);
    QCOMPARE(records.size(), 11);
    QCOMPARE(unparsedCount(records), 0);
    QCOMPARE(records.front().at, isoMillis(QStringLiteral("2026-11-24T10:45:52.934Z")));
    QCOMPARE(records.back().at, isoMillis(QStringLiteral("2026-11-24T10:45:55.054Z")));
    // Three requests for /private (denied: error) and three for /missing.html (info at LogLevel info).
    QCOMPARE(countLevel(records, LogLevel::Error), 3);
    QCOMPARE(countLevel(records, LogLevel::Notice), 3);
    QCOMPARE(countLevel(records, LogLevel::Info), 5);
    QCOMPARE(records[4].service, QStringLiteral("authz_core"));
    QCOMPARE(fieldsOf(records[4]).value(QStringLiteral("code")).toString(), QStringLiteral("AH01630"));
    QCOMPARE(fieldsOf(records[4]).value(QStringLiteral("client")).toString(), QStringLiteral("127.0.0.1:35392"));
    for (const QByteArray& line : text.trimmed().split('\n'))
        QCOMPARE(bestFormatFor(line), m_format.name());
}

void TestApacheErrorFormat::samplesDetectAsThisFormat()
{
    for (const QString& sample : m_format.samples()) {
        const QByteArray line = sample.toUtf8();
        QCOMPARE(bestFormatFor(line), m_format.name());
        const std::optional<LogRecord> record = parseOne(m_format, line);
        QVERIFY(record);
        QVERIFY2(!record->unparsed, line.constData());
    }
}

void TestApacheErrorFormat::malformedLinesStayRaw_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("truncated time") << QByteArray("[Sat Aug 10 19:00:01");
    QTest::newRow("no level") << QByteArray("[Sat Aug 10 19:00:01 2024] x");
    QTest::newRow("unknown level") << QByteArray("[Sat Aug 10 19:00:01 2024] [core:loud] x");
    QTest::newRow("no weekday") << QByteArray("[Aug 10 19:00:01 2024] [error] x");
    QTest::newRow("Feb 30") << QByteArray("[Fri Feb 30 19:00:01 2024] [error] x");
    QTest::newRow("25:61:00") << QByteArray("[Sat Aug 10 25:61:00 2024] [error] x");
    QTest::newRow("year missing") << QByteArray("[Sat Aug 10 19:00:01] [error] x");
    for (const QByteArray& hostile : hostileLines())
        QTest::newRow(qPrintable(QStringLiteral("hostile %1 bytes").arg(hostile.size()))) << hostile;
}

void TestApacheErrorFormat::malformedLinesStayRaw()
{
    QFETCH(QByteArray, line);
    QCOMPARE(m_format.matchLine(line), 0.0);
    const QVector<LogRecord> records = parseText(m_format, line);
    QVERIFY(!records.isEmpty());
    QCOMPARE(unparsedCount(records), records.size());
}

QTEST_GUILESS_MAIN(TestApacheErrorFormat)
#include "TestApacheErrorFormat.moc"
