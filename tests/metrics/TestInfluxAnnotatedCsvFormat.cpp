// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvTestSupport.h"

#include <cmath>

using namespace debrief;
using namespace debrief::csvtest;

class TestInfluxAnnotatedCsvFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sample();
    void twoTables();
    void datatypes_data();
    void datatypes();
    void badInput_data();
    void badInput();
    void detection_data();
    void detection();

private:
    InfluxAnnotatedCsvFormat m_format;
};

namespace {

const QByteArray kHead = "#datatype,string,long,dateTime:RFC3339,%1,string,string\n"
                         "#default,_result,,,%2,,\n"
                         ",result,table,_time,_value,_field,_measurement\n";

QByteArray table(const char* datatype, const char* defaultValue, const QByteArray& rows)
{
    return QString::fromLatin1(kHead).arg(QLatin1String(datatype), QLatin1String(defaultValue)).toLatin1() + rows;
}

} // namespace

void TestInfluxAnnotatedCsvFormat::sample()
{
    const QByteArray sample = m_format.sample().toUtf8();
    QCOMPARE(detect(sample), m_format.name());
    const MetricParseResult result = m_format.parse(sample, {});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.series.size(), 1);
    QCOMPARE(result.series.at(0).name, QStringLiteral("cpu_usage_user"));
    QVERIFY(result.diagnostics.isEmpty());
}

void TestInfluxAnnotatedCsvFormat::twoTables()
{
    const QByteArray bytes = fixture(QStringLiteral("influx-csv/two-tables.csv"));
    QCOMPARE(detect(bytes), m_format.name());
    const MetricParseResult result = m_format.parse(bytes, {});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.series.size(), 3);
    QCOMPARE(pointCount(result), 14);
    QCOMPARE(result.gaps, 0);
    QCOMPARE(result.series.at(0).name, QStringLiteral("cpu_usage_user"));
    QCOMPARE(labelsText(result.series.at(0).labels), QStringLiteral("cpu=cpu-total,host=db1"));
    QCOMPARE(labelsText(result.series.at(1).labels), QStringLiteral("cpu=cpu-total,host=db2"));
    QCOMPARE(result.series.at(1).points.size(), 5);
    QCOMPARE(result.series.at(1).points.last().value, 52.25);
    QCOMPARE(result.series.at(1).points.last().at, utc("2024-08-10T19:04:00Z"));
    const MetricSeriesData& mem = result.series.at(2);
    QCOMPARE(mem.name, QStringLiteral("mem_used"));
    QCOMPARE(labelsText(mem.labels), QStringLiteral("host=db1"));
    QCOMPARE(mem.points.size(), 4);
    QCOMPARE(mem.points.first().at, utc("2024-08-10T19:00:30.500Z"));
    QCOMPARE(mem.points.last().value, 8750000000.0);
    QVERIFY(result.diagnostics.isEmpty());
}

void TestInfluxAnnotatedCsvFormat::datatypes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<double>("value");
    QTest::addColumn<qint64>("gaps");
    QTest::newRow("double") << table("double", "", ",,0,2024-08-10T19:00:00Z,1.5,f,m\n") << 1.5 << qint64(0);
    QTest::newRow("long") << table("long", "", ",,0,2024-08-10T19:00:00Z,-42,f,m\n") << -42.0 << qint64(0);
    QTest::newRow("unsignedLong") << table("unsignedLong", "", ",,0,2024-08-10T19:00:00Z,18446744073709551615,f,m\n")
                                  << 18446744073709551615.0 << qint64(0);
    QTest::newRow("boolean") << table("boolean", "", ",,0,2024-08-10T19:00:00Z,true,f,m\n") << 1.0 << qint64(0);
    QTest::newRow("default fills") << table("double", "7", ",,0,2024-08-10T19:00:00Z,,f,m\n") << 7.0 << qint64(0);
    QTest::newRow("empty is a gap") << table("double", "", ",,0,2024-08-10T19:00:00Z,,f,m\n") << qQNaN() << qint64(1);
    QTest::newRow("no annotations") << QByteArray(",result,table,_time,_value,_field,_measurement\n"
                                                  ",_result,0,2024-08-10T19:00:00Z,3,f,m\n")
                                    << 3.0 << qint64(0);
    QTest::newRow("pivoted") << QByteArray("#datatype,string,long,dateTime:RFC3339,double,string\n"
                                           ",result,table,_time,f,_measurement\n,,0,2024-08-10T19:00:00Z,2.5,m\n")
                             << 2.5 << qint64(0);
}

void TestInfluxAnnotatedCsvFormat::datatypes()
{
    QFETCH(QByteArray, input);
    QFETCH(double, value);
    QFETCH(qint64, gaps);
    const MetricParseResult result = m_format.parse(input, {});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.series.size(), 1);
    QCOMPARE(result.series.at(0).name, QStringLiteral("m_f"));
    QCOMPARE(result.series.at(0).points.at(0).at, utc("2024-08-10T19:00:00Z"));
    const double got = result.series.at(0).points.at(0).value;
    if (std::isnan(value))
        QVERIFY(std::isnan(got));
    else
        QCOMPARE(got, value);
    QCOMPARE(result.gaps, gaps);
}

void TestInfluxAnnotatedCsvFormat::badInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << 0 << "empty";
    QTest::newRow("annotations only") << QByteArray("#datatype,string,long\n") << 0 << "no table header";
    QTest::newRow("query error") << QByteArray(
        "#datatype,string,string\n#group,true,true\n#default,,\n,error,reference\n"
        ",failed to parse query,897\n")
                                 << 4 << "failed to parse query";
    QTest::newRow("no _time") << QByteArray(",result,table,_value\n,,0,1\n") << 1 << "_time";
    QTest::newRow("mixed column counts") << table("double", "", ",,0,2024-08-10T19:00:00Z,1,f,m\n,,0,1\n") << 5
                                         << "4 fields";
    QTest::newRow("bad time") << table("double", "", ",,0,soon,1,f,m\n") << 4 << "not a time";
    QTest::newRow("unterminated quote") << table("double", "", ",,0,2024-08-10T19:00:00Z,1,\"f,m\n") << 4
                                        << "never closed";
    QTest::newRow("text in a double column") << table("double", "",
                                                      ",,0,2024-08-10T19:00:00Z,x,f,m\n"
                                                      ",,0,2024-08-10T19:00:01Z,y,f,m\n")
                                             << 0 << "";
}

void TestInfluxAnnotatedCsvFormat::badInput()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(QString, message);
    const MetricParseResult result = m_format.parse(input, {});
    if (message.isEmpty()) { // best effort: the column is left out with a note
        QVERIFY(result.ok);
        QCOMPARE(result.series.size(), 0);
        QVERIFY(hasDiagnostic(result, QStringLiteral("holds text")));
        return;
    }
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
    QCOMPARE(result.errorLine, line);
}

void TestInfluxAnnotatedCsvFormat::detection_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<double>("minimum");
    QTest::addColumn<double>("maximum");
    QTest::newRow("annotated") << fixture(QStringLiteral("influx-csv/two-tables.csv")) << 0.9 << 1.0;
    QTest::newRow("plain header") << QByteArray(",result,table,_time,_value\n") << 0.8 << 0.9;
    QTest::newRow("grafana") << fixture(QStringLiteral("grafana-csv/joined-epoch.csv")) << 0.0 << 0.0;
    QTest::newRow("generic") << fixture(QStringLiteral("csv/sqlite-requests.csv")) << 0.0 << 0.0;
}

void TestInfluxAnnotatedCsvFormat::detection()
{
    QFETCH(QByteArray, input);
    QFETCH(double, minimum);
    QFETCH(double, maximum);
    const double score = m_format.match(input);
    QVERIFY2(score >= minimum && score <= maximum, qPrintable(QString::number(score)));
}

QTEST_GUILESS_MAIN(TestInfluxAnnotatedCsvFormat)
#include "TestInfluxAnnotatedCsvFormat.moc"
