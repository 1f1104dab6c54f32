// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogLevelHistogram.h"
#include "LogStoreTestSupport.h"
#include "StoreError.h"

#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

namespace {
constexpr qint64 kT0 = 1723316400000; // 2024-08-10T19:00:00Z
constexpr qint64 kMinute = 60000;
constexpr int kInfo = 2;
constexpr int kError = 5;
} // namespace

// LogLevelHistogram on a real store: entries per level per bucket, the half-open range, untimed
// entries left out, other incidents left out, and the level index doing the work.
class TestLogLevelHistogram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void countsPerLevelAndBucket();
    void rangeIsHalfOpen();
    void walksTheLevelIndex();
    void timeRangeOfTheSources();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    IncidentId m_incident;
};

void TestLogLevelHistogram::init()
{
    const QString path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
    QFile::remove(path);
    m_db = std::make_unique<Database>(path);
    m_incident = test::createLogIncident(*m_db);
    test::storeSource(*m_db, m_incident,
                      {
                          test::entry(1, std::nullopt, kError, "before the first timestamp"),
                          test::entry(2, kT0, kInfo, "a"),
                          test::entry(3, kT0 + 59999, kInfo, "b"),
                          test::entry(4, kT0 + 30000, kError, "c"),
                          test::entry(5, kT0 + kMinute, kInfo, "d"),
                          test::entry(6, kT0 + 3 * kMinute + 1, kError, "e"),
                      },
                      QStringLiteral("one"));
    const IncidentId other = test::createLogIncident(*m_db);
    test::storeSource(*m_db, other, {test::entry(1, kT0, kError, "elsewhere")}, QStringLiteral("two"));
}

void TestLogLevelHistogram::cleanup()
{
    m_db.reset();
}

void TestLogLevelHistogram::countsPerLevelAndBucket()
{
    const QVector<LogLevelBucket> buckets
        = LogLevelHistogram(*m_db).count(m_incident, UtcMillis {kT0}, UtcMillis {kT0 + 10 * kMinute}, kMinute);
    const QVector<LogLevelBucket> expected {
        {kT0, kInfo, 2},
        {kT0 + kMinute, kInfo, 1},
        {kT0, kError, 1},
        {kT0 + 3 * kMinute, kError, 1},
    };
    QCOMPARE(buckets, expected);
}

void TestLogLevelHistogram::rangeIsHalfOpen()
{
    LogLevelHistogram histogram(*m_db);
    // From 19:00:30 to 19:01: entry c at the start counts, entry d at the end does not; buckets
    // start at `from`, not at whole minutes.
    const QVector<LogLevelBucket> buckets
        = histogram.count(m_incident, UtcMillis {kT0 + 30000}, UtcMillis {kT0 + kMinute}, 10000);
    const QVector<LogLevelBucket> expected {
        {kT0 + 50000, kInfo, 1},
        {kT0 + 30000, kError, 1},
    };
    QCOMPARE(buckets, expected);
    QVERIFY_THROWS_EXCEPTION(StoreError, histogram.count(m_incident, UtcMillis {kT0}, UtcMillis {kT0 + 1}, 0));
}

void TestLogLevelHistogram::walksTheLevelIndex()
{
    const QString details
        = LogLevelHistogram(*m_db).plan(m_incident, UtcMillis {kT0}, UtcMillis {kT0 + kMinute}, kMinute);
    QVERIFY2(details.contains(QStringLiteral("COVERING INDEX log_entries_by_time")), qPrintable(details));
}

void TestLogLevelHistogram::timeRangeOfTheSources()
{
    LogLevelHistogram histogram(*m_db);
    // storeSource() leaves the sources' times empty, as an import of untimed lines would.
    QVERIFY(!histogram.timeRange(m_incident));
    m_db->exec("UPDATE log_sources SET first_at = 5, last_at = 9 WHERE content_hash = 'one'");
    const auto range = histogram.timeRange(m_incident);
    QVERIFY(range);
    QCOMPARE(range->first.value, 5);
    QCOMPARE(range->second.value, 9);
}

QTEST_GUILESS_MAIN(TestLogLevelHistogram)
#include "TestLogLevelHistogram.moc"
