// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommonLogFormat.h"
#include "SyslogWebTestSupport.h"

#include <QTest>

using namespace debrief;
using namespace debrief::test;

class TestCommonLogFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detection_data();
    void detection();
    void parsesSpecExample();
    void fixture();
    void samplesDetectAsThisFormat();
    void malformedLinesStayRaw();

private:
    CommonLogFormat m_format;
};

void TestCommonLogFormat::detection_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("expected");

    QTest::newRow("clf") << QByteArray(R"(1.2.3.4 - - [10/Aug/2024:19:00:01 +0000] "GET / HTTP/1.1" 200 612)")
                         << "common-log";
    QTest::newRow("clf, no bytes") << QByteArray(R"(1.2.3.4 - - [10/Aug/2024:19:00:01 +0000] "GET / HTTP/1.1" 304 -)")
                                   << "common-log";
    QTest::newRow("clf with a vhost suffix")
        << QByteArray(R"(1.2.3.4 - - [10/Aug/2024:19:00:01 +0000] "GET / HTTP/1.1" 200 612 www.example)")
        << "common-log";
    QTest::newRow("combined") << QByteArray(
        R"(1.2.3.4 - - [10/Aug/2024:19:00:01 +0000] "GET / HTTP/1.1" 200 612 "-" "ua")")
                              << "nginx-combined";
    QTest::newRow("combined with request time")
        << QByteArray(R"(1.2.3.4 - - [10/Aug/2024:19:00:01 +0000] "GET / HTTP/1.1" 200 612 "-" "ua" 0.012)")
        << "nginx-combined";
    QTest::newRow("neither") << QByteArray("2024-08-10 19:00:01 hello") << QString();
}

void TestCommonLogFormat::detection()
{
    QFETCH(QByteArray, line);
    QTEST(bestFormatFor(line), "expected");
}

void TestCommonLogFormat::parsesSpecExample()
{
    // The example of Apache's log documentation.
    const std::optional<LogRecord> record = parseOne(
        m_format, R"(127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326)");
    QVERIFY(record);
    QVERIFY(!record->unparsed);
    QCOMPARE(record->at, isoMillis(QStringLiteral("2000-10-10T20:55:36Z")));
    QCOMPARE(record->timeText, QStringLiteral("10/Oct/2000:13:55:36 -0700"));
    QCOMPARE(record->message, QStringLiteral("GET /apache_pb.gif HTTP/1.0 200"));
    QCOMPARE(record->host, QStringLiteral("127.0.0.1"));
    const QJsonObject fields = fieldsOf(*record);
    QCOMPARE(fields.value(QStringLiteral("remote_user")).toString(), QStringLiteral("frank"));
    QCOMPARE(fields.value(QStringLiteral("bytes")).toInteger(), 2326);
    QCOMPARE(fields.value(QStringLiteral("status")).toInteger(), 200);
    QVERIFY(!fields.contains(QStringLiteral("referer")));
}

void TestCommonLogFormat::fixture()
{
    const QByteArray text = readFixture(QStringLiteral("common-log/apache-access-common.log"));
    const QVector<LogRecord> records = parseText(m_format, text);
    QCOMPARE(records.size(), 14);
    QCOMPARE(unparsedCount(records), 0);
    QCOMPARE(records.front().at, isoMillis(QStringLiteral("2026-11-24T10:45:53Z")));
    QCOMPARE(records.back().at, isoMillis(QStringLiteral("2026-11-24T10:45:54Z")));
    QCOMPARE(countLevel(records, LogLevel::Warning), 7);
    QCOMPARE(records.back().message, QStringLiteral("GARBAGE 400"));
    for (const QByteArray& line : text.trimmed().split('\n'))
        QCOMPARE(bestFormatFor(line), m_format.name());
}

void TestCommonLogFormat::samplesDetectAsThisFormat()
{
    for (const QString& sample : m_format.samples()) {
        const QByteArray line = sample.toUtf8();
        QCOMPARE(bestFormatFor(line), m_format.name());
        const std::optional<LogRecord> record = parseOne(m_format, line);
        QVERIFY(record);
        QVERIFY2(!record->unparsed, line.constData());
    }
}

void TestCommonLogFormat::malformedLinesStayRaw()
{
    for (const QByteArray& line : hostileLines()) {
        QCOMPARE(m_format.matchLine(line), 0.0);
        const QVector<LogRecord> records = parseText(m_format, line);
        QVERIFY(!records.isEmpty());
        QCOMPARE(unparsedCount(records), records.size());
    }
}

QTEST_GUILESS_MAIN(TestCommonLogFormat)
#include "TestCommonLogFormat.moc"
