// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineSuggester.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <cmath>
#include <vector>

namespace debrief {

namespace {

bool isPhase(TimelineKind kind)
{
    return kind == TimelineKind::Detection || kind == TimelineKind::Mitigation || kind == TimelineKind::Resolution;
}

// The median of the non-gap values with from <= at <= to; NaN when there is none.
double medianBetween(const QVector<MetricPoint>& points, qint64 from, qint64 to)
{
    std::vector<double> values;
    for (const MetricPoint& p : points) {
        if (p.at >= from && p.at <= to && !std::isnan(p.value))
            values.push_back(p.value);
    }
    if (values.empty())
        return std::nan("");
    const auto middle = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

} // namespace

TimelineSuggester::TimelineSuggester(const Options& options)
    : m_options(options)
{ }

QVector<SuggestedEvent> TimelineSuggester::suggest(std::span<const EvidenceSeries> series) const
{
    QVector<SuggestedEvent> events;
    QHash<qsizetype, Raised> raised;
    for (const QVector<Change>& cluster : clusters(series)) {
        const TimelineKind kind = kindOf(cluster, series, raised);
        events << eventOf(cluster, kind, series);
    }
    if (events.size() > m_options.maxSuggestions) {
        std::stable_sort(events.begin(), events.end(), [](const SuggestedEvent& a, const SuggestedEvent& b) {
            if (isPhase(a.kind) != isPhase(b.kind))
                return isPhase(a.kind);
            return a.score > b.score;
        });
        events.resize(std::max(m_options.maxSuggestions, 0));
        std::stable_sort(events.begin(), events.end(),
                         [](const SuggestedEvent& a, const SuggestedEvent& b) { return a.at < b.at; });
    }
    return events;
}

QVector<QVector<TimelineSuggester::Change>> TimelineSuggester::clusters(std::span<const EvidenceSeries> series) const
{
    std::vector<Change> changes;
    for (qsizetype i = 0; i < qsizetype(series.size()); ++i) {
        const EvidenceSeries& s = series[std::size_t(i)];
        for (const ChangePoint& point : ChangePointDetector(s.detection).detect(s.points))
            changes.push_back(Change {i, point});
    }
    std::stable_sort(changes.begin(), changes.end(),
                     [](const Change& a, const Change& b) { return a.point.at < b.point.at; });
    QVector<QVector<Change>> result;
    for (const Change& change : changes) {
        if (result.isEmpty() || change.point.at - result.last().constFirst().point.at > m_options.clusterMs)
            result.append(QVector<Change> {});
        result.last().append(change);
    }
    return result;
}

TimelineKind TimelineSuggester::kindOf(const QVector<Change>& cluster, std::span<const EvidenceSeries> series,
                                       QHash<qsizetype, Raised>& raised) const
{
    const bool wasCalm = raised.isEmpty();
    bool errorRose = false;
    bool errorFell = false;
    for (const Change& change : cluster) {
        if (!series[std::size_t(change.series)].errorSignal)
            continue;
        if (change.point.direction == ChangePoint::Rise) {
            errorRose = true;
            if (!raised.contains(change.series))
                raised.insert(change.series, Raised {change.point.before, change.point.after});
        } else {
            errorFell = true;
        }
    }
    if (errorRose && wasCalm)
        return TimelineKind::Detection;
    if (!errorFell || raised.isEmpty())
        return TimelineKind::Note;
    const qint64 at = cluster.constFirst().point.at;
    for (auto it = raised.begin(); it != raised.end();) {
        if (isBack(series[std::size_t(it.key())], it.value(), at))
            it = raised.erase(it);
        else
            ++it;
    }
    return raised.isEmpty() ? TimelineKind::Resolution : TimelineKind::Mitigation;
}

bool TimelineSuggester::isBack(const EvidenceSeries& series, const Raised& raised, qint64 at) const
{
    // The level a little after the change, not the first point: a recovery settles.
    const double now = medianBetween(series.points, at, at + m_options.settleMs);
    if (std::isnan(now))
        return false;
    if (raised.before > 0.0 && now < raised.before * m_options.minRatio)
        return true;
    return now - raised.before <= (1.0 - m_options.recoveredShare) * (raised.after - raised.before);
}

SuggestedEvent TimelineSuggester::eventOf(QVector<Change> cluster, TimelineKind kind,
                                          std::span<const EvidenceSeries> series) const
{
    SuggestedEvent event;
    event.kind = kind;
    event.at = UtcMillis {cluster.constFirst().point.at}; // clusters are in time order
    // A phase is named by the error signals that make it one; a note by its strongest change.
    std::stable_sort(cluster.begin(), cluster.end(),
                     [](const Change& a, const Change& b) { return a.point.score > b.point.score; });
    if (isPhase(kind)) {
        std::stable_partition(cluster.begin(), cluster.end(),
                              [&](const Change& c) { return series[std::size_t(c.series)].errorSignal; });
    }
    for (const Change& change : cluster) {
        event.evidence << evidenceOf(change, series[std::size_t(change.series)]);
        event.score = std::max(event.score, change.point.score);
    }
    const Change& lead = cluster.constFirst();
    event.text = ChangePointDetector::describe(series[std::size_t(lead.series)].displayName, lead.point);
    if (const int more = int(cluster.size()) - 1; more > 0)
        event.text += QCoreApplication::translate("TimelineSuggester", " (and %n more series)", nullptr, more);
    return event;
}

SuggestionEvidence TimelineSuggester::evidenceOf(const Change& change, const EvidenceSeries& series) const
{
    SuggestionEvidence evidence;
    evidence.series = series.name;
    evidence.labels = series.labels;
    evidence.seriesId = series.seriesId;
    evidence.at = UtcMillis {change.point.at};
    evidence.before = change.point.before;
    evidence.after = change.point.after;
    evidence.ratio = change.point.ratio;
    evidence.score = change.point.score;
    for (const MetricPoint& p : series.points) {
        if (std::abs(p.at - change.point.at) <= m_options.contextMs)
            evidence.points << p;
    }
    return evidence;
}

} // namespace debrief
