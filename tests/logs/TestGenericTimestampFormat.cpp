// SPDX-License-Identifier: GPL-3.0-or-later
#include "GenericTimestampFormat.h"
#include "StructuredLogTestSupport.h"

#include <QTest>

using namespace debrief;
using namespace debrief::test;

class TestGenericTimestampFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timestamps_data();
    void timestamps();
    void context();
    void continuation();
    void fixture();
    void notTimestamps_data();
    void notTimestamps();
    void scoresStayLow();
    void samples();
    void ranking_data();
    void ranking();
};

void TestGenericTimestampFormat::timestamps_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<qint64>("at");
    QTest::addColumn<QString>("timeText");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("message");

    const qint64 t0 = utc("2024-08-10T19:00:01Z");
    const int info = int(LogLevel::Info);
    QTest::newRow("rfc3339 Z") << QByteArray("2024-08-10T19:00:01Z started") << t0 << "2024-08-10T19:00:01Z" << info
                               << "started";
    QTest::newRow("space, no zone") << QByteArray("2024-08-10 19:00:01 started") << t0 << "2024-08-10 19:00:01" << info
                                    << "started";
    QTest::newRow("fraction offset") << QByteArray("2024-08-10T21:00:01.250+0200 x") << t0 + 250
                                     << "2024-08-10T21:00:01.250+0200" << info << "x";
    QTest::newRow("slashes") << QByteArray("2024/08/10 19:00:01 [warn] disk") << t0 << "2024/08/10 19:00:01"
                             << int(LogLevel::Warning) << "disk";
    QTest::newRow("syslog-like") << QByteArray("Aug 10 19:00:01 tick") << t0 << "Aug 10 19:00:01" << info << "tick";
    QTest::newRow("syslog one-digit day")
        << QByteArray("Aug  1 19:00:01 tick") << utc("2024-08-01T19:00:01Z") << "Aug  1 19:00:01" << info << "tick";
    QTest::newRow("ctime with year") << QByteArray("[Sat Aug 10 19:00:01.500 2024] [error] boom") << t0 + 500
                                     << "Sat Aug 10 19:00:01.500 2024" << int(LogLevel::Error) << "boom";
    QTest::newRow("clf bracketed") << QByteArray("[10/Aug/2024:21:00:01 +0200] GET /") << t0
                                   << "10/Aug/2024:21:00:01 +0200" << info << "GET /";
    QTest::newRow("tomcat") << QByteArray("10-Aug-2024 19:00:01.007 SEVERE [main] x") << t0 + 7
                            << "10-Aug-2024 19:00:01.007" << int(LogLevel::Error) << "[main] x";
    QTest::newRow("epoch seconds") << QByteArray("1723316401 ERROR: lag 35s") << t0 << "1723316401"
                                   << int(LogLevel::Error) << "lag 35s";
    QTest::newRow("epoch fraction") << QByteArray("1723316401.5 tick") << t0 + 500 << "1723316401.5" << info << "tick";
    QTest::newRow("epoch ms") << QByteArray("1723316401123 tick") << t0 + 123 << "1723316401123" << info << "tick";
    QTest::newRow("separator dash") << QByteArray("2024-08-10 19:00:01 - ERROR - x") << t0 << "2024-08-10 19:00:01"
                                    << int(LogLevel::Error) << "x";
    QTest::newRow("lowercase level colon") << QByteArray("2024-08-10 19:00:01 warning: low disk") << t0
                                           << "2024-08-10 19:00:01" << int(LogLevel::Warning) << "low disk";
    QTest::newRow("capitalised word is message") << QByteArray("2024-08-10 19:00:01 Error connecting to db") << t0
                                                 << "2024-08-10 19:00:01" << info << "Error connecting to db";
    QTest::newRow("single letter is message")
        << QByteArray("2024-08-10 19:00:01 I restarted it") << t0 << "2024-08-10 19:00:01" << info << "I restarted it";
    QTest::newRow("angle level") << QByteArray("2024-08-10 19:00:01 <crit> x") << t0 << "2024-08-10 19:00:01"
                                 << int(LogLevel::Critical) << "x";
    QTest::newRow("time only") << QByteArray("2024-08-10 19:00:01") << t0 << "2024-08-10 19:00:01" << info << "";
    // Real shapes (tests/data/logs/real-corpus, lnav's and Loghub's samples): two-digit, compact,
    // dotted, day-first, month names, a tab-separated level column.
    QTest::newRow("spark yy/MM/dd") << QByteArray("24/08/10 19:00:01 INFO spark.SecurityManager: x") << t0
                                    << "24/08/10 19:00:01" << info << "spark.SecurityManager: x";
    QTest::newRow("hdfs yyMMdd HHmmss") << QByteArray("240810 190001 143 INFO dfs.DataNode: x") << t0
                                        << "240810 190001" << info << "143 INFO dfs.DataNode: x";
    QTest::newRow("mysql yyMMdd") << QByteArray("240810 19:00:01 [Note] ready") << t0 << "240810 19:00:01"
                                  << int(LogLevel::Notice) << "ready";
    QTest::newRow("compact yyyyMMdd") << QByteArray("20240810T190001 x") << t0 << "20240810T190001" << info << "x";
    QTest::newRow("dotted day first") << QByteArray("10.08.2024 19:00:01 x") << t0 << "10.08.2024 19:00:01" << info << "x";
    QTest::newRow("dotted year first") << QByteArray("2024.08.10 19:00:01 x") << t0 << "2024.08.10 19:00:01" << info << "x";
    QTest::newRow("slashed day first") << QByteArray("25/08/2024 19:00:01 x") << utc("2024-08-25T19:00:01Z")
                                       << "25/08/2024 19:00:01" << info << "x";
    QTest::newRow("slashed month first") << QByteArray("08/10/2024 19:00:01 x") << t0 << "08/10/2024 19:00:01" << info << "x";
    QTest::newRow("zap console") << QByteArray("2024-08-10T19:00:01.000Z\terror\tqueue.go:128\tfailed") << t0
                                 << "2024-08-10T19:00:01.000Z" << int(LogLevel::Error) << "queue.go:128\tfailed";
    QTest::newRow("vdsm, time inside") << QByteArray("MainThread::INFO::2024-08-10 19:00:01,101::vdsm::71::vds::(run) up")
                                       << t0 + 101 << "2024-08-10 19:00:01,101" << info
                                       << "MainThread::INFO::2024-08-10 19:00:01,101::vdsm::71::vds::(run) up";
    QTest::newRow("redis, time inside") << QByteArray("1:M 10 Aug 2024 19:00:01.019 * Ready to accept connections")
                                        << t0 + 19 << "10 Aug 2024 19:00:01.019" << info
                                        << "1:M 10 Aug 2024 19:00:01.019 * Ready to accept connections";
    QTest::newRow("level before time") << QByteArray("[worker-3] ERROR 2024-08-10 19:00:01 lost") << t0
                                       << "2024-08-10 19:00:01" << int(LogLevel::Error)
                                       << "[worker-3] ERROR 2024-08-10 19:00:01 lost";
    QTest::newRow("epoch in a column") << QByteArray("conn-7 1723316401 closed") << t0 << "1723316401" << info
                                       << "conn-7 1723316401 closed";
}

void TestGenericTimestampFormat::timestamps()
{
    QFETCH(QByteArray, line);
    QFETCH(qint64, at);
    QFETCH(QString, timeText);
    QFETCH(int, level);
    QFETCH(QString, message);
    LogParseContext context;
    context.defaultYear = 2024;
    const auto records = parseText(GenericTimestampFormat(), line, context);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.front().unparsed, false);
    QCOMPARE(records.front().at.value_or(-1), at);
    QCOMPARE(records.front().timeText, timeText);
    QCOMPARE(int(records.front().level), level);
    QCOMPARE(records.front().message, message);
}

void TestGenericTimestampFormat::context()
{
    LogParseContext context;
    context.defaultYear = 2023;
    context.defaultOffsetSeconds = -5 * 3600;
    const auto records = parseText(GenericTimestampFormat(), "Aug 10 14:00:01 x\n2024-08-10 14:00:01 y", context);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].at.value_or(-1), utc("2023-08-10T19:00:01Z"));
    QCOMPARE(records[1].at.value_or(-1), utc("2024-08-10T19:00:01Z"));
}

void TestGenericTimestampFormat::continuation()
{
    const QByteArray text = "2024-08-10 19:00:01 request failed\n"
                            "    at handler (app.js:10)\n"
                            "\tmore detail\n"
                            "java.lang.IllegalStateException: not indented, no time\n"
                            "2024-08-10 19:00:02 next\n";
    // Before the first timed line nothing can be continued: that line stays raw.
    const auto records = parseText(GenericTimestampFormat(), "no time yet\n" + text);
    QCOMPARE(records.size(), 3);
    QVERIFY(records[0].unparsed);
    QCOMPARE(records[1].message, QStringLiteral("request failed\n    at handler (app.js:10)\n\tmore detail\n"
                                                "java.lang.IllegalStateException: not indented, no time"));
    QCOMPARE(records[1].line, 2);
    QCOMPARE(records[2].message, QStringLiteral("next"));
}

void TestGenericTimestampFormat::fixture()
{
    const QByteArray text = readFixture(QStringLiteral("generic/dpkg.log"));
    QCOMPARE(bestFormat(text.left(text.indexOf('\n'))), QStringLiteral("generic"));
    const auto records = parseText(GenericTimestampFormat(), text);
    QCOMPARE(records.size(), 300);
    QCOMPARE(unparsedCount(records), 0);
    QCOMPARE(records.front().at.value_or(-1), utc("2025-06-24T14:36:25Z"));
    QCOMPARE(records.front().message, QStringLiteral("startup archives unpack"));
    QCOMPARE(records.back().at.value_or(-1), utc("2025-06-24T14:36:42Z"));
}

void TestGenericTimestampFormat::notTimestamps_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("counter") << QByteArray("12345 items processed");
    QTest::newRow("old epoch") << QByteArray("0123456789 x");
    QTest::newRow("glued") << QByteArray("2024-08-10T19:00:01Zabc");
    QTest::newRow("bad month") << QByteArray("Foo 10 19:00:01 x");
    QTest::newRow("feb 30") << QByteArray("2024-02-30 19:00:01 x");
    QTest::newRow("truncated") << QByteArray("2024-08-10 19:0");
    QTest::newRow("month only") << QByteArray("Aug 10");
    QTest::newRow("json") << QByteArray(R"({"time":"2024-08-10T19:00:01Z"})");
    QTest::newRow("time past 64 bytes") << QByteArray(70, 'x') + " 2024-08-10 19:00:01";
    QTest::newRow("inside a word") << QByteArray("id=abc2024-08-10 19:00:01 x");
    QTest::newRow("six digits, no clock") << QByteArray("081109 x 203518");
    QTest::newRow("epoch 1999") << QByteArray("pid 915148799 exited");
    QTest::newRow("epoch glued to digits") << QByteArray("x 17233164011 y");
}

void TestGenericTimestampFormat::notTimestamps()
{
    QFETCH(QByteArray, line);
    QCOMPARE(GenericTimestampFormat().matchLine(line), 0.0);
    const auto records = parseText(GenericTimestampFormat(), line);
    QCOMPARE(records.size(), 1);
    QVERIFY(records.front().unparsed);
}

void TestGenericTimestampFormat::scoresStayLow()
{
    GenericTimestampFormat format;
    QCOMPARE(format.specificity(), 0);
    for (const QString& sample : format.samples()) {
        const double score = format.matchLine(sample.toUtf8());
        QVERIFY(score >= 0.3 && score <= 0.5);
    }
}

void TestGenericTimestampFormat::samples()
{
    checkSamples(GenericTimestampFormat());
}

void TestGenericTimestampFormat::ranking_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("format");
    QTest::newRow("generic") << QByteArray("2024-08-10 19:00:01 hello") << "generic";
    QTest::newRow("log4j wins") << QByteArray("2024-08-10 19:00:01,000 ERROR [main] c.e.A - x") << "log4j";
    QTest::newRow("cri wins") << QByteArray("2024-08-10T19:00:01Z stdout F x") << "kubernetes-cri";
    QTest::newRow("logfmt wins") << QByteArray("ts=2024-08-10T19:00:01Z level=info msg=x") << "logfmt";
}

void TestGenericTimestampFormat::ranking()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, format);
    QCOMPARE(bestFormat(line), format);
}

QTEST_GUILESS_MAIN(TestGenericTimestampFormat)
#include "TestGenericTimestampFormat.moc"
