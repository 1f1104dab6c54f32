// SPDX-License-Identifier: GPL-3.0-or-later
#include "Lttb.h"

#include <QTest>
#include <cmath>

using namespace debrief;

namespace {

constexpr qint64 kStart = 1723316400000; // 2024-08-10T19:00:00Z

// n points 1 s apart of a slow wave; deterministic so that failures reproduce.
QVector<MetricPoint> wave(qsizetype n)
{
    QVector<MetricPoint> points;
    points.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        points.append({kStart + i * 1000, 100.0 + 10.0 * std::sin(double(i) / 50.0)});
    return points;
}

bool strictlyIncreasing(const QVector<MetricPoint>& points)
{
    for (qsizetype i = 1; i < points.size(); ++i) {
        if (points[i].at <= points[i - 1].at)
            return false;
    }
    return true;
}

qsizetype nanCount(const QVector<MetricPoint>& points)
{
    return std::count_if(points.begin(), points.end(), [](const MetricPoint& p) { return std::isnan(p.value); });
}

} // namespace

class TestLttb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bounds_data();
    void bounds();
    void spikeSurvives_data();
    void spikeSurvives();
    void gapsSurvive_data();
    void gapsSurvive();
    void range_data();
    void range();
};

void TestLttb::bounds_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("maxPoints");
    QTest::addColumn<int>("expected");
    QTest::newRow("empty") << 0 << 10 << 0;
    QTest::newRow("one") << 1 << 3 << 1;
    QTest::newRow("fewer than N") << 5 << 10 << 5;
    QTest::newRow("exactly N") << 10 << 10 << 10;
    QTest::newRow("one more than N") << 11 << 10 << 10;
    QTest::newRow("N = 3") << 1000 << 3 << 3;
    QTest::newRow("N below 3 is raised to 3") << 1000 << 1 << 3;
    QTest::newRow("uneven buckets") << 1001 << 7 << 7;
    QTest::newRow("100k to 2000") << 100000 << 2000 << 2000;
}

void TestLttb::bounds()
{
    QFETCH(int, count);
    QFETCH(int, maxPoints);
    QFETCH(int, expected);
    const QVector<MetricPoint> points = wave(count);
    const QVector<MetricPoint> result = Lttb::downsample(points, maxPoints);
    QCOMPARE(result.size(), expected);
    QVERIFY(strictlyIncreasing(result));
    if (count > 0) {
        QCOMPARE(result.front().at, points.front().at);
        QCOMPARE(result.back().at, points.back().at);
    }
}

void TestLttb::spikeSurvives_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<double>("spike");
    QTest::newRow("early peak") << 17 << 1000.0;
    QTest::newRow("middle peak") << 50000 << 1000.0;
    QTest::newRow("late dip") << 99990 << -1000.0;
}

void TestLttb::spikeSurvives()
{
    QFETCH(int, index);
    QFETCH(double, spike);
    QVector<MetricPoint> points = wave(100000);
    points[index].value = spike;
    const QVector<MetricPoint> result = Lttb::downsample(points, 200);
    QCOMPARE(result.size(), 200);
    const bool kept = std::any_of(result.begin(), result.end(),
                                  [&](const MetricPoint& p) { return p.at == points[index].at && p.value == spike; });
    QVERIFY(kept);
}

void TestLttb::gapsSurvive_data()
{
    QTest::addColumn<QVector<int>>("gapStarts"); // each gap is 10 NaN points
    QTest::addColumn<int>("maxPoints");
    QTest::addColumn<int>("expectedNaN");
    QTest::newRow("one gap") << QVector<int> {5000} << 100 << 1;
    QTest::newRow("three gaps") << QVector<int> {100, 4000, 9000} << 50 << 3;
    QTest::newRow("leading and trailing") << QVector<int> {0, 9990} << 20 << 2;
    QTest::newRow("short run between gaps") << QVector<int> {3000, 3011} << 30 << 2;
    QVector<int> many; // more gaps than points to draw: the coarse fallback, every bucket a hole
    for (int s = 0; s < 10000; s += 40)
        many.append(s);
    QTest::newRow("more gaps than N") << many << 100 << 100;
}

void TestLttb::gapsSurvive()
{
    QFETCH(QVector<int>, gapStarts);
    QFETCH(int, maxPoints);
    QFETCH(int, expectedNaN);
    QVector<MetricPoint> points = wave(10000);
    for (int start : gapStarts) {
        for (int i = start; i < start + 10; ++i)
            points[i].value = std::nan("");
    }
    const QVector<MetricPoint> result = Lttb::downsample(points, maxPoints);
    QVERIFY(result.size() <= maxPoints);
    QVERIFY(result.size() >= maxPoints - qsizetype(gapStarts.size()) - 2); // the budget is used
    QVERIFY(strictlyIncreasing(result));
    QCOMPARE(nanCount(result), expectedNaN);
}

void TestLttb::range_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<int>("expected");
    QTest::newRow("inside") << kStart + 1000 * 1000 << kStart + 5000 * 1000 << 100;
    QTest::newRow("between samples") << kStart + 999 << kStart + 60500 << 60; // 1..60
    QTest::newRow("before all") << kStart - 100000 << kStart << 0;
    QTest::newRow("after all") << kStart + 10000 * 1000 << kStart + 20000 * 1000 << 0;
    QTest::newRow("reversed") << kStart + 5000 << kStart << 0;
    QTest::newRow("whole") << qint64(0) << kStart * 2 << 100;
}

void TestLttb::range()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(int, expected);
    const QVector<MetricPoint> points = wave(10000);
    const std::span<const MetricPoint> inRange = Lttb::range(points, from, to);
    const QVector<MetricPoint> result = Lttb::downsample(points, from, to, 100);
    QCOMPARE(result.size(), expected);
    QVERIFY(strictlyIncreasing(result));
    for (const MetricPoint& p : result)
        QVERIFY(p.at >= from && p.at < to);
    if (!result.isEmpty()) {
        QCOMPARE(result.front().at, inRange.front().at);
        QCOMPARE(result.back().at, inRange.back().at);
    }
}

QTEST_GUILESS_MAIN(TestLttb)
#include "TestLttb.moc"
