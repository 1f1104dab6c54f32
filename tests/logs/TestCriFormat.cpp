// SPDX-License-Identifier: GPL-3.0-or-later
#include "CriFormat.h"
#include "StructuredLogTestSupport.h"

#include <QTest>

using namespace debrief;
using namespace debrief::test;

class TestCriFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lines_data();
    void lines();
    void partialJoining();
    void interleavedStreams();
    void partialAtEndOfInput();
    void runawayPartial();
    void fixture();
    void malformed_data();
    void malformed();
    void samples();
    void ranking_data();
    void ranking();
};

void TestCriFormat::lines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<qint64>("at");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("fields");

    const qint64 t0 = utc("2024-08-10T19:00:01.000Z");
    QTest::newRow("plain stdout") << QByteArray("2024-08-10T19:00:01.123456789Z stdout F hello world") << t0 + 123
                                  << int(LogLevel::Info) << "hello world"
                                  << ""
                                  << R"({"stream":"stdout"})";
    QTest::newRow("stderr stays info") << QByteArray("2024-08-10T19:00:01Z stderr F something happened") << t0
                                       << int(LogLevel::Info) << "something happened"
                                       << ""
                                       << R"({"stream":"stderr"})";
    QTest::newRow("offset") << QByteArray("2024-08-10T21:00:01.5+02:00 stdout F x") << t0 + 500 << int(LogLevel::Info)
                            << "x"
                            << ""
                            << R"({"stream":"stdout"})";
    QTest::newRow("inner json") << QByteArray(
        R"(2024-08-10T19:00:01Z stdout F {"level":"error","ts":1,"msg":"boom","logger":"db"})")
                                << t0 << int(LogLevel::Error) << "boom"
                                << "db"
                                << R"({"stream":"stdout","ts":1})";
    QTest::newRow("inner logfmt") << QByteArray(R"(2024-08-10T19:00:01Z stderr F level=warn msg="slow query" ms=900)")
                                  << t0 << int(LogLevel::Warning) << "slow query"
                                  << ""
                                  << R"({"stream":"stderr","ms":"900"})";
    QTest::newRow("klog error") << QByteArray(
        "2024-08-10T19:00:01Z stderr F E0810 19:00:01.000000       1 x.go:1] failed")
                                << t0 << int(LogLevel::Error) << "E0810 19:00:01.000000       1 x.go:1] failed"
                                << ""
                                << R"({"stream":"stderr"})";
    QTest::newRow("empty message") << QByteArray("2024-08-10T19:00:01Z stdout F") << t0 << int(LogLevel::Info) << ""
                                   << ""
                                   << R"({"stream":"stdout"})";
    QTest::newRow("tag with colon") << QByteArray("2024-08-10T19:00:01Z stdout F:x msg") << t0 << int(LogLevel::Info)
                                    << "msg"
                                    << ""
                                    << R"({"stream":"stdout"})";
    QTest::newRow("json-looking but broken") << QByteArray(R"(2024-08-10T19:00:01Z stdout F {"level":"error")") << t0
                                             << int(LogLevel::Info) << R"({"level":"error")"
                                             << ""
                                             << R"({"stream":"stdout"})";
}

void TestCriFormat::lines()
{
    QFETCH(QByteArray, line);
    QFETCH(qint64, at);
    QFETCH(int, level);
    QFETCH(QString, message);
    QFETCH(QString, service);
    QFETCH(QString, fields);
    const auto records = parseText(CriFormat(), line);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.front().unparsed, false);
    QCOMPARE(records.front().at.value_or(-1), at);
    QCOMPARE(int(records.front().level), level);
    QCOMPARE(records.front().message, message);
    QCOMPARE(records.front().service, service);
    QCOMPARE(records.front().fields, fields);
}

void TestCriFormat::partialJoining()
{
    const QByteArray text = "2024-08-10T19:00:01.000000001Z stdout P part one, \n"
                            "2024-08-10T19:00:01.000000002Z stdout P part two, \n"
                            "2024-08-10T19:00:02.000000003Z stdout F end\n"
                            "2024-08-10T19:00:03Z stdout F next\n";
    const auto records = parseText(CriFormat(), text);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].message, QStringLiteral("part one, part two, end"));
    QCOMPARE(records[0].line, 1);
    QCOMPARE(records[0].at.value_or(-1), utc("2024-08-10T19:00:01Z"));
    QCOMPARE(records[0].timeText, QStringLiteral("2024-08-10T19:00:01.000000001Z"));
    QCOMPARE(records[1].message, QStringLiteral("next"));
    QCOMPARE(records[1].line, 4);
}

void TestCriFormat::interleavedStreams()
{
    const QByteArray text = "2024-08-10T19:00:01Z stdout P {\"level\":\"error\",\n"
                            "2024-08-10T19:00:01Z stderr F W0810 19:00:01.000000 1 a.go:1] between\n"
                            "2024-08-10T19:00:01Z stdout F \"msg\":\"joined\"}\n";
    const auto records = parseText(CriFormat(), text);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].line, 2);
    QCOMPARE(records[0].level, LogLevel::Warning);
    QCOMPARE(records[1].line, 1);
    QCOMPARE(records[1].message, QStringLiteral("joined"));
    QCOMPARE(records[1].level, LogLevel::Error);
}

void TestCriFormat::partialAtEndOfInput()
{
    const auto records = parseText(CriFormat(), "2024-08-10T19:00:01Z stderr P never ended");
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].unparsed, false);
    QCOMPARE(records[0].message, QStringLiteral("never ended"));
    QCOMPARE(records[0].fields, QStringLiteral(R"({"stream":"stderr","partial":true})"));
}

void TestCriFormat::runawayPartial()
{
    // Three 3 MiB parts exceed the 8 MiB join limit: the first two are emitted as one piece.
    const QByteArray part(3 * 1024 * 1024, 'p');
    QByteArray text;
    for (int i = 0; i < 3; ++i)
        text += "2024-08-10T19:00:01Z stdout P " + part + '\n';
    text += "2024-08-10T19:00:01Z stdout F end\n";
    const auto records = parseText(CriFormat(), text);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].message.size(), 2 * part.size());
    QVERIFY(records[0].fields.contains(QStringLiteral("partial")));
    QCOMPARE(records[1].message.size(), part.size() + 3);
    QCOMPARE(records[1].line, 3);
}

void TestCriFormat::fixture()
{
    const QByteArray text = readFixture(QStringLiteral("kubernetes-cri/containerd.log"));
    const auto records = parseText(CriFormat(), text);
    QCOMPARE(records.size(), 8);
    QCOMPARE(unparsedCount(records), 0);
    QCOMPARE(records.front().at.value_or(-1), utc("2024-08-10T19:00:00.100Z"));
    QCOMPARE(records.back().at.value_or(-1), utc("2024-08-10T19:00:08Z"));
    QList<qint64> lines;
    QList<LogLevel> levels;
    for (const auto& r : records) {
        lines << r.line;
        levels << r.level;
    }
    QCOMPARE(lines, (QList<qint64> {1, 2, 3, 5, 4, 7, 8, 9}));
    QCOMPARE(levels,
             (QList<LogLevel> {LogLevel::Info, LogLevel::Info, LogLevel::Info, LogLevel::Warning, LogLevel::Error,
                               LogLevel::Error, LogLevel::Info, LogLevel::Info}));
    QCOMPARE(records[4].message, QStringLiteral("connection pool exhausted"));
    QCOMPARE(fieldsOf(records[4]).value(QStringLiteral("waiting")).toInt(), 14);
    QCOMPARE(fieldsOf(records[5]).value(QStringLiteral("upstream")).toString(), QStringLiteral("db-1"));
    QCOMPARE(fieldsOf(records[7]).value(QStringLiteral("partial")).toBool(), true);
}

void TestCriFormat::malformed_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("no zone") << QByteArray("2024-08-10T19:00:01 stdout F x");
    QTest::newRow("space date") << QByteArray("2024-08-10 19:00:01Z stdout F x");
    QTest::newRow("bad stream") << QByteArray("2024-08-10T19:00:01Z stdio F x");
    QTest::newRow("bad tag") << QByteArray("2024-08-10T19:00:01Z stdout X x");
    QTest::newRow("tag word") << QByteArray("2024-08-10T19:00:01Z stdout Full x");
    QTest::newRow("truncated") << QByteArray("2024-08-10T19:00");
    QTest::newRow("binary") << QByteArray("\x01\x02\xff garbage", 12);
}

void TestCriFormat::malformed()
{
    QFETCH(QByteArray, line);
    const auto records = parseText(CriFormat(), line);
    QCOMPARE(records.size(), 1);
    QVERIFY(records.front().unparsed);
    QCOMPARE(records.front().message, QString::fromUtf8(line));
}

void TestCriFormat::samples()
{
    checkSamples(CriFormat());
}

void TestCriFormat::ranking_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("format");
    QTest::newRow("cri") << QByteArray("2024-08-10T19:00:01.123456789Z stdout F ERROR boom") << "kubernetes-cri";
    QTest::newRow("cri with json") << QByteArray(R"(2024-08-10T19:00:01Z stderr F {"msg":"m"})") << "kubernetes-cri";
    QTest::newRow("generic") << QByteArray("2024-08-10T19:00:01Z something stdout F") << "generic";
}

void TestCriFormat::ranking()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, format);
    QCOMPARE(bestFormat(line), format);
}

QTEST_GUILESS_MAIN(TestCriFormat)
#include "TestCriFormat.moc"
