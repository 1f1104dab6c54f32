// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangePointDetector.h"

#include <QTest>
#include <cmath>
#include <random>

using namespace debrief;

namespace {

constexpr qint64 kStart = 1723316310000; // 2024-08-10T18:58:30Z
constexpr qint64 kStep = 1000;
constexpr int kCount = 300;

qint64 timeAt(int index)
{
    return kStart + index * kStep;
}

// kCount points one second apart around a level of 100, multiplied by factor from index `from`
// to `to`, with seeded uniform noise of +-10% so that the detector sees realistic wiggles.
QVector<MetricPoint> series(int from, int to, double factor, unsigned seed)
{
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> noise(-0.1, 0.1);
    QVector<MetricPoint> points;
    for (int i = 0; i < kCount; ++i) {
        const double level = (i >= from && i < to) ? 100.0 * factor : 100.0;
        points.append({timeAt(i), level * (1.0 + noise(random))});
    }
    return points;
}

} // namespace

class TestChangePointDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shiftAndRecovery_data();
    void shiftAndRecovery();
    void noiseGivesNothing_data();
    void noiseGivesNothing();
    void singleOutlierGivesNothing_data();
    void singleOutlierGivesNothing();
    void gapIsNoChange();
    void strongestKept();
    void describe_data();
    void describe();
};

void TestChangePointDetector::shiftAndRecovery_data()
{
    QTest::addColumn<double>("factor");
    QTest::addColumn<unsigned>("seed");
    QTest::newRow("rise 8x") << 8.0 << 1u;
    QTest::newRow("rise 8x, other noise") << 8.0 << 7u;
    QTest::newRow("rise 3x") << 3.0 << 2u;
    QTest::newRow("drop to 1/5") << 0.2 << 3u;
}

void TestChangePointDetector::shiftAndRecovery()
{
    QFETCH(double, factor);
    QFETCH(unsigned, seed);
    const QVector<ChangePoint> changes = ChangePointDetector().detect(series(100, 200, factor, seed));
    QCOMPARE(changes.size(), 2);

    const ChangePoint& shift = changes[0];
    QCOMPARE(shift.at, timeAt(100));
    QCOMPARE(shift.direction, factor > 1 ? ChangePoint::Rise : ChangePoint::Drop);
    QVERIFY2(std::abs(shift.ratio / factor - 1.0) < 0.15, qPrintable(QString::number(shift.ratio)));
    QVERIFY(std::abs(shift.before - 100.0) < 10.0);

    const ChangePoint& recovery = changes[1];
    QCOMPARE(recovery.at, timeAt(200));
    QCOMPARE(recovery.direction, factor > 1 ? ChangePoint::Drop : ChangePoint::Rise);
    QVERIFY2(std::abs(recovery.ratio * factor - 1.0) < 0.15, qPrintable(QString::number(recovery.ratio)));
    QVERIFY(shift.score > 0 && recovery.score > 0);
}

void TestChangePointDetector::noiseGivesNothing_data()
{
    QTest::addColumn<unsigned>("seed");
    for (unsigned seed = 1; seed <= 5; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void TestChangePointDetector::noiseGivesNothing()
{
    QFETCH(unsigned, seed);
    QVERIFY(ChangePointDetector().detect(series(0, 0, 1.0, seed)).isEmpty());
}

// Decided: a lone spike or dip is not a change of level, so it gives no suggestion at all.
void TestChangePointDetector::singleOutlierGivesNothing_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<double>("value");
    QTest::newRow("spike x10") << 150 << 1000.0;
    QTest::newRow("dip to 0") << 150 << 0.0;
    QTest::newRow("spike near the end") << 297 << 5000.0;
    QTest::newRow("two spikes") << 120 << 900.0;
}

void TestChangePointDetector::singleOutlierGivesNothing()
{
    QFETCH(int, index);
    QFETCH(double, value);
    QVector<MetricPoint> points = series(0, 0, 1.0, 11);
    points[index].value = value;
    if (QByteArray(QTest::currentDataTag()) == "two spikes")
        points[index + 1].value = value;
    QVERIFY(ChangePointDetector().detect(points).isEmpty());
}

void TestChangePointDetector::gapIsNoChange()
{
    QVector<MetricPoint> points = series(0, 0, 1.0, 5);
    for (int i = 120; i < 160; ++i)
        points[i].value = std::nan("");
    QVERIFY(ChangePointDetector().detect(points).isEmpty());
}

void TestChangePointDetector::strongestKept()
{
    // Four shifts (two rises, two recoveries) of different sizes; with a cap of 3 the weakest,
    // the recovery from the small x2.5 rise, is dropped, and the rest stay in time order.
    QVector<MetricPoint> points = series(50, 100, 8.0, 21);
    const QVector<MetricPoint> second = series(200, 250, 2.5, 22);
    for (int i = 150; i < kCount; ++i)
        points[i] = second[i];
    ChangePointDetector::Options options;
    options.maxSuggestions = 3;
    const QVector<ChangePoint> changes = ChangePointDetector(options).detect(points);
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes[0].at, timeAt(50));
    QCOMPARE(changes[1].at, timeAt(100));
    QCOMPARE(changes[2].at, timeAt(200));
}

void TestChangePointDetector::describe_data()
{
    QTest::addColumn<double>("before");
    QTest::addColumn<double>("after");
    QTest::addColumn<QString>("expected");
    QTest::newRow("rise 8x") << 10.0 << 80.0 << QStringLiteral("auth_failed_logins rose 8x at 19:00:30");
    QTest::newRow("rise 2.5x") << 10.0 << 25.0 << QStringLiteral("auth_failed_logins rose 2.5x at 19:00:30");
    QTest::newRow("rise 40x") << 1.0 << 40.2 << QStringLiteral("auth_failed_logins rose 40x at 19:00:30");
    QTest::newRow("from 0") << 0.0 << 12.0 << QStringLiteral("auth_failed_logins rose from 0 to 12 at 19:00:30");
    QTest::newRow("fell 1/5") << 50.0 << 10.0 << QStringLiteral("auth_failed_logins fell to 1/5 at 19:00:30");
    QTest::newRow("fell to 0") << 50.0 << 0.0 << QStringLiteral("auth_failed_logins fell to 0 at 19:00:30");
}

void TestChangePointDetector::describe()
{
    QFETCH(double, before);
    QFETCH(double, after);
    QFETCH(QString, expected);
    ChangePoint change;
    change.at = timeAt(120); // 19:00:30
    change.before = before;
    change.after = after;
    change.ratio = before == 0.0 ? std::numeric_limits<double>::infinity() : after / before;
    change.direction = after > before ? ChangePoint::Rise : ChangePoint::Drop;
    QCOMPARE(ChangePointDetector::describe(QStringLiteral("auth_failed_logins"), change), expected);
}

QTEST_GUILESS_MAIN(TestChangePointDetector)
#include "TestChangePointDetector.moc"
