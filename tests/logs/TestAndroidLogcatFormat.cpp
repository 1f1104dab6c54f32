// SPDX-License-Identifier: GPL-3.0-or-later
// logcat on real lines (Loghub's Android_2k.log, threadtime) in its three layouts, and malformed ones.
#include "AndroidLogcatFormat.h"
#include "StructuredLogTestSupport.h"

#include <QTest>

using namespace debrief;
using namespace debrief::test;

class TestAndroidLogcatFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lines_data();
    void lines();
    void bufferBannerIsNoEntry();
    void malformed_data();
    void malformed();
};

void TestAndroidLogcatFormat::lines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<std::optional<qint64>>("at");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("fields");
    QTest::newRow("threadtime") << QByteArray("03-17 16:13:38.811  1702  2395 D WindowManager: printFreezingDisplayLogs")
                                << std::optional<qint64>(utc("2024-03-17T16:13:38.811Z")) << int(LogLevel::Debug)
                                << "WindowManager" << "printFreezingDisplayLogs" << R"({"pid":"1702","tid":"2395"})";
    QTest::newRow("threadtime verbose") << QByteArray("03-17 16:13:38.839  1702  2113 V WindowManager: Skipping")
                                        << std::optional<qint64>(utc("2024-03-17T16:13:38.839Z")) << int(LogLevel::Trace)
                                        << "WindowManager" << "Skipping" << R"({"pid":"1702","tid":"2113"})";
    QTest::newRow("with year, assert") << QByteArray("2023-03-17 16:13:38.811  1702  2395 A libc: Fatal signal 6")
                                       << std::optional<qint64>(utc("2023-03-17T16:13:38.811Z"))
                                       << int(LogLevel::Critical) << "libc" << "Fatal signal 6"
                                       << R"({"pid":"1702","tid":"2395"})";
    QTest::newRow("time") << QByteArray("03-17 16:13:38.935 W/ActivityManager( 1702): getRunningAppProcesses")
                          << std::optional<qint64>(utc("2024-03-17T16:13:38.935Z")) << int(LogLevel::Warning)
                          << "ActivityManager" << "getRunningAppProcesses" << R"({"pid":"1702"})";
    QTest::newRow("brief") << QByteArray("E/AndroidRuntime( 4711): FATAL EXCEPTION: main") << std::optional<qint64>()
                           << int(LogLevel::Error) << "AndroidRuntime" << "FATAL EXCEPTION: main" << R"({"pid":"4711"})";
}

void TestAndroidLogcatFormat::lines()
{
    QFETCH(QByteArray, line);
    QFETCH(std::optional<qint64>, at);
    QFETCH(int, level);
    QFETCH(QString, tag);
    QFETCH(QString, message);
    QFETCH(QString, fields);
    LogParseContext context;
    context.defaultYear = 2024;
    const auto records = parseText(AndroidLogcatFormat(), line, context);
    QCOMPARE(records.size(), 1);
    QVERIFY(!records[0].unparsed);
    QCOMPARE(records[0].at, at);
    QCOMPARE(int(records[0].level), level);
    QCOMPARE(records[0].service, tag);
    QCOMPARE(records[0].message, message);
    QCOMPARE(records[0].fields, fields);
}

void TestAndroidLogcatFormat::bufferBannerIsNoEntry()
{
    const auto records = parseText(AndroidLogcatFormat(), "--------- beginning of main\n"
                                                          "03-17 16:13:38.811  1702  2395 D WindowManager: x");
    QCOMPARE(records.size(), 2);
    QVERIFY(records[0].nonEntry);
    QVERIFY(!records[1].unparsed);
}

void TestAndroidLogcatFormat::malformed_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("month 13") << QByteArray("13-17 16:13:38.811  1702  2395 D WindowManager: x");
    QTest::newRow("level X") << QByteArray("03-17 16:13:38.811  1702  2395 X WindowManager: x");
    QTest::newRow("no tid") << QByteArray("03-17 16:13:38.811  1702 D WindowManager: x");
    QTest::newRow("no tag colon") << QByteArray("03-17 16:13:38.811  1702  2395 D WindowManager x");
    QTest::newRow("brief without pid") << QByteArray("D/WindowManager(): x");
    QTest::newRow("feb 30") << QByteArray("02-30 16:13:38.811  1702  2395 D WindowManager: x");
    QTest::newRow("cut") << QByteArray("03-17 16:13:38.8");
}

void TestAndroidLogcatFormat::malformed()
{
    QFETCH(QByteArray, line);
    QCOMPARE(AndroidLogcatFormat().matchLine(line), 0.0);
    const auto records = parseText(AndroidLogcatFormat(), line);
    QCOMPARE(records.size(), 1);
    QVERIFY(records[0].unparsed);
}

QTEST_GUILESS_MAIN(TestAndroidLogcatFormat)
#include "TestAndroidLogcatFormat.moc"
