// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceMetrics.h"

namespace debrief {

namespace {

std::optional<UtcMillis> firstOfKind(std::span<const SuggestedEvent> events, TimelineKind kind,
                                     std::optional<UtcMillis> notBefore = std::nullopt)
{
    for (const SuggestedEvent& e : events) { // in time order
        if (e.kind == kind && (!notBefore || e.at >= *notBefore))
            return e.at;
    }
    return std::nullopt;
}

std::optional<UtcMillis> firstStatedDetection(const Incident& incident)
{
    std::optional<UtcMillis> best;
    for (const TimelineEvent& e : incident.timeline) {
        if (e.kind == TimelineKind::Detection && e.at && (!best || *e.at < *best))
            best = e.at;
    }
    return best;
}

// Whole minutes, rounded toward zero either way, as IncidentMetrics counts them.
std::optional<int> minutesBetween(std::optional<UtcMillis> start, std::optional<UtcMillis> end)
{
    if (!start || !end)
        return std::nullopt;
    return int(start->minutesUntil(*end));
}

} // namespace

EvidenceMetrics EvidenceMetrics::compute(const Incident& incident, std::span<const SuggestedEvent> suggestions)
{
    EvidenceMetrics metrics;
    metrics.impactStartedAt = firstOfKind(suggestions, TimelineKind::Detection);
    metrics.mitigatedAt = firstOfKind(suggestions, TimelineKind::Mitigation, metrics.impactStartedAt);
    metrics.recoveredAt = firstOfKind(suggestions, TimelineKind::Resolution, metrics.impactStartedAt);
    metrics.timeToDetectMinutes = minutesBetween(metrics.impactStartedAt, firstStatedDetection(incident));
    // A resolution with no mitigation before it mitigated as it resolved.
    metrics.timeToMitigateMinutes
        = minutesBetween(metrics.impactStartedAt, metrics.mitigatedAt ? metrics.mitigatedAt : metrics.recoveredAt);
    metrics.timeToResolveMinutes = minutesBetween(metrics.impactStartedAt, metrics.recoveredAt);
    return metrics;
}

} // namespace debrief
