// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceRepository.h"
#include "LogStoreTestSupport.h"
#include "MetricRepository.h"
#include "StoreError.h"
#include "Transaction.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <limits>

using namespace debrief;

// MetricRepository on a real store file: series merge by name and labels, duplicate timestamps
// keep the last value, NaN becomes a gap, infinities survive, and the summaries count it all.
class TestMetricRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void mergesSeriesOfTheSameNameAndLabels();
    void duplicateTimestampsKeepTheLastValue();
    void nanIsAGapAndInfinitiesAreKept();
    void summariesCountPointsGapsAndRange();
    void pointsOfATimeRange();
    void bucketMeansSkipGaps();
    void findsAndRemovesASource();

private:
    qint64 addSource(const QString& hash = QStringLiteral("abc"));

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    IncidentId m_incident;
};

namespace {
constexpr qint64 kT0 = 1723316400000; // 2024-08-10T19:00:00Z
const double kNaN = std::numeric_limits<double>::quiet_NaN();
const double kInf = std::numeric_limits<double>::infinity();
} // namespace

void TestMetricRepository::init()
{
    const QString path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
    QFile::remove(path);
    m_db = std::make_unique<Database>(path);
    m_incident = test::createLogIncident(*m_db);
}

void TestMetricRepository::cleanup()
{
    m_db.reset();
}

qint64 TestMetricRepository::addSource(const QString& hash)
{
    MetricSourceRecord source;
    source.incident = m_incident;
    source.path = QStringLiteral("/tmp/metrics.json");
    source.format = QStringLiteral("prometheus-json");
    source.contentHash = hash;
    source.importedAt = UtcMillis {kT0};
    return MetricRepository(*m_db).insertSource(source);
}

void TestMetricRepository::mergesSeriesOfTheSameNameAndLabels()
{
    const qint64 first = addSource(QStringLiteral("a"));
    const qint64 second = addSource(QStringLiteral("b"));
    MetricRepository repository(*m_db);
    const MetricSeriesInsert a
        = repository.insertSeries(m_incident, first, QStringLiteral("up"), QStringLiteral("job=node"), QString());
    const MetricSeriesInsert b = repository.insertSeries(m_incident, second, QStringLiteral("up"),
                                                         QStringLiteral("job=node"), QStringLiteral("bool"));
    const MetricSeriesInsert c
        = repository.insertSeries(m_incident, second, QStringLiteral("up"), QStringLiteral("job=prom"), QString());
    QVERIFY(!a.merged);
    QVERIFY(b.merged);
    QCOMPARE(b.id, a.id);
    QVERIFY(!c.merged);
    QVERIFY(c.id != a.id);
    // Another incident's series of the same name and labels is a different series.
    const IncidentId other = test::createLogIncident(*m_db);
    QVERIFY(!repository.insertSeries(other, 0, QStringLiteral("up"), QStringLiteral("job=node"), QString()).merged);

    const QVector<MetricSeriesSummary> series = repository.seriesSummaries(m_incident);
    QCOMPARE(series.size(), 2);
    QCOMPARE(series[0].labels, QStringLiteral("job=node"));
    QCOMPARE(series[0].unit, QStringLiteral("bool")); // the merged series had no unit yet
    QCOMPARE(series[0].sourceId, first);
}

void TestMetricRepository::duplicateTimestampsKeepTheLastValue()
{
    MetricRepository repository(*m_db);
    const qint64 id = repository.insertSeries(m_incident, addSource(), QStringLiteral("x"), {}, {}).id;
    const QVector<MetricPoint> points {{kT0 + 1000, 1.0}, {kT0, 2.0}, {kT0 + 1000, 3.0}};
    repository.insertPoints(id, points);
    repository.insertPoints(id, QVector<MetricPoint> {{kT0, 4.0}});
    const QVector<MetricPoint> stored = repository.points(id, UtcMillis {kT0}, UtcMillis {kT0 + 1000});
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored[0].at, kT0);
    QCOMPARE(stored[0].value, 4.0);
    QCOMPARE(stored[1].at, kT0 + 1000);
    QCOMPARE(stored[1].value, 3.0);
}

void TestMetricRepository::nanIsAGapAndInfinitiesAreKept()
{
    MetricRepository repository(*m_db);
    const qint64 id = repository.insertSeries(m_incident, addSource(), QStringLiteral("x"), {}, {}).id;
    repository.insertPoints(id, QVector<MetricPoint> {{kT0, kNaN}, {kT0 + 1, kInf}, {kT0 + 2, -kInf}});
    Statement nulls = m_db->prepare("SELECT COUNT(*) FROM metric_points WHERE value IS NULL");
    QVERIFY(nulls.step());
    QCOMPARE(nulls.int64(0), 1);
    const QVector<MetricPoint> stored = repository.points(id, UtcMillis {kT0}, UtcMillis {kT0 + 2});
    QCOMPARE(stored.size(), 3);
    QVERIFY(std::isnan(stored[0].value));
    QCOMPARE(stored[1].value, kInf);
    QCOMPARE(stored[2].value, -kInf);
}

void TestMetricRepository::summariesCountPointsGapsAndRange()
{
    MetricRepository repository(*m_db);
    const qint64 source = addSource();
    const qint64 id = repository.insertSeries(m_incident, source, QStringLiteral("pool"), {}, QStringLiteral("%")).id;
    repository.insertPoints(id, QVector<MetricPoint> {{kT0 + 2000, 80.0}, {kT0, 10.0}, {kT0 + 1000, kNaN}});
    repository.insertSeries(m_incident, source, QStringLiteral("empty"), {}, {});
    const qint64 gapsOnly = repository.insertSeries(m_incident, source, QStringLiteral("gaps"), {}, {}).id;
    repository.insertPoints(gapsOnly, QVector<MetricPoint> {{kT0, kNaN}});

    const QVector<MetricSeriesSummary> series = repository.seriesSummaries(m_incident);
    QCOMPARE(series.size(), 3); // by name: empty, gaps, pool
    QCOMPARE(series[0].name, QStringLiteral("empty"));
    QCOMPARE(series[0].points, 0);
    QCOMPARE(series[0].gaps, 0);
    QVERIFY(!series[0].firstAt && !series[0].min);
    QCOMPARE(series[1].points, 1);
    QCOMPARE(series[1].gaps, 1);
    QVERIFY(series[1].firstAt && !series[1].min);
    const MetricSeriesSummary& pool = series[2];
    QCOMPARE(pool.points, 3);
    QCOMPARE(pool.gaps, 1);
    QCOMPARE(pool.firstAt->value, kT0);
    QCOMPARE(pool.lastAt->value, kT0 + 2000);
    QCOMPARE(*pool.min, 10.0);
    QCOMPARE(*pool.max, 80.0);
    QCOMPARE(pool.unit, QStringLiteral("%"));

    // `show` counts the same rows.
    const EvidenceSummary evidence = EvidenceRepository(*m_db).summary(m_incident);
    QCOMPARE(evidence.metricSeries, 3);
    QCOMPARE(evidence.metricPoints, 4);
}

void TestMetricRepository::pointsOfATimeRange()
{
    MetricRepository repository(*m_db);
    const qint64 id = repository.insertSeries(m_incident, addSource(), QStringLiteral("x"), {}, {}).id;
    QVector<MetricPoint> points;
    for (int i = 9; i >= 0; --i)
        points << MetricPoint {kT0 + i * 1000, double(i)};
    repository.insertPoints(id, points);
    const QVector<MetricPoint> range = repository.points(id, UtcMillis {kT0 + 2000}, UtcMillis {kT0 + 4000});
    QCOMPARE(range.size(), 3); // both ends included, in time order
    QCOMPARE(range.front().value, 2.0);
    QCOMPARE(range.back().value, 4.0);
}

void TestMetricRepository::bucketMeansSkipGaps()
{
    MetricRepository repository(*m_db);
    const qint64 id = repository.insertSeries(m_incident, addSource(), QStringLiteral("x"), {}, {}).id;
    // Seconds 0..9: values 0..9, second 4 a gap; seconds 20..21 gaps only.
    QVector<MetricPoint> points;
    for (int i = 0; i < 10; ++i)
        points << MetricPoint {kT0 + i * 1000, i == 4 ? kNaN : double(i)};
    points << MetricPoint {kT0 + 20000, kNaN} << MetricPoint {kT0 + 21000, kNaN};
    repository.insertPoints(id, points);
    const QVector<MetricPoint> means = repository.bucketMeans(id, UtcMillis {kT0}, UtcMillis {kT0 + 30000}, 5000);
    QCOMPARE(means.size(), 3); // buckets without points are left out
    QCOMPARE(means[0].at, kT0);
    QCOMPARE(means[0].value, (0.0 + 1 + 2 + 3) / 4); // the gap is not a zero
    QCOMPARE(means[1].at, kT0 + 5000);
    QCOMPARE(means[1].value, 7.0);
    QCOMPARE(means[2].at, kT0 + 20000);
    QVERIFY(std::isnan(means[2].value));
    QVERIFY_THROWS_EXCEPTION(StoreError, repository.bucketMeans(id, UtcMillis {kT0}, UtcMillis {kT0 + 1}, 0));
}

void TestMetricRepository::findsAndRemovesASource()
{
    const qint64 source = addSource(QStringLiteral("hash-1"));
    MetricRepository repository(*m_db);
    const qint64 id = repository.insertSeries(m_incident, source, QStringLiteral("x"), {}, {}).id;
    repository.insertPoints(id, QVector<MetricPoint> {{kT0, 1.0}});
    QCOMPARE(repository.findByHash(m_incident, QStringLiteral("hash-1"))->id, source);
    QVERIFY(!repository.findByHash(m_incident, QStringLiteral("hash-1"), source));
    QVERIFY(!repository.findByHash(m_incident, QStringLiteral("hash-2")));
    {
        Transaction transaction(*m_db);
        repository.removeSource(source);
        transaction.commit();
    }
    QVERIFY(repository.sources(m_incident).isEmpty());
    QVERIFY(repository.seriesSummaries(m_incident).isEmpty());
    Statement points = m_db->prepare("SELECT COUNT(*) FROM metric_points");
    QVERIFY(points.step());
    QCOMPARE(points.int64(0), 0);
}

QTEST_GUILESS_MAIN(TestMetricRepository)
#include "TestMetricRepository.moc"
