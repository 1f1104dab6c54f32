// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceTimeRange.h"

#include <QDateTime>

namespace debrief {

namespace {

constexpr qint64 kHour = 3600 * 1000;

} // namespace

std::optional<TimeWindow> EvidenceTimeRange::incidentWindow(const Incident& incident)
{
    if (!incident.startedAt)
        return std::nullopt;
    // An incident with a start and no end is drawn as lasting an hour rather than not at all.
    const UtcMillis end = incident.endedAt.value_or(UtcMillis {incident.startedAt->value + kHour});
    if (end <= *incident.startedAt)
        return std::nullopt;
    return TimeWindow {*incident.startedAt, end};
}

TimeWindow EvidenceTimeRange::fullRange(const Incident& incident, const QVector<MetricSeriesSummary>& series)
{
    std::optional<TimeWindow> full = incidentWindow(incident);
    const auto include = [&full](const TimeWindow& w) { full = full ? full->united(w) : w; };
    for (const MetricSeriesSummary& s : series) {
        if (s.firstAt && s.lastAt)
            include({*s.firstAt, *s.lastAt});
    }
    for (const TimelineEvent& event : incident.timeline) {
        if (event.at)
            include({*event.at, *event.at});
    }
    if (!full || full->span() < kHour / 6) {
        const qint64 centre = full ? full->from.value + full->span() / 2 : QDateTime::currentMSecsSinceEpoch();
        return {UtcMillis {centre - kHour / 2}, UtcMillis {centre + kHour / 2}};
    }
    return full->padded(0.02);
}

TimeWindow EvidenceTimeRange::initialRange(const Incident& incident, const TimeWindow& full)
{
    const std::optional<TimeWindow> window = incidentWindow(incident);
    if (!window)
        return full;
    const TimeWindow padded = window->padded(1.0 / 3.0);
    return {std::max(padded.from, full.from), std::min(padded.to, full.to)};
}

QVector<EventMarker> EvidenceTimeRange::markers(const QVector<TimelineEvent>& timeline)
{
    QVector<EventMarker> markers;
    for (const TimelineEvent& event : timeline) {
        if (event.at)
            markers.append({*event.at, event.kind, event.text, false});
    }
    return markers;
}

} // namespace debrief
