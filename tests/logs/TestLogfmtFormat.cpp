// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogfmtFormat.h"
#include "StructuredLogTestSupport.h"

#include <QTest>

using namespace debrief;
using namespace debrief::test;

class TestLogfmtFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lines_data();
    void lines();
    void fixtures_data();
    void fixtures();
    void continuation();
    void malformed_data();
    void malformed();
    void samples();
    void ranking_data();
    void ranking();
};

void TestLogfmtFormat::lines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<qint64>("at");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("fields");

    const qint64 t0 = utc("2024-08-10T19:00:01Z");
    QTest::newRow("brief example") << QByteArray(
        R"(time=2024-08-10T19:00:01Z level=error msg="pool exhausted" service=auth key=value key2="quoted \" value")")
                                   << t0 << int(LogLevel::Error) << "pool exhausted"
                                   << ""
                                   << "auth"
                                   << R"({"key":"value","key2":"quoted \" value"})";
    QTest::newRow("ts lvl message") << QByteArray("ts=2024-08-10T19:00:01.250Z lvl=warn message=short") << t0 + 250
                                    << int(LogLevel::Warning) << "short"
                                    << ""
                                    << ""
                                    << "";
    QTest::newRow("t epoch") << QByteArray("t=1723316401 level=debug msg=x") << t0 << int(LogLevel::Debug) << "x"
                             << ""
                             << ""
                             << "";
    QTest::newRow("small t is no time") << QByteArray("t=5 level=info msg=x") << qint64(-1) << int(LogLevel::Info)
                                        << "x"
                                        << ""
                                        << ""
                                        << R"({"t":"5"})";
    QTest::newRow("logrus quoted time") << QByteArray(R"(time="2024-08-10T21:00:01+02:00" level=info msg="a b")") << t0
                                        << int(LogLevel::Info) << "a b"
                                        << ""
                                        << ""
                                        << "";
    QTest::newRow("no zone uses default")
        << QByteArray("time=2024-08-10T19:00:01 level=info msg=x") << t0 << int(LogLevel::Info) << "x"
        << ""
        << ""
        << "";
    QTest::newRow("bare key") << QByteArray("level=info msg=x cached") << qint64(-1) << int(LogLevel::Info) << "x"
                              << ""
                              << ""
                              << R"({"cached":true})";
    QTest::newRow("empty value") << QByteArray("level=info msg= user=") << qint64(-1) << int(LogLevel::Info) << ""
                                 << ""
                                 << ""
                                 << R"({"user":""})";
    QTest::newRow("escapes") << QByteArray(R"(level=info msg="line1\nline2\ttab \\ back")") << qint64(-1)
                             << int(LogLevel::Info) << "line1\nline2\ttab \\ back"
                             << ""
                             << ""
                             << "";
    QTest::newRow("host and component") << QByteArray("level=info host=web-1 component=tsdb msg=compacted")
                                        << qint64(-1) << int(LogLevel::Info) << "compacted"
                                        << "web-1"
                                        << "tsdb"
                                        << "";
    QTest::newRow("msg beats message") << QByteArray("message=second level=info msg=first") << qint64(-1)
                                       << int(LogLevel::Info) << "first"
                                       << ""
                                       << ""
                                       << R"({"message":"second"})";
    QTest::newRow("bad level kept") << QByteArray("level=loud msg=x") << qint64(-1) << int(LogLevel::Info) << "x"
                                    << ""
                                    << ""
                                    << R"({"level":"loud"})";
    QTest::newRow("bad time kept") << QByteArray("time=yesterday level=info msg=x") << qint64(-1) << int(LogLevel::Info)
                                   << "x"
                                   << ""
                                   << ""
                                   << R"({"time":"yesterday"})";
    QTest::newRow("no msg: line") << QByteArray("level=info collector=xfs") << qint64(-1) << int(LogLevel::Info)
                                  << "level=info collector=xfs"
                                  << ""
                                  << ""
                                  << R"({"collector":"xfs"})";
}

void TestLogfmtFormat::lines()
{
    QFETCH(QByteArray, line);
    QFETCH(qint64, at);
    QFETCH(int, level);
    QFETCH(QString, message);
    QFETCH(QString, host);
    QFETCH(QString, service);
    QFETCH(QString, fields);
    const auto records = parseText(LogfmtFormat(), line);
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

void TestLogfmtFormat::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::addColumn<int>("warnings");
    QTest::addColumn<int>("errors");
    QTest::newRow("node exporter") << "logfmt/node-exporter.log" << 117 << utc("2026-11-24T10:55:50.459Z")
                                   << utc("2026-11-24T10:55:54.478Z") << 2 << 3;
    QTest::newRow("logrus text") << "logfmt/logrus-text.log" << 5 << utc("2026-11-24T10:55:09Z")
                                 << utc("2026-11-24T10:55:09Z") << 1 << 1;
}

void TestLogfmtFormat::fixtures()
{
    QFETCH(QString, file);
    QFETCH(int, count);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    QFETCH(int, warnings);
    QFETCH(int, errors);
    const QByteArray text = readFixture(file);
    QCOMPARE(bestFormat(text.left(text.indexOf('\n'))), QStringLiteral("logfmt"));
    const auto records = parseText(LogfmtFormat(), text);
    QCOMPARE(records.size(), count);
    QCOMPARE(unparsedCount(records), 0);
    QCOMPARE(records.front().at.value_or(-1), first);
    QCOMPARE(records.back().at.value_or(-1), last);
    int seenWarnings = 0;
    int seenErrors = 0;
    for (const auto& r : records) {
        QVERIFY(r.at.has_value());
        seenWarnings += r.level == LogLevel::Warning ? 1 : 0;
        seenErrors += r.level == LogLevel::Error ? 1 : 0;
    }
    QCOMPARE(seenWarnings, warnings);
    QCOMPARE(seenErrors, errors);
}

void TestLogfmtFormat::continuation()
{
    const QByteArray text = "level=error msg=panicked\n"
                            "\tgoroutine 1 [running]:\n"
                            "level=info msg=next\n";
    const auto records = parseText(LogfmtFormat(), text);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].message, QStringLiteral("panicked\n\tgoroutine 1 [running]:"));
}

void TestLogfmtFormat::malformed_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("unterminated quote") << QByteArray(R"(level=info msg="cut off)");
    QTest::newRow("prose") << QByteArray("the server said a=b and left");
    QTest::newRow("json") << QByteArray(R"({"level":"info"})");
    QTest::newRow("starts with =") << QByteArray("=x level=info");
    QTest::newRow("quote in key") << QByteArray(R"(le"vel=info msg=x)");
    QTest::newRow("single pair") << QByteArray("level=info");
}

void TestLogfmtFormat::malformed()
{
    QFETCH(QByteArray, line);
    const auto records = parseText(LogfmtFormat(), line);
    QCOMPARE(records.size(), 1);
    QVERIFY(records.front().unparsed);
    QCOMPARE(records.front().message, QString::fromUtf8(line));
}

void TestLogfmtFormat::samples()
{
    checkSamples(LogfmtFormat());
}

void TestLogfmtFormat::ranking_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("format");
    QTest::newRow("time first") << QByteArray("time=2024-08-10T19:00:01Z level=info msg=x") << "logfmt";
    QTest::newRow("unknown keys") << QByteArray("a=1 b=2 c=3") << "logfmt";
    QTest::newRow("generic with pairs") << QByteArray("2024-08-10 19:00:01 a=1 b=2 c=3 d=4") << "generic";
    QTest::newRow("log4j with pairs") << QByteArray("2024-08-10 19:00:01,000 INFO [main] c.e.A - a=1 b=2") << "log4j";
}

void TestLogfmtFormat::ranking()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, format);
    QCOMPARE(bestFormat(line), format);
}

QTEST_GUILESS_MAIN(TestLogfmtFormat)
#include "TestLogfmtFormat.moc"
