// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Ids.h"
#include "LogRateSeries.h"
#include "MetricPoint.h"
#include "MetricRecords.h"
#include "SeriesPyramid.h"
#include "SuggestedEvent.h"
#include "TimeWindow.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QVector>
#include <memory>

namespace debrief {

// The store reads behind the evidence charts, run on ChartDataLoader's worker thread with a
// connection of its own (WAL lets it read beside the window's connection). A series is read
// whole once and kept in memory as a SeriesPyramid, so that every later zoom or pan is a binary
// search and an LTTB pass over at most a few hundred thousand points instead of a query. The cache keeps the
// most recently used series up to a point budget. Not thread-safe: only the worker thread calls it.
class ChartDataWorker : public QObject
{
    Q_OBJECT

public:
    // About 160 MB of points: two 10-million-point series, or many ordinary ones.
    static constexpr qint64 kCacheBudgetPoints = 20'000'000;

    explicit ChartDataWorker(const QString& storePath);
    ~ChartDataWorker() override;

    // The series' points in the window, downsampled with LTTB to at most maxPoints, with one point
    // beyond each edge so that lines run to the edges of the plot.
    QVector<MetricPoint> seriesPoints(qint64 seriesId, const TimeWindow& window, int maxPoints);
    QVector<LogRateSeries> logRates(IncidentId incident, const TimeWindow& window);
    QVector<MetricSeriesSummary> seriesSummaries(IncidentId incident);
    QVector<SuggestedEvent> suggestions(IncidentId incident);
    QVector<SuggestedEvent> triage(IncidentId incident, const QVector<SuggestedEvent>& suggestions);

private:
    Database& database();
    const SeriesPyramid& cachedSeries(qint64 seriesId);
    void evictBeyondBudget(qint64 keep);

    QString m_storePath;
    std::unique_ptr<Database> m_db;
    QHash<qint64, SeriesPyramid> m_cache;
    QList<qint64> m_recent; // most recently used last
    qint64 m_cachedPoints = 0;
};

} // namespace debrief
