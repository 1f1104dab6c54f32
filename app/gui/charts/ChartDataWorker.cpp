// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartDataWorker.h"

#include "EvidenceAnalyzer.h"
#include "MetricRepository.h"

#include <algorithm>
#include <limits>

namespace debrief {

ChartDataWorker::ChartDataWorker(const QString& storePath)
    : m_storePath(storePath)
{ }

ChartDataWorker::~ChartDataWorker() = default;

Database& ChartDataWorker::database()
{
    // Opened on first use, which is on the worker thread: a connection belongs to one thread.
    if (!m_db)
        m_db = std::make_unique<Database>(m_storePath);
    return *m_db;
}

QVector<MetricPoint> ChartDataWorker::seriesPoints(qint64 seriesId, const TimeWindow& window, int maxPoints)
{
    return cachedSeries(seriesId).window(window, maxPoints);
}

QVector<LogRateSeries> ChartDataWorker::logRates(IncidentId incident, const TimeWindow& window)
{
    EvidenceAnalyzer analyzer(database());
    return analyzer.logRates(incident, window.from, window.to);
}

QVector<MetricSeriesSummary> ChartDataWorker::seriesSummaries(IncidentId incident)
{
    MetricRepository repository(database());
    return repository.seriesSummaries(incident);
}

QVector<SuggestedEvent> ChartDataWorker::suggestions(IncidentId incident)
{
    EvidenceAnalyzer analyzer(database());
    return analyzer.suggestions(incident);
}

QVector<SuggestedEvent> ChartDataWorker::triage(IncidentId incident, const QVector<SuggestedEvent>& suggestions)
{
    return EvidenceAnalyzer(database()).triage(incident, suggestions);
}

const SeriesPyramid& ChartDataWorker::cachedSeries(qint64 seriesId)
{
    m_recent.removeOne(seriesId);
    m_recent.append(seriesId);
    if (const auto it = m_cache.constFind(seriesId); it != m_cache.constEnd())
        return *it;
    MetricRepository repository(database());
    QVector<MetricPoint> points = repository.points(seriesId, UtcMillis {std::numeric_limits<qint64>::min()},
                                                    UtcMillis {std::numeric_limits<qint64>::max()});
    m_cachedPoints += points.size();
    m_cache.insert(seriesId, SeriesPyramid(std::move(points)));
    evictBeyondBudget(seriesId);
    return m_cache[seriesId];
}

void ChartDataWorker::evictBeyondBudget(qint64 keep)
{
    for (auto it = m_recent.begin(); m_cachedPoints > kCacheBudgetPoints && it != m_recent.end();) {
        if (*it == keep) {
            ++it;
            continue;
        }
        m_cachedPoints -= m_cache.take(*it).size();
        it = m_recent.erase(it);
    }
}

} // namespace debrief
