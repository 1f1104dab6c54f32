// SPDX-License-Identifier: GPL-3.0-or-later
// CSV exports of Splunk, Datadog and Kibana (tests/data/logs/csv-exports/, provenance in the README
// there), detection against the CSV metric formats, and rows that are no entries.
#include "CsvLogFormat.h"
#include "ImportKindDetector.h"
#include "LogFormatRegistry.h"
#include "StructuredLogTestSupport.h"

#include <QTest>

using namespace debrief;
using namespace debrief::test;

namespace {

QList<QByteArray> linesOf(const QByteArray& text)
{
    QList<QByteArray> lines;
    for (const QByteArray& line : text.split('\n')) {
        if (!line.trimmed().isEmpty())
            lines << line;
    }
    return lines;
}

QVector<LogRecord> entriesOf(const QVector<LogRecord>& records)
{
    QVector<LogRecord> entries;
    for (const LogRecord& record : records) {
        if (!record.nonEntry)
            entries << record;
    }
    return entries;
}

} // namespace

class TestCsvLogFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splunk();
    void datadogLogExplorer();
    void datadogMultiLineMessage();
    void datadogJsonValues();
    void kibana();
    void textColumns();
    void detection_data();
    void detection();
    void metricsCsvIsNoLog();
    void malformed_data();
    void malformed();
};

void TestCsvLogFormat::splunk()
{
    const auto records = parseText(CsvLogFormat(), readFixture(QStringLiteral("csv-exports/splunk-sdk-export.csv")));
    QCOMPARE(records.size(), 2);
    QVERIFY(records[0].nonEntry); // the header
    const LogRecord& entry = records[1];
    QVERIFY(!entry.unparsed);
    QCOMPARE(entry.line, 2); // the row spans lines 2 and 3: "_si" holds a line break
    QCOMPARE(entry.at, std::optional<qint64>(utc("2013-09-11T23:03:33.463Z")));
    QCOMPARE(entry.timeText, QStringLiteral("2013-09-11T16:03:33.463-07:00"));
    QVERIFY(entry.message.startsWith(QStringLiteral("09-11-2013 16:03:33.463 -0700 INFO Metrics - group=tpool")));
    QCOMPARE(entry.host, QStringLiteral("TESTBOX-mbp15.local"));
    QCOMPARE(entry.service, QStringLiteral("splunkd"));
    QCOMPARE(entry.level, LogLevel::Info);
    const QJsonObject fields = fieldsOf(entry);
    QCOMPARE(fields.value(QStringLiteral("source")).toString(),
             QStringLiteral("/Applications/splunk/var/log/splunk/metrics.log"));
    QCOMPARE(fields.value(QStringLiteral("_si")).toString(), QStringLiteral("TESTBOX-mbp15.local\n_internal"));
    QVERIFY(fields.value(QStringLiteral("_time")).isUndefined());
}

void TestCsvLogFormat::datadogLogExplorer()
{
    const auto entries
        = entriesOf(parseText(CsvLogFormat(), readFixture(QStringLiteral("csv-exports/datadog-log-explorer.csv"))));
    QCOMPARE(entries.size(), 2);
    QCOMPARE(unparsedCount(entries), 0);
    // Datadog exports the newest first, as the explorer lists them.
    QCOMPARE(entries[0].at, std::optional<qint64>(utc("2026-07-29T04:56:54.349Z")));
    QCOMPARE(entries[1].at, std::optional<qint64>(utc("2026-07-29T04:56:37.339Z")));
    QCOMPARE(
        entries[0].message,
        QStringLiteral(
            R"(INFO Synced peers: "200", finalized_epoch: 112207, epoch: 112207, block: "0xabcd", slot: 3590634)"));
    QCOMPARE(entries[0].host, QStringLiteral("redacted-host"));
    QCOMPARE(entries[0].service, QStringLiteral("eth-staking"));
    QCOMPARE(entries[1].line, 3);
}

void TestCsvLogFormat::datadogMultiLineMessage()
{
    const auto entries
        = entriesOf(parseText(CsvLogFormat(), readFixture(QStringLiteral("csv-exports/datadog-status.csv"))));
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].level, LogLevel::Error); // the Status column
    QCOMPARE(entries[1].message, QStringLiteral("First line\nanother line"));
    QCOMPARE(entries[1].line, 3);
    QCOMPARE(entries[1].at, std::optional<qint64>(utc("2019-02-11T12:13:57.917Z")));
}

void TestCsvLogFormat::datadogJsonValues()
{
    const auto entries
        = entriesOf(parseText(CsvLogFormat(), readFixture(QStringLiteral("csv-exports/datadog-attributes.csv"))));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].host, QStringLiteral("ip-20-130-20-188.us-east-2.compute.internal-us-140-prod-app"));
    QCOMPARE(entries[0].service, QStringLiteral("consul-dataplane"));
    QCOMPARE(entries[0].message, QStringLiteral("c-ares library cleaned up."));
    QCOMPARE(fieldsOf(entries[0]).value(QStringLiteral("@@module")).toString(), QStringLiteral("envoy.dns"));
}

void TestCsvLogFormat::kibana()
{
    const auto entries
        = entriesOf(parseText(CsvLogFormat(), readFixture(QStringLiteral("csv-exports/kibana-discover.csv"))));
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].at, std::optional<qint64>(utc("2026-07-01T10:00:00.000Z")));
    QCOMPARE(entries[1].at, std::optional<qint64>(utc("2026-07-01T11:00:00.000Z")));
    QCOMPARE(entries[0].host, QStringLiteral("WKS0421"));
    QCOMPARE(entries[0].message, QStringLiteral("Process started by CORP\\m.rossi from 10.20.30.40"));
    QCOMPARE(fieldsOf(entries[0]).value(QStringLiteral("user.name")).toString(), QStringLiteral("m.rossi"));

    // An ISO dateFormat, a zone given by --timezone, a level word in the message.
    LogParseContext context;
    context.defaultOffsetSeconds = 7200;
    const auto iso = entriesOf(parseText(CsvLogFormat(),
                                         "@timestamp,host.name,message\n"
                                         "2026-07-01 12:00:00.250,WKS0423,WARNING: password expires\n",
                                         context));
    QCOMPARE(iso.size(), 1);
    QCOMPARE(iso[0].at, std::optional<qint64>(utc("2026-07-01T10:00:00.250Z")));
    QCOMPARE(iso[0].level, LogLevel::Warning);
}

void TestCsvLogFormat::textColumns()
{
    // A CSV that an application or a spreadsheet wrote: time, level, component, text.
    const auto entries = entriesOf(parseText(CsvLogFormat(),
                                             "time,level,component,text\n"
                                             "2024-08-10T19:00:01Z,INFO,api,request served\n"
                                             "2024-08-10T19:00:02Z,ERROR,db,connection refused\n"));
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[1].level, LogLevel::Error);
    QCOMPARE(entries[1].service, QStringLiteral("db"));
    QCOMPARE(entries[1].message, QStringLiteral("connection refused"));
    QCOMPARE(entries[1].fields, QString());
}

void TestCsvLogFormat::detection_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("splunk") << "csv-exports/splunk-sdk-export.csv";
    QTest::newRow("datadog") << "csv-exports/datadog-log-explorer.csv";
    QTest::newRow("datadog status") << "csv-exports/datadog-status.csv";
    QTest::newRow("datadog attributes") << "csv-exports/datadog-attributes.csv";
    QTest::newRow("kibana") << "csv-exports/kibana-discover.csv";
}

void TestCsvLogFormat::detection()
{
    QFETCH(QString, fixture);
    const QByteArray text = readFixture(fixture);
    const LogFormatDetection detection = LogFormatRegistry::builtIn().detect(linesOf(text));
    QVERIFY2(detection.format, qPrintable(detection.error));
    QCOMPARE(detection.format->name(), QStringLiteral("csv-log"));
    // Splunk's numeric columns (_indextime, linecount) make no metrics export of it.
    const ImportKindDetection kind = ImportKindDetector::detectBytes(text, LogFormatRegistry::builtIn());
    QCOMPARE(int(kind.kind), int(ImportKind::Log));
}

void TestCsvLogFormat::metricsCsvIsNoLog()
{
    // A time column beside numbers, no message column: metrics, as before.
    const QByteArray metrics = "time,cpu,memory\n2024-08-10T19:00:00Z,0.5,120\n2024-08-10T19:01:00Z,0.7,121\n";
    QCOMPARE(CsvLogFormat().matchDocument(metrics), std::optional<double>(0.0));
    QCOMPARE(int(ImportKindDetector::detectBytes(metrics, LogFormatRegistry::builtIn()).kind), int(ImportKind::Metric));
}

void TestCsvLogFormat::malformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("raw");
    QTest::addColumn<QString>("firstRaw"); // the first raw record's text, as written
    QTest::newRow("time not a time") << QByteArray("_time,_raw\nyesterday,boom\n2024-08-10T19:00:00Z,ok") << 1
                                     << "yesterday,boom";
    QTest::newRow("quote never closed") << QByteArray("_time,_raw\n2024-08-10T19:00:00Z,\"open\nand on") << 1
                                        << "2024-08-10T19:00:00Z,\"open\nand on";
    QTest::newRow("no message column") << QByteArray("_time,count\n2024-08-10T19:00:00Z,5") << 1
                                       << "2024-08-10T19:00:00Z,5";
    QTest::newRow("short row") << QByteArray("_time,host,_raw\n2024-08-10T19:00:00Z") << 0 << QString();
}

void TestCsvLogFormat::malformed()
{
    QFETCH(QByteArray, text);
    QFETCH(int, raw);
    QFETCH(QString, firstRaw);
    const auto records = parseText(CsvLogFormat(), text);
    QVERIFY(records.front().nonEntry);
    QVector<LogRecord> rawRows;
    for (const LogRecord& record : records) {
        if (record.unparsed && !record.nonEntry)
            rawRows << record;
    }
    QCOMPARE(rawRows.size(), raw);
    if (!rawRows.isEmpty()) {
        QCOMPARE(rawRows.front().message, firstRaw);
        QCOMPARE(rawRows.front().line, 2);
    }
}

QTEST_GUILESS_MAIN(TestCsvLogFormat)
#include "TestCsvLogFormat.moc"
