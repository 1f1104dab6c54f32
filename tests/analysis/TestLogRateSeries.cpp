// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogRateSeries.h"

#include <QTest>

using namespace debrief;

namespace {
constexpr qint64 kT0 = 1723316400000; // 2024-08-10T19:00:00Z
constexpr qint64 kMinute = LogRateSeries::kMinute;
} // namespace

class TestLogRateSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyBucketPresentPerLevel();
    void bucketsOutsideTheRangeAreIgnored();
    void bucketGrowsWithTheRange_data();
    void bucketGrowsWithTheRange();
};

void TestLogRateSeries::everyBucketPresentPerLevel()
{
    const QVector<LogLevelBucket> buckets {{kT0 + 2 * kMinute, 5, 7}, {kT0, 2, 30}, {kT0 + 3 * kMinute, 2, 12}};
    const QVector<LogRateSeries> rates
        = LogRateSeries::fromBuckets(buckets, UtcMillis {kT0}, UtcMillis {kT0 + 4 * kMinute}, kMinute);
    QCOMPARE(rates.size(), 2); // info and error; no other level logged
    QCOMPARE(rates[0].level, 2);
    QCOMPARE(rates[0].points,
             (QVector<MetricPoint> {{kT0, 30}, {kT0 + kMinute, 0}, {kT0 + 2 * kMinute, 0}, {kT0 + 3 * kMinute, 12}}));
    QCOMPARE(rates[1].level, 5);
    QCOMPARE(rates[1].points,
             (QVector<MetricPoint> {{kT0, 0}, {kT0 + kMinute, 0}, {kT0 + 2 * kMinute, 7}, {kT0 + 3 * kMinute, 0}}));
}

void TestLogRateSeries::bucketsOutsideTheRangeAreIgnored()
{
    const QVector<LogLevelBucket> buckets {{kT0 - kMinute, 2, 5}, {kT0 + 5 * kMinute, 2, 5}};
    QVERIFY(LogRateSeries::fromBuckets(buckets, UtcMillis {kT0}, UtcMillis {kT0 + 2 * kMinute}, kMinute).isEmpty());
    QVERIFY(LogRateSeries::fromBuckets(buckets, UtcMillis {kT0}, UtcMillis {kT0}, kMinute).isEmpty());
}

void TestLogRateSeries::bucketGrowsWithTheRange_data()
{
    QTest::addColumn<qint64>("span");
    QTest::addColumn<qint64>("bucket");
    QTest::newRow("an hour") << 60 * kMinute << kMinute;
    QTest::newRow("exactly the most minutes") << LogRateSeries::kMaxBuckets * kMinute << kMinute;
    QTest::newRow("a minute more") << (LogRateSeries::kMaxBuckets + 1) * kMinute << 2 * kMinute;
    QTest::newRow("30 days") << 30 * 24 * 60 * kMinute << 5 * kMinute;
}

void TestLogRateSeries::bucketGrowsWithTheRange()
{
    QFETCH(qint64, span);
    QFETCH(qint64, bucket);
    QCOMPARE(LogRateSeries::bucketFor(UtcMillis {kT0}, UtcMillis {kT0 + span}), bucket);
}

QTEST_GUILESS_MAIN(TestLogRateSeries)
#include "TestLogRateSeries.moc"
