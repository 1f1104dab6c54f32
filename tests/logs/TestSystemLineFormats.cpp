// SPDX-License-Identifier: GPL-3.0-or-later
// The formats of one line per entry with a fixed header, from Loghub's real samples: Windows CBS,
// OpenStack (oslo.log) and HDFS. One table for the three: each row names its format, so that a
// line of one format is also checked to be refused by the others.
#include "HdfsFormat.h"
#include "OsloLogFormat.h"
#include "StructuredLogTestSupport.h"
#include "WindowsCbsFormat.h"

#include <QTest>

using namespace debrief;
using namespace debrief::test;

namespace {

std::vector<std::unique_ptr<LogFormat>> systemFormats()
{
    std::vector<std::unique_ptr<LogFormat>> formats;
    formats.push_back(std::make_unique<WindowsCbsFormat>());
    formats.push_back(std::make_unique<OsloLogFormat>());
    formats.push_back(std::make_unique<HdfsFormat>());
    return formats;
}

} // namespace

class TestSystemLineFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lines_data();
    void lines();
    void continuations();
    void malformed_data();
    void malformed();
};

void TestSystemLineFormats::lines_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<qint64>("at");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("fields");
    QTest::newRow("cbs info") << "windows-cbs"
                              << QByteArray("2016-09-28 04:30:30, Info                  CBS    Loaded Servicing Stack")
                              << utc("2016-09-28T04:30:30Z") << int(LogLevel::Info) << "CBS" << "Loaded Servicing Stack"
                              << "";
    QTest::newRow("cbs error") << "windows-cbs"
                               << QByteArray("2016-09-28 04:30:31, Error                 CSI    00000001 failed 0x80070002")
                               << utc("2016-09-28T04:30:31Z") << int(LogLevel::Error) << "CSI"
                               << "00000001 failed 0x80070002" << "";
    QTest::newRow("oslo with file") << "openstack"
                                    << QByteArray("nova-api.log.1.2017-05-16_13:53:08 2017-05-16 00:00:00.008 25746 INFO "
                                                  "nova.osapi_compute.wsgi.server [req-38101a0b-2096 113d3a99 54fadb41 - - -] "
                                                  "10.11.10.1 \"GET /v2/servers/detail HTTP/1.1\" status: 200")
                                    << utc("2017-05-16T00:00:00.008Z") << int(LogLevel::Info)
                                    << "nova.osapi_compute.wsgi.server"
                                    << "10.11.10.1 \"GET /v2/servers/detail HTTP/1.1\" status: 200"
                                    << R"({"pid":"25746","request_id":"req-38101a0b-2096","file":"nova-api.log.1.2017-05-16_13:53:08"})";
    QTest::newRow("oslo warning") << "openstack"
                                  << QByteArray("2017-05-16 00:00:04.500 2931 WARNING nova.compute.manager [-] [instance: "
                                                "b9000564] VM Paused")
                                  << utc("2017-05-16T00:00:04.500Z") << int(LogLevel::Warning) << "nova.compute.manager"
                                  << "[instance: b9000564] VM Paused" << R"({"pid":"2931"})";
    QTest::newRow("hdfs") << "hdfs"
                          << QByteArray("081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block "
                                        "blk_38865049064139660 terminating")
                          << utc("2008-11-09T20:36:15Z") << int(LogLevel::Info) << "dfs.DataNode$PacketResponder"
                          << "PacketResponder 1 for block blk_38865049064139660 terminating" << R"({"thread":"148"})";
    QTest::newRow("hdfs warn") << "hdfs" << QByteArray("081109 213639 26 WARN dfs.FSDataset: Unexpected error trying to delete")
                               << utc("2008-11-09T21:36:39Z") << int(LogLevel::Warning) << "dfs.FSDataset"
                               << "Unexpected error trying to delete" << R"({"thread":"26"})";
}

void TestSystemLineFormats::lines()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, line);
    QFETCH(qint64, at);
    QFETCH(int, level);
    QFETCH(QString, service);
    QFETCH(QString, message);
    QFETCH(QString, fields);
    for (const auto& candidate : systemFormats()) {
        if (candidate->name() != format) {
            QCOMPARE(candidate->matchLine(line), 0.0);
            continue;
        }
        QCOMPARE(candidate->matchLine(line), 1.0);
        const auto records = parseText(*candidate, line);
        QCOMPARE(records.size(), 1);
        QVERIFY(!records[0].unparsed);
        QCOMPARE(records[0].at, std::optional<qint64>(at));
        QCOMPARE(int(records[0].level), level);
        QCOMPARE(records[0].service, service);
        QCOMPARE(records[0].message, message);
        QCOMPARE(records[0].fields, fields);
    }
}

void TestSystemLineFormats::continuations()
{
    // A Java stack trace after an HDFS line, a CSI dump after a CBS line: lines without the header.
    const auto hdfs = parseText(HdfsFormat(), "081109 213639 26 WARN dfs.FSDataset: failed\njava.io.IOException: x\n"
                                              "\tat org.apache.hadoop.dfs.FSDataset.invalidate(FSDataset.java:1)");
    QCOMPARE(hdfs.size(), 1);
    QCOMPARE(hdfs[0].message.count(u'\n'), 2);
    const auto cbs = parseText(WindowsCbsFormat(), "2016-09-28 04:30:31, Info                  CSI    dump:\n"
                                                   "  Flags = 0x1\n2016-09-28 04:30:32, Info                  CBS    next");
    QCOMPARE(cbs.size(), 2);
}

void TestSystemLineFormats::malformed_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("cbs without comma") << QByteArray("2016-09-28 04:30:30 Info                  CBS    x");
    QTest::newRow("cbs unknown level") << QByteArray("2016-09-28 04:30:30, Debug   CBS    x");
    QTest::newRow("oslo no millis") << QByteArray("2017-05-16 00:00:00 25746 INFO nova.api x");
    QTest::newRow("oslo pid not a number") << QByteArray("2017-05-16 00:00:00.008 abc INFO nova.api x");
    QTest::newRow("oslo bad level") << QByteArray("2017-05-16 00:00:00.008 25746 LOUD nova.api x");
    QTest::newRow("hdfs no colon") << QByteArray("081109 203615 148 INFO dfs.DataNode terminating");
    QTest::newRow("hdfs bad clock") << QByteArray("081109 256615 148 INFO dfs.DataNode: x");
    QTest::newRow("hdfs no thread") << QByteArray("081109 203615 INFO dfs.DataNode: x");
}

void TestSystemLineFormats::malformed()
{
    QFETCH(QByteArray, line);
    for (const auto& format : systemFormats()) {
        QCOMPARE(format->matchLine(line), 0.0);
        const auto records = parseText(*format, line);
        QCOMPARE(records.size(), 1);
        QVERIFY(records[0].unparsed);
    }
}

QTEST_GUILESS_MAIN(TestSystemLineFormats)
#include "TestSystemLineFormats.moc"
