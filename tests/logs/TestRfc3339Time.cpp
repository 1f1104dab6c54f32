// SPDX-License-Identifier: GPL-3.0-or-later
#include "Rfc3339Time.h"
#include "StructuredLogTestSupport.h"

#include <QTest>

using namespace debrief;
using namespace debrief::test;

class TestRfc3339Time : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void prefix_data();
    void prefix();
    void rejects_data();
    void rejects();
    void epoch_data();
    void epoch();
    void civilDays();
};

void TestRfc3339Time::prefix_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("at");
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("hasZone");
    const qint64 t0 = utc("2024-08-10T19:00:01Z");
    QTest::newRow("Z") << QByteArray("2024-08-10T19:00:01Z rest") << t0 << 20 << true;
    QTest::newRow("lower t z") << QByteArray("2024-08-10t19:00:01z") << t0 << 20 << true;
    QTest::newRow("nanos") << QByteArray("2024-08-10T19:00:01.123456789Z") << t0 + 123 << 30 << true;
    QTest::newRow("comma fraction") << QByteArray("2024-08-10 19:00:01,5 x") << t0 + 500 << 21 << false;
    QTest::newRow("+hh:mm") << QByteArray("2024-08-10T21:30:01+02:30") << t0 << 25 << true;
    QTest::newRow("-hhmm") << QByteArray("2024-08-10T14:00:01-0500") << t0 << 24 << true;
    QTest::newRow("+hh") << QByteArray("2024-08-10T21:00:01+02") << t0 << 22 << true;
    QTest::newRow("space UTC") << QByteArray("2024-08-10 19:00:01.000 UTC [1]") << t0 << 27 << true;
    QTest::newRow("space GMT") << QByteArray("2024-08-10 19:00:01 GMT") << t0 << 23 << true;
    QTest::newRow("space +0000") << QByteArray("2024-08-10 19:00:01 +0000 x") << t0 << 25 << true;
    QTest::newRow("UTCx is not a zone") << QByteArray("2024-08-10 19:00:01 UTCx") << t0 << 19 << false;
    QTest::newRow("minutes only") << QByteArray("2024-08-10T19:00Z") << t0 - 1000 << 17 << true;
    QTest::newRow("slashes") << QByteArray("2024/08/10 19:00:01") << t0 << 19 << false;
    QTest::newRow("leap second") << QByteArray("2016-12-31T23:59:60Z") << utc("2017-01-01T00:00:00Z") << 20 << true;
    QTest::newRow("leap day") << QByteArray("2024-02-29T00:00:00Z") << utc("2024-02-29T00:00:00Z") << 20 << true;
    QTest::newRow("before 1970") << QByteArray("1969-12-31T23:59:59Z") << qint64(-1000) << 20 << true;
}

void TestRfc3339Time::prefix()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, at);
    QFETCH(int, length);
    QFETCH(bool, hasZone);
    const auto parsed = Rfc3339Time::parsePrefix(text, 0);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->utcMs, at);
    QCOMPARE(parsed->length, length);
    QCOMPARE(parsed->hasZone, hasZone);
}

void TestRfc3339Time::rejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("short") << QByteArray("2024-08-10");
    QTest::newRow("month 13") << QByteArray("2024-13-10T19:00:01Z");
    QTest::newRow("feb 29 2023") << QByteArray("2023-02-29T19:00:01Z");
    QTest::newRow("hour 24") << QByteArray("2024-08-10T24:00:01Z");
    QTest::newRow("minute 60") << QByteArray("2024-08-10T19:60:01Z");
    QTest::newRow("second 61") << QByteArray("2024-08-10T19:00:61Z");
    QTest::newRow("mixed separators") << QByteArray("2024-08/10T19:00:01Z");
    QTest::newRow("letters") << QByteArray("2024-0a-10T19:00:01Z");
    QTest::newRow("no separator") << QByteArray("2024-08-10X19:00:01Z");
}

void TestRfc3339Time::rejects()
{
    QFETCH(QByteArray, text);
    QVERIFY(!Rfc3339Time::parsePrefix(text, 0).has_value());
    QVERIFY(!Rfc3339Time::parse(text, 0).has_value());
}

void TestRfc3339Time::epoch_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("at"); // -1: rejected
    const qint64 t0 = utc("2024-08-10T19:00:01Z");
    QTest::newRow("seconds") << QByteArray("1723316401") << t0;
    QTest::newRow("seconds fraction") << QByteArray("1723316401.999") << t0 + 999;
    QTest::newRow("seconds long fraction") << QByteArray("1723316401.1234567") << t0 + 123;
    QTest::newRow("millis") << QByteArray("1723316401123") << t0 + 123;
    QTest::newRow("micros") << QByteArray("1723316401123456") << t0 + 123;
    QTest::newRow("nanos") << QByteArray("1723316401123456789") << t0 + 123;
    QTest::newRow("exponent") << QByteArray("1.723316401e9") << t0;
    QTest::newRow("negative") << QByteArray("-1") << qint64(-1000);
    QTest::newRow("small") << QByteArray("0") << qint64(0);
    QTest::newRow("letters") << QByteArray("12ab") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("dot only") << QByteArray(".5") << qint64(-1);
    QTest::newRow("huge") << QByteArray("1e300") << qint64(-1);
}

void TestRfc3339Time::epoch()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, at);
    QCOMPARE(Rfc3339Time::epochTextToMs(text).value_or(-1), at);
}

void TestRfc3339Time::civilDays()
{
    QCOMPARE(Rfc3339Time::daysFromCivil(1970, 1, 1), 0);
    QCOMPARE(Rfc3339Time::daysFromCivil(2000, 3, 1), 11017);
    QCOMPARE(Rfc3339Time::daysFromCivil(1969, 12, 31), -1);
    QVERIFY(Rfc3339Time::validDate(2000, 2, 29));
    QVERIFY(!Rfc3339Time::validDate(1900, 2, 29));
}

QTEST_GUILESS_MAIN(TestRfc3339Time)
#include "TestRfc3339Time.moc"
