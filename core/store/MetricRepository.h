// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MetricRecords.h"
#include "Statement.h"

#include <QVector>
#include <optional>
#include <span>

namespace debrief {

class Database;

// Writes imported metrics files into the store (the source row, its series, their points) and
// reads series back: the summaries `debrief-cli series` lists and the points of a time range a
// chart draws. A series is identified by incident, name and labels: a second file with the same
// series adds its points to the first one's instead of making a twin. Points are keyed by
// (series, time): a duplicate timestamp keeps the last value written, so within a file the last
// of the duplicates wins and a later import overwrites an earlier one at the same times. It opens
// no transaction: the import wraps a whole file in one. Keep one instance for a whole import: its
// insert statements are prepared once.
class MetricRepository
{
public:
    explicit MetricRepository(Database& db);

    // Inserts the source row (id ignored) and returns its id.
    qint64 insertSource(const MetricSourceRecord& source);
    // The series of `incident` named `name` with `labels` (canonical labelsText()), created for
    // `sourceId` (0: none, a derived
    // series) when there is none yet. A merged series keeps its unit unless it had none.
    MetricSeriesInsert insertSeries(IncidentId incident, qint64 sourceId, const QString& name, const QString& labels,
                                    const QString& unit);
    // Upserts the points of a series in any order; NaN values are stored as NULL (gaps).
    void insertPoints(qint64 seriesId, std::span<const MetricPoint> points);

    QVector<MetricSourceRecord> sources(IncidentId incident);
    // An earlier import of the same content into `incident`, other than `except`.
    std::optional<MetricSourceRecord> findByHash(IncidentId incident, const QString& contentHash, qint64 except = 0);
    // Removes the source and the series it created with all their points, including points that
    // later sources merged into those series.
    void removeSource(qint64 sourceId);

    // Every series of the incident, by name and labels, with its counts, times and value range.
    QVector<MetricSeriesSummary> seriesSummaries(IncidentId incident);
    // The points of a series with from <= at <= to, by time; gaps come back as NaN.
    QVector<MetricPoint> points(qint64 seriesId, UtcMillis from, UtcMillis to);
    // The mean of each bucket of [from, to] that holds points, stamped with the bucket's start
    // (from + k * bucketMs); gaps do not count, a bucket of gaps only is NaN. For analyses of
    // series too long to read point by point.
    QVector<MetricPoint> bucketMeans(qint64 seriesId, UtcMillis from, UtcMillis to, qint64 bucketMs);

private:
    Database& m_db;
    std::optional<Statement> m_findSeries;
    std::optional<Statement> m_insertSeries;
    std::optional<Statement> m_insertPoint;
};

} // namespace debrief
