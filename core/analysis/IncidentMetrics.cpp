// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentMetrics.h"

#include <QRegularExpression>
#include <algorithm>
#include <functional>

namespace debrief {

namespace {

using EventTest = std::function<bool(const TimelineEvent&)>;

// The earliest time among timed entries that pass `test`. Earliest rather than first in document
// order: a timeline written out of order should not make the incident look faster or slower.
std::optional<UtcMillis> earliest(const Incident& incident, const EventTest& test)
{
    std::optional<UtcMillis> best;
    for (const TimelineEvent& e : incident.timeline) {
        if (e.at && test(e) && (!best || *e.at < *best))
            best = e.at;
    }
    return best;
}

// An investigation entry counts as identifying the cause only when it says so; "began
// investigating" does not.
bool saysCauseFound(const TimelineEvent& e)
{
    static const QRegularExpression found(
        QStringLiteral("\\b(identif(y|ied|ies)|found|root[- ]cause|pinpoint(ed)?|traced to|determined|discovered|"
                       "isolated)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return found.match(e.label + u' ' + e.text).hasMatch();
}

bool isKind(const TimelineEvent& e, std::initializer_list<TimelineKind> kinds)
{
    return std::find(kinds.begin(), kinds.end(), e.kind) != kinds.end();
}

std::optional<int> minutesBetween(std::optional<UtcMillis> start, std::optional<UtcMillis> end)
{
    if (!start || !end)
        return std::nullopt;
    return int(start->minutesUntil(*end));
}

} // namespace

IncidentMetrics IncidentMetrics::compute(const Incident& incident)
{
    const std::optional<UtcMillis> start
        = incident.startedAt ? incident.startedAt : earliest(incident, [](const TimelineEvent&) { return true; });
    const auto detected = earliest(incident, [](const TimelineEvent& e) { return e.kind == TimelineKind::Detection; });
    const auto identified = earliest(
        incident, [](const TimelineEvent& e) { return e.kind == TimelineKind::Investigation && saysCauseFound(e); });
    const auto mitigated = earliest(incident, [](const TimelineEvent& e) {
        return isKind(e, {TimelineKind::Mitigation, TimelineKind::Fix});
    });
    std::optional<UtcMillis> resolved
        = earliest(incident, [](const TimelineEvent& e) { return e.kind == TimelineKind::Resolution; });
    if (!resolved)
        resolved = incident.endedAt;

    IncidentMetrics metrics;
    metrics.timeToDetectMinutes = minutesBetween(start, detected);
    metrics.timeToIdentifyMinutes = minutesBetween(start, identified);
    metrics.timeToMitigateMinutes = minutesBetween(start, mitigated);
    metrics.timeToResolveMinutes = minutesBetween(start, resolved);
    return metrics;
}

} // namespace debrief
