// SPDX-License-Identifier: GPL-3.0-or-later
// The Redis server log on Redis 7.2's real lines (tests/data/logs/access-logs/redis-7.2.log, from the
// real corpus's docker compose log 06), the pre-3.0 form, and lines that are no Redis entries.
#include "LogFormatRegistry.h"
#include "RedisFormat.h"
#include "StructuredLogTestSupport.h"

#include <QTest>

using namespace debrief;
using namespace debrief::test;

class TestRedisFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realLines();
    void beforeVersion3();
    void detection();
    void malformed_data();
    void malformed();
};

void TestRedisFormat::realLines()
{
    const auto records = parseText(RedisFormat(), readFixture(QStringLiteral("access-logs/redis-7.2.log")));
    QCOMPARE(records.size(), 12);
    QCOMPARE(unparsedCount(records), 0);
    QCOMPARE(records[0].at, std::optional<qint64>(utc("2024-04-25T05:32:35.018Z")));
    QCOMPARE(records[0].timeText, QStringLiteral("25 Apr 2024 05:32:35.018"));
    QCOMPARE(records[0].level, LogLevel::Notice);
    QCOMPARE(records[0].service, QStringLiteral("redis"));
    QCOMPARE(fieldsOf(records[0]).value(QStringLiteral("role")).toString(), QStringLiteral("child"));
    QCOMPARE(fieldsOf(records[3]).value(QStringLiteral("role")).toString(), QStringLiteral("master"));
    QCOMPARE(records[2].level, LogLevel::Warning);
    QVERIFY(records[2].message.startsWith(QStringLiteral("Warning: no config file specified")));
    // The signal handler's line: epoch seconds instead of a date.
    QCOMPARE(records[7].at, std::optional<qint64>(1714024483000LL));
    QCOMPARE(records[7].message, QStringLiteral("Received SIGTERM scheduling shutdown..."));
    QCOMPARE(records[11].at, std::optional<qint64>(utc("2024-04-25T05:54:43.948Z")));
}

void TestRedisFormat::beforeVersion3()
{
    LogParseContext context;
    context.defaultYear = 2014;
    const auto records = parseText(RedisFormat(),
                                   "[4018] 14 Nov 07:01:22.119 . Client closed connection\n"
                                   "[4018] 14 Nov 07:01:23.002 - Accepted 127.0.0.1:52012",
                                   context);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].at, std::optional<qint64>(utc("2014-11-14T07:01:22.119Z")));
    QCOMPARE(records[0].level, LogLevel::Debug);
    QCOMPARE(records[1].level, LogLevel::Trace);
    QCOMPARE(fieldsOf(records[1]).value(QStringLiteral("pid")).toString(), QStringLiteral("4018"));
}

void TestRedisFormat::detection()
{
    QList<QByteArray> lines = readFixture(QStringLiteral("access-logs/redis-7.2.log")).split('\n');
    lines.removeAll(QByteArray());
    const LogFormatDetection detection = LogFormatRegistry::builtIn().detect(lines);
    QVERIFY2(detection.format, qPrintable(detection.error));
    QCOMPARE(detection.format->name(), QStringLiteral("redis"));
}

void TestRedisFormat::malformed_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("no level mark") << QByteArray("1:M 25 Apr 2024 05:32:35.019 Ready");
    QTest::newRow("unknown role") << QByteArray("1:Q 25 Apr 2024 05:32:35.019 * Ready");
    QTest::newRow("iso date") << QByteArray("1:M 2024-04-25 05:32:35.019 * Ready");
    QTest::newRow("pid not a number") << QByteArray("x:M 25 Apr 2024 05:32:35.019 * Ready");
    QTest::newRow("banner") << QByteArray("           _._                                                  ");
}

void TestRedisFormat::malformed()
{
    QFETCH(QByteArray, line);
    QCOMPARE(RedisFormat().matchLine(line), 0.0);
    const auto records = parseText(RedisFormat(), line);
    QCOMPARE(records.size(), 1);
    QVERIFY(records[0].unparsed);
}

QTEST_GUILESS_MAIN(TestRedisFormat)
#include "TestRedisFormat.moc"
