// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyslogRfc3164Format.h"
#include "SyslogWebTestSupport.h"

#include <QTest>

using namespace debrief;
using namespace debrief::test;

class TestSyslogRfc3164Format : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesLine_data();
    void parsesLine();
    void rollsYearForward();
    void invalidDateDoesNotMoveYear();
    void appliesContextZone();
    void fixtures_data();
    void fixtures();
    void samplesDetectAsThisFormat();
    void tagsRaiseConfidence();
    void rejectsOtherFormats_data();
    void rejectsOtherFormats();
    void malformedLinesStayRaw_data();
    void malformedLinesStayRaw();
    void innerStampIsTheEntryTime();
    void journalContinuationsAndHeaders();
    void messageSplitOverJournalLines();

private:
    SyslogRfc3164Format m_format;
};

void TestSyslogRfc3164Format::parsesLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("at");
    QTest::addColumn<QString>("timeText");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("fields");

    const int info = int(LogLevel::Info);
    QTest::newRow("tag and pid") << QByteArray("Aug 10 19:00:01 web-1 sshd[1234]: Accepted publickey")
                                 << "2024-08-10T19:00:01Z"
                                 << "Aug 10 19:00:01" << info << "web-1"
                                 << "sshd"
                                 << "Accepted publickey"
                                 << R"({"pid":1234})";
    QTest::newRow("space-padded day") << QByteArray("Aug  9 03:04:05 db kernel: Out of memory")
                                      << "2024-08-09T03:04:05Z"
                                      << "Aug  9 03:04:05" << info << "db"
                                      << "kernel"
                                      << "Out of memory" << QString();
    QTest::newRow("single-space day") << QByteArray("Aug 9 03:04:05 db cron[7]: job") << "2024-08-09T03:04:05Z"
                                      << "Aug 9 03:04:05" << info << "db"
                                      << "cron"
                                      << "job"
                                      << R"({"pid":7})";
    QTest::newRow("pri gives level and facility")
        << QByteArray("<11>Aug 10 19:00:01 db postgres[877]: FATAL: too many clients") << "2024-08-10T19:00:01Z"
        << "Aug 10 19:00:01" << int(LogLevel::Error) << "db"
        << "postgres"
        << "FATAL: too many clients"
        << R"({"facility":1,"pid":877})";
    QTest::newRow("pri 0 is emergency") << QByteArray("<0>Aug 10 19:00:01 h k: panic") << "2024-08-10T19:00:01Z"
                                        << "Aug 10 19:00:01" << int(LogLevel::Critical) << "h"
                                        << "k"
                                        << "panic"
                                        << R"({"facility":0})";
    QTest::newRow("pri debug") << QByteArray("<191>Aug 10 19:00:01 h app: x") << "2024-08-10T19:00:01Z"
                               << "Aug 10 19:00:01" << int(LogLevel::Debug) << "h"
                               << "app"
                               << "x"
                               << R"({"facility":23})";
    QTest::newRow("leading error word") << QByteArray("Aug 10 19:00:01 h postfix/smtpd[5]: error: refused")
                                        << "2024-08-10T19:00:01Z"
                                        << "Aug 10 19:00:01" << int(LogLevel::Error) << "h"
                                        << "postfix/smtpd"
                                        << "error: refused"
                                        << R"({"pid":5})";
    QTest::newRow("upper-case warning") << QByteArray("Aug 10 19:00:01 h pgbouncer: WARNING pool exhausted")
                                        << "2024-08-10T19:00:01Z"
                                        << "Aug 10 19:00:01" << int(LogLevel::Warning) << "h"
                                        << "pgbouncer"
                                        << "WARNING pool exhausted" << QString();
    QTest::newRow("bracketed level") << QByteArray("Aug 10 19:00:01 h app: [crit] disk full") << "2024-08-10T19:00:01Z"
                                     << "Aug 10 19:00:01" << int(LogLevel::Critical) << "h"
                                     << "app"
                                     << "[crit] disk full" << QString();
    QTest::newRow("capitalised word is not a level")
        << QByteArray("Aug 10 19:00:01 h app: Error reading config is retried") << "2024-08-10T19:00:01Z"
        << "Aug 10 19:00:01" << info << "h"
        << "app"
        << "Error reading config is retried" << QString();
    QTest::newRow("pri wins over the word")
        << QByteArray("<14>Aug 10 19:00:01 h app: error: ignored") << "2024-08-10T19:00:01Z"
        << "Aug 10 19:00:01" << info << "h"
        << "app"
        << "error: ignored"
        << R"({"facility":1})";
    QTest::newRow("tag with pid, no colon (rsyslog from 5424)")
        << QByteArray("Nov 24 10:45:16 vm app[12566] login failed") << "2024-11-24T10:45:16Z"
        << "Nov 24 10:45:16" << info << "vm"
        << "app"
        << "login failed"
        << R"({"pid":12566})";
    QTest::newRow("no tag") << QByteArray("Aug 10 19:00:01 h last message repeated 3 times") << "2024-08-10T19:00:01Z"
                            << "Aug 10 19:00:01" << info << "h" << QString() << "last message repeated 3 times"
                            << QString();
    QTest::newRow("url is not a tag") << QByteArray("Aug 10 19:00:01 h http://x/y down") << "2024-08-10T19:00:01Z"
                                      << "Aug 10 19:00:01" << info << "h" << QString() << "http://x/y down"
                                      << QString();
    QTest::newRow("empty message") << QByteArray("Aug 10 19:00:01 h app:") << "2024-08-10T19:00:01Z"
                                   << "Aug 10 19:00:01" << info << "h"
                                   << "app" << QString() << QString();
    QTest::newRow("fractional seconds") << QByteArray("Aug 10 19:00:01.250 h app: x") << "2024-08-10T19:00:01.250Z"
                                        << "Aug 10 19:00:01.250" << info << "h"
                                        << "app"
                                        << "x" << QString();
    QTest::newRow("rsyslog rfc3339") << QByteArray("2024-08-10T21:00:01.123456+02:00 web-1 kernel: oops")
                                     << "2024-08-10T19:00:01.123Z"
                                     << "2024-08-10T21:00:01.123456+02:00" << info << "web-1"
                                     << "kernel"
                                     << "oops" << QString();
    QTest::newRow("rsyslog rfc3339 Z with pri")
        << QByteArray("<27>2024-08-10T19:00:01Z h app[9]: boom") << "2024-08-10T19:00:01Z"
        << "2024-08-10T19:00:01Z" << int(LogLevel::Error) << "h"
        << "app"
        << "boom"
        << R"({"facility":3,"pid":9})";
    QTest::newRow("utf-8 message") << QByteArray("Aug 10 19:00:01 h app: Zürich ✓") << "2024-08-10T19:00:01Z"
                                   << "Aug 10 19:00:01" << info << "h"
                                   << "app" << QString::fromUtf8("Zürich ✓") << QString();
}

void TestSyslogRfc3164Format::parsesLine()
{
    QFETCH(QByteArray, line);
    const std::optional<LogRecord> record = parseOne(m_format, line, LogParseContext {2024, 0});
    QVERIFY(record);
    QVERIFY(!record->unparsed);
    QFETCH(QString, at);
    QCOMPARE(record->at, std::optional<qint64>(isoMillis(at)));
    QTEST(record->timeText, "timeText");
    QTEST(int(record->level), "level");
    QTEST(record->host, "host");
    QTEST(record->service, "service");
    QTEST(record->message, "message");
    QTEST(record->fields, "fields");
    QCOMPARE(record->line, 1);
}

void TestSyslogRfc3164Format::rollsYearForward()
{
    const QByteArray text = "Dec 31 23:59:58 h a: 1\n"
                            "Jan  1 00:00:02 h a: 2\n"
                            "Dec 31 23:59:59 h a: late line from the old year\n"
                            "Jan  1 00:00:03 h a: 3\n"
                            "Dec 31 10:00:00 h a: a year later\n";
    const QVector<LogRecord> records = parseText(m_format, text, LogParseContext {2023, 0});
    QCOMPARE(records.size(), 5);
    QCOMPARE(records[0].at, isoMillis(QStringLiteral("2023-12-31T23:59:58Z")));
    QCOMPARE(records[1].at, isoMillis(QStringLiteral("2024-01-01T00:00:02Z")));
    QCOMPARE(records[2].at, isoMillis(QStringLiteral("2023-12-31T23:59:59Z")));
    QCOMPARE(records[3].at, isoMillis(QStringLiteral("2024-01-01T00:00:03Z")));
    // December right after the new year began is taken as the old year, not as eleven months on.
    QCOMPARE(records[4].at, isoMillis(QStringLiteral("2023-12-31T10:00:00Z")));
}

void TestSyslogRfc3164Format::invalidDateDoesNotMoveYear()
{
    const QByteArray text = "Dec 31 23:59:58 h a: 1\n"
                            "Feb 30 00:00:00 h a: not a date\n"
                            "Dec 31 23:59:59 h a: 2\n"
                            "Aug 10 19:00:00 h a: out of order, same year\n";
    const QVector<LogRecord> records = parseText(m_format, text, LogParseContext {2023, 0});
    QCOMPARE(records.size(), 4);
    QVERIFY(records[1].unparsed);
    QCOMPARE(records[1].message, QStringLiteral("Feb 30 00:00:00 h a: not a date"));
    QCOMPARE(records[2].at, isoMillis(QStringLiteral("2023-12-31T23:59:59Z")));
    QCOMPARE(records[3].at, isoMillis(QStringLiteral("2023-08-10T19:00:00Z")));
}

void TestSyslogRfc3164Format::appliesContextZone()
{
    const LogParseContext berlinSummer {2024, 2 * 3600};
    const std::optional<LogRecord> local = parseOne(m_format, "Aug 10 21:00:01 h a: x", berlinSummer);
    QVERIFY(local);
    QCOMPARE(local->at, isoMillis(QStringLiteral("2024-08-10T19:00:01Z")));
    // A written zone wins over the context.
    const std::optional<LogRecord> zoned = parseOne(m_format, "2024-08-10T19:00:01Z h a: x", berlinSummer);
    QVERIFY(zoned);
    QCOMPARE(zoned->at, isoMillis(QStringLiteral("2024-08-10T19:00:01Z")));
    // Feb 29 exists only in leap years.
    QVERIFY(!parseOne(m_format, "Feb 29 12:00:00 h a: x", LogParseContext {2024, 0})->unparsed);
    QVERIFY(parseOne(m_format, "Feb 29 12:00:00 h a: x", LogParseContext {2023, 0})->unparsed);
}

void TestSyslogRfc3164Format::fixtures_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("entries");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("warnings");

    // Without PRI only the messages' own words give levels: "WARNING: pool exhausted", "error: connect".
    QTest::newRow("traditional") << "syslog-rfc3164/rsyslog-traditional.log" << 2026 << 41 << "2026-11-24T10:45:16Z"
                                 << "2026-11-24T10:45:17Z" << 1 << 1;
    // With PRI: local0.err, mail.err are errors; daemon.warning the warning.
    QTest::newRow("with pri") << "syslog-rfc3164/rsyslog-with-pri.log" << 2026 << 41 << "2026-11-24T10:45:16Z"
                              << "2026-11-24T10:45:17Z" << 2 << 1;
    QTest::newRow("rfc3339 timestamps") << "syslog-rfc3164/rsyslog-rfc3339.log" << 1999 << 41
                                        << "2026-11-24T10:45:16.300Z"
                                        << "2026-11-24T10:45:17Z" << 1 << 1;
    QTest::newRow("year rollover") << "syslog-rfc3164/year-rollover.log" << 2024 << 8 << "2024-12-31T23:58:30Z"
                                   << "2025-01-09T09:09:09Z" << 0 << 0;
}

void TestSyslogRfc3164Format::fixtures()
{
    QFETCH(QString, path);
    QFETCH(int, year);
    const QByteArray text = readFixture(path);
    QVERIFY(!text.isEmpty());
    const QVector<LogRecord> records = parseText(m_format, text, LogParseContext {year, 0});
    QTEST(int(records.size()), "entries");
    QCOMPARE(unparsedCount(records), 0);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QCOMPARE(records.front().at, isoMillis(first));
    QCOMPARE(records.back().at, isoMillis(last));
    QTEST(countLevel(records, LogLevel::Error), "errors");
    QTEST(countLevel(records, LogLevel::Warning), "warnings");
    QCOMPARE(records.back().line, qint64(records.size()));
    for (const LogRecord& record : records)
        QCOMPARE(record.host, QStringLiteral("vm"));
}

void TestSyslogRfc3164Format::samplesDetectAsThisFormat()
{
    for (const QString& sample : m_format.samples()) {
        const QByteArray line = sample.toUtf8();
        QCOMPARE(bestFormatFor(line), m_format.name());
        const std::optional<LogRecord> record = parseOne(m_format, line, LogParseContext {2024, 0});
        QVERIFY(record);
        QVERIFY2(!record->unparsed, line.constData());
    }
}

void TestSyslogRfc3164Format::tagsRaiseConfidence()
{
    const double withPid = m_format.matchLine("Aug 10 19:00:01 h sshd[1]: x");
    const double withColon = m_format.matchLine("Aug 10 19:00:01 h sshd: x");
    const double withoutTag = m_format.matchLine("Aug 10 19:00:03 watchdog tick 4711");
    const double withPri = m_format.matchLine("<13>Aug 10 19:00:01 h sshd[1]: x");
    QVERIFY(withPri > withPid);
    QVERIFY(withPid > withColon);
    QVERIFY(withColon > withoutTag);
    // A tagless line is a generic "timestamp and text" line before it is syslog: below 0.4.
    QVERIFY(withoutTag > 0.0 && withoutTag < 0.4);
    QVERIFY(withPri <= 1.0);
}

void TestSyslogRfc3164Format::rejectsOtherFormats_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("rfc 5424") << QByteArray("<34>1 2003-10-11T22:14:15.003Z mymachine su - ID47 - BOM'su root'");
    QTest::newRow("access log") << QByteArray("1.2.3.4 - - [10/Aug/2024:19:00:01 +0000] \"GET / HTTP/1.1\" 200 1");
    QTest::newRow("nginx error") << QByteArray("2024/08/10 19:00:01 [error] 1#1: *5 oops");
    QTest::newRow("log4j") << QByteArray("2024-08-10 19:00:01,123 ERROR [main] a.B - boom");
    QTest::newRow("json") << QByteArray(R"({"time":"2024-08-10T19:00:01Z","msg":"x"})");
}

void TestSyslogRfc3164Format::rejectsOtherFormats()
{
    QFETCH(QByteArray, line);
    QCOMPARE(m_format.matchLine(line), 0.0);
}

void TestSyslogRfc3164Format::malformedLinesStayRaw_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("only a pri") << QByteArray("<34>");
    QTest::newRow("pri out of range") << QByteArray("<192>Aug 10 19:00:01 h a: x");
    QTest::newRow("truncated time") << QByteArray("Aug 10 19:00");
    QTest::newRow("no host") << QByteArray("Aug 10 19:00:01 ");
    QTest::newRow("Feb 30") << QByteArray("Feb 30 19:00:01 h a: x");
    QTest::newRow("25:61:00") << QByteArray("Aug 10 25:61:00 h a: x");
    QTest::newRow("second 60") << QByteArray("Aug 10 23:59:60 h a: x");
    QTest::newRow("bad month") << QByteArray("Foo 10 19:00:01 h a: x");
    QTest::newRow("day zero") << QByteArray("Aug 00 19:00:01 h a: x");
    QTest::newRow("rfc3339 without zone") << QByteArray("2024-08-10T19:00:01 h a: x");
    for (const QByteArray& hostile : hostileLines())
        QTest::newRow(qPrintable(QStringLiteral("hostile %1 bytes").arg(hostile.size()))) << hostile;
}

void TestSyslogRfc3164Format::malformedLinesStayRaw()
{
    QFETCH(QByteArray, line);
    QCOMPARE(m_format.matchLine(line), 0.0);
    const QVector<LogRecord> records = parseText(m_format, line, LogParseContext {2024, 0});
    QVERIFY(!records.isEmpty());
    QCOMPARE(unparsedCount(records), records.size());
}

// Real lines: the kubelet's journal (real-corpus/02) and a validator's journal dump (03).
void TestSyslogRfc3164Format::innerStampIsTheEntryTime()
{
    LogParseContext context;
    context.defaultYear = 2024;
    const auto records = parseText(
        m_format,
        "Oct 22 16:45:57 controller kubelet[854]: E1022 16:45:57.501418     854 server.go:203] \"no cgroup\"\n"
        "Mar 21 21:16:24 localhost polkadot[100176]: 2022-03-21 21:16:24 Imported #11910432\n"
        "Oct 22 16:46:00 localhost polkadot[100176]: 16:46:00 a bare clock says no more than the prefix",
        context);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records[0].at, std::optional<qint64>(isoMillis(QStringLiteral("2024-10-22T16:45:57.501Z"))));
    QCOMPARE(records[0].timeText, QStringLiteral("E1022 16:45:57.501418"));
    QCOMPARE(records[0].level, LogLevel::Error);
    QCOMPARE(fieldsOf(records[0]).value(QStringLiteral("syslog_time")).toString(), QStringLiteral("Oct 22 16:45:57"));
    QCOMPARE(records[1].at, std::optional<qint64>(isoMillis(QStringLiteral("2022-03-21T21:16:24.000Z"))));
    QCOMPARE(records[2].at, std::optional<qint64>(isoMillis(QStringLiteral("2024-10-22T16:46:00.000Z"))));
    QVERIFY(fieldsOf(records[2]).value(QStringLiteral("syslog_time")).isUndefined());
}

void TestSyslogRfc3164Format::journalContinuationsAndHeaders()
{
    const auto records = parseText(m_format,
                                   "-- Logs begin at Sun 2022-03-06 14:54:08 UTC. --\n"
                                   "Oct 22 16:45:56 controller systemd[1]: Started kubelet.service.\n"
                                   "\xe2\x96\x91\xe2\x96\x91 Subject: A start job for unit kubelet.service has finished\n"
                                   "\xe2\x96\x91\xe2\x96\x91 \n"
                                   "Aug 16 00:32:15 Tims-Air syslogd[314]: Configuration Notice:\n"
                                   "\tASL Module \"com.apple.install\" claims selected messages.\n"
                                   "sre@controller:~/flannel$ ");
    QCOMPARE(records.size(), 4);
    QVERIFY(records[0].nonEntry);
    QCOMPARE(records[1].message, QStringLiteral("Started kubelet.service.\n\u2591\u2591 Subject: A start job for unit "
                                                "kubelet.service has finished\n\u2591\u2591 "));
    QCOMPARE(records[2].message,
             QStringLiteral("Configuration Notice:\n\tASL Module \"com.apple.install\" claims selected messages."));
    QVERIFY(records[3].nonEntry);
}

// real-corpus/03: a Rust error chain printed to stderr, one journal line per line of it.
void TestSyslogRfc3164Format::messageSplitOverJournalLines()
{
    const auto records = parseText(m_format,
                                   "Mar 21 21:20:32 localhost polkadot[475063]: 2022-03-21 21:20:32 Essential task failed.\n"
                                   "Mar 21 21:20:32 localhost polkadot[475063]: Error:\n"
                                   "Mar 21 21:20:32 localhost polkadot[475063]:    0: Error at calling runtime api\n"
                                   "Mar 21 21:20:32 localhost polkadot[475063]: Backtrace omitted.\n"
                                   "Mar 21 21:20:32 localhost systemd[1]: kusama-node.service: Main process exited\n"
                                   "Aug 16 00:32:15 Tims-Air syslogd[314]: Configuration Notice:\n"
                                   "Aug 16 00:32:15 Tims-Air syslogd[314]: Configuration Notice:\n"
                                   "Aug 16 00:32:16 Tims-Air syslogd[314]: a second later: an entry\n");
    QCOMPARE(records.size(), 6);
    QCOMPARE(records[1].message, QStringLiteral("Error:\n   0: Error at calling runtime api\nBacktrace omitted."));
    QCOMPARE(records[2].service, QStringLiteral("systemd"));
    QCOMPARE(records[3].message, QStringLiteral("Configuration Notice:"));
    QCOMPARE(records[5].message, QStringLiteral("a second later: an entry"));
}

QTEST_GUILESS_MAIN(TestSyslogRfc3164Format)
#include "TestSyslogRfc3164Format.moc"
