// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvTestSupport.h"

#include <cmath>

using namespace debrief;
using namespace debrief::csvtest;

class TestGenericCsvFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sample();
    void fixtures_data();
    void fixtures();
    void sadfColumns();
    void timeColumn_data();
    void timeColumn();
    void unparseableNumbers();
    void badInput_data();
    void badInput();
    void hugeLine();
    void binaryGarbage();

private:
    GenericCsvFormat m_format;
};

void TestGenericCsvFormat::sample()
{
    const QByteArray sample = m_format.sample().toUtf8();
    QCOMPARE(detect(sample), m_format.name());
    const MetricParseResult result = m_format.parse(sample, {});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.series.size(), 2); // host is text
    QCOMPARE(pointCount(result), 6);
}

void TestGenericCsvFormat::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("series");
    QTest::addColumn<qint64>("points");
    QTest::addColumn<qint64>("gaps");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    // sadf -d: hostname is text; interval, CPU and six percentages are series; " UTC" times.
    QTest::newRow("sadf -d -u") << "csv/sadf-cpu.csv" << 8 << qint64(240) << qint64(0) << utc("2026-11-24T11:35:44Z")
                                << utc("2026-11-24T11:36:13Z");
    // vmstat -t as TSV: 17 columns, the time column last.
    QTest::newRow("vmstat tsv") << "csv/vmstat.tsv" << 17 << qint64(204) << qint64(0) << utc("2026-11-24T11:40:20Z")
                                << utc("2026-11-24T11:40:31Z");
    // sqlite3 -csv: the time column "sampled_at" found by content; NULL is an empty cell.
    QTest::newRow("sqlite3 -csv") << "csv/sqlite-requests.csv" << 2 << qint64(40) << qint64(4)
                                  << utc("2024-08-10T19:00:00Z") << utc("2024-08-10T19:09:30Z");
}

void TestGenericCsvFormat::fixtures()
{
    QFETCH(QString, file);
    QFETCH(int, series);
    QFETCH(qint64, points);
    QFETCH(qint64, gaps);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    const QByteArray bytes = fixture(file);
    QCOMPARE(detect(bytes), m_format.name());
    const MetricParseResult result = m_format.parse(bytes, {});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.series.size(), series);
    QCOMPARE(pointCount(result), points);
    QCOMPARE(result.gaps, gaps);
    QCOMPARE(result.series.first().points.first().at, first);
    QCOMPARE(result.series.last().points.last().at, last);
}

void TestGenericCsvFormat::sadfColumns()
{
    const MetricParseResult result = m_format.parse(fixture(QStringLiteral("csv/sadf-cpu.csv")), {});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.series.at(0).name, QStringLiteral("interval"));
    QCOMPARE(result.series.at(2).name, QStringLiteral("%user"));
    QCOMPARE(result.series.at(2).points.first().value, 95.0);
    QCOMPARE(result.series.at(2).points.last().value, 92.5);
    QVERIFY(hasDiagnostic(result, QStringLiteral("\"hostname\" holds text"), 2));
}

void TestGenericCsvFormat::timeColumn_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<QString>("series");
    const qint64 t0 = utc("2024-08-10T19:00:00Z");
    QTest::newRow("by name, epoch s") << QByteArray("v,TS\n1,1723316400\n") << t0 << "v";
    QTest::newRow("by name, epoch ms") << QByteArray("Timestamp;v\n1723316400000;1\n") << t0 << "v";
    QTest::newRow("@timestamp") << QByteArray("@timestamp,v\n2024-08-10T21:00:00+02:00,1\n") << t0 << "v";
    QTest::newRow("by content") << QByteArray("n,when,v\n5,2024-08-10 19:00:00,1\n") << t0 << "n";
    QTest::newRow("date only") << QByteArray("date,v\n2024-08-10,1\n") << utc("2024-08-10T00:00:00Z") << "v";
    QTest::newRow("fraction") << QByteArray("time,v\n2024-08-10T19:00:00.250Z,1\n") << t0 + 250 << "v";
    QTest::newRow("quoted header, BOM") << QByteArray("\xEF\xBB\xBF\"time\",\"v\"\r\n\"2024-08-10T19:00:00Z\",1\r\n")
                                        << t0 << "v";
}

void TestGenericCsvFormat::timeColumn()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, first);
    QFETCH(QString, series);
    const MetricParseResult result = m_format.parse(input, {});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.series.first().name, series);
    QCOMPARE(result.series.first().points.first().at, first);
}

void TestGenericCsvFormat::unparseableNumbers()
{
    const QByteArray csv = "time,v\n1723316400,1\n1723316401,oops\n1723316402,3\n";
    const MetricParseResult result = m_format.parse(csv, {});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.series.at(0).points.size(), 3);
    QVERIFY(std::isnan(result.series.at(0).points.at(1).value));
    QCOMPARE(result.gaps, 1);
    QVERIFY(hasDiagnostic(result, QStringLiteral("column \"v\": not a number"), 3));
}

void TestGenericCsvFormat::badInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << 0 << "empty";
    QTest::newRow("blank lines only") << QByteArray("\n\r\n\n") << 0 << "empty";
    QTest::newRow("no time column") << QByteArray("a,b\n1,2\n3,4\n") << 1 << "no time column";
    QTest::newRow("one column") << QByteArray("time\n1723316400\n") << 1 << "at least one value column";
    QTest::newRow("mixed column counts") << QByteArray("time,a,b\n1723316400,1,2\n1723316401,1,2,3\n") << 3
                                         << "4 fields, the header has 3";
    QTest::newRow("mostly not numbers") << QByteArray("time,a\n1723316400,1\n1723316401,x\n1723316402,y\n") << 3
                                        << "mostly not numbers";
    QTest::newRow("unterminated quote") << QByteArray("time,a\n1723316400,\"1\n") << 2 << "never closed";
    QTest::newRow("times unreadable") << QByteArray("time,a\nmonday,1\ntuesday,2\n") << 2 << "no readable time";
}

void TestGenericCsvFormat::badInput()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(QString, message);
    const MetricParseResult result = m_format.parse(input, {});
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
    QCOMPARE(result.errorLine, line);
}

void TestGenericCsvFormat::hugeLine()
{
    const QByteArray csv = "time,a\n1723316400,1\n1723316401," + QByteArray(5 * 1024 * 1024, '7') + "\n";
    const MetricParseResult result = m_format.parse(csv, {});
    QVERIFY(result.ok);
    QCOMPARE(result.series.at(0).points.size(), 2);
    QVERIFY(std::isnan(result.series.at(0).points.at(1).value)); // not a number we can hold: a gap
}

void TestGenericCsvFormat::binaryGarbage()
{
    QByteArray garbage;
    quint32 x = 7;
    for (int i = 0; i < 200000; ++i) {
        x = x * 1664525u + 1013904223u;
        garbage.append(char(x >> 24));
    }
    QCOMPARE(m_format.match(garbage), 0.0);
    const MetricParseResult result = m_format.parse(garbage, {});
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestGenericCsvFormat)
#include "TestGenericCsvFormat.moc"
