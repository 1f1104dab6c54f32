// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceAnalyzer.h"

#include "IncidentRepository.h"
#include "LogLevel.h"
#include "MetricRepository.h"
#include "SuggestionReview.h"
#include "SuggestionTriage.h"
#include "TimelineSuggester.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <cmath>

namespace debrief {

namespace {

// Label pairs of a "k=v,k=v" text. Values may hold commas only escaped, as labelsText() writes.
QStringList labelPairs(const QString& labels)
{
    return labels.isEmpty() ? QStringList {} : labels.split(u',');
}

// Names each series by its name plus only the labels that tell it apart from the other series of
// that name: "pool_waiting{instance=auth-1}" rather than every label of every series.
void nameSeries(QVector<EvidenceSeries>& series)
{
    QHash<QString, QVector<qsizetype>> byName;
    for (qsizetype i = 0; i < series.size(); ++i)
        byName[series[i].name].append(i);
    for (const QVector<qsizetype>& group : std::as_const(byName)) {
        QHash<QString, int> pairCounts;
        for (qsizetype i : group) {
            for (const QString& pair : labelPairs(series[i].labels))
                ++pairCounts[pair];
        }
        for (qsizetype i : group) {
            QStringList distinct;
            for (const QString& pair : labelPairs(series[i].labels)) {
                if (pairCounts.value(pair) < group.size())
                    distinct << pair;
            }
            EvidenceSeries& s = series[i];
            s.displayName = distinct.isEmpty() ? s.name : QStringLiteral("%1{%2}").arg(s.name, distinct.join(u','));
        }
    }
}

ChangePointDetector::Options logRateDetection()
{
    ChangePointDetector::Options options;
    // A minute is one point: a shift must hold three minutes. Counts have Poisson noise, so a
    // level that logs a line or two now and then does not "rise 3x" from 1 to 3 lines a minute.
    options.confirm = 3;
    options.counts = true;
    return options;
}

bool allWholeNumbers(const QVector<MetricPoint>& points)
{
    return std::all_of(points.begin(), points.end(),
                       [](const MetricPoint& p) { return std::isnan(p.value) || p.value == std::trunc(p.value); });
}

} // namespace

EvidenceAnalyzer::EvidenceAnalyzer(Database& db)
    : m_db(db)
{ }

QVector<LogRateSeries> EvidenceAnalyzer::logRates(IncidentId incident, UtcMillis from, UtcMillis to)
{
    const qint64 bucket = LogRateSeries::bucketFor(from, to);
    const QVector<LogLevelBucket> counts = LogLevelHistogram(m_db).count(incident, from, to, bucket);
    return LogRateSeries::fromBuckets(counts, from, to, bucket);
}

QVector<EvidenceSeries> EvidenceAnalyzer::evidenceSeries(IncidentId incident)
{
    QVector<EvidenceSeries> series;
    addMetricSeries(incident, series);
    nameSeries(series);
    addLogRates(incident, series);
    return series;
}

QVector<SuggestedEvent> EvidenceAnalyzer::suggestions(IncidentId incident)
{
    const QVector<EvidenceSeries> series = evidenceSeries(incident);
    return triage(incident, TimelineSuggester().suggest(series));
}

QVector<SuggestedEvent> EvidenceAnalyzer::triage(IncidentId incident, QVector<SuggestedEvent> suggestions)
{
    const std::optional<Incident> stored = IncidentRepository(m_db).load(incident);
    SuggestionTriage::mark(suggestions, stored ? stored->timeline : QVector<TimelineEvent>(),
                           SuggestionReview(m_db).rejected(incident));
    return suggestions;
}

void EvidenceAnalyzer::addMetricSeries(IncidentId incident, QVector<EvidenceSeries>& out)
{
    MetricRepository metrics(m_db);
    for (const MetricSeriesSummary& summary : metrics.seriesSummaries(incident)) {
        if (!summary.firstAt || !summary.lastAt)
            continue;
        EvidenceSeries s;
        s.name = summary.name;
        s.labels = summary.labels;
        s.seriesId = summary.id;
        s.errorSignal = EvidenceSeries::looksLikeErrorSignal(summary.name, summary.labels);
        if (summary.points <= kMaxPointsRead) {
            s.points = metrics.points(summary.id, *summary.firstAt, *summary.lastAt);
        } else {
            const qint64 span = summary.lastAt->value - summary.firstAt->value;
            s.points = metrics.bucketMeans(summary.id, *summary.firstAt, *summary.lastAt, span / kMaxPointsRead + 1);
        }
        if (allWholeNumbers(s.points))
            s.detection.minScale = 1.0;
        out << std::move(s);
    }
}

void EvidenceAnalyzer::addLogRates(IncidentId incident, QVector<EvidenceSeries>& out)
{
    const auto range = LogLevelHistogram(m_db).timeRange(incident);
    if (!range)
        return;
    const UtcMillis end {range->second.value + 1}; // the last entry counts
    for (LogRateSeries& rate : logRates(incident, range->first, end)) {
        const QString level = logLevelName(LogLevel(rate.level));
        EvidenceSeries s;
        s.name = QStringLiteral("log_rate");
        s.labels = QStringLiteral("level=%1").arg(level);
        s.displayName = rate.bucketMs == LogRateSeries::kMinute
            ? QCoreApplication::translate("EvidenceAnalyzer", "%1 log entries per minute").arg(level)
            : QCoreApplication::translate("EvidenceAnalyzer", "%1 log entries per %2 minutes")
                  .arg(level)
                  .arg(rate.bucketMs / LogRateSeries::kMinute);
        s.errorSignal = rate.level >= int(LogLevel::Warning);
        s.points = std::move(rate.points);
        s.detection = logRateDetection();
        out << std::move(s);
    }
}

} // namespace debrief
