// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Incident.h"
#include "SuggestedEvent.h"

#include <optional>
#include <span>

namespace debrief {

// The incident's key times as the evidence shows them, to set beside the stated ones
// (IncidentMetrics): when the suggestions from the evidence put the start of the impact (the first
// detection), the first mitigation and the resolution. The durations count from that evidence
// start: time to detect is from it to the timeline's first detection entry (how long the impact
// went unnoticed; negative when the timeline claims a detection before the evidence shows any
// impact), time to mitigate and to resolve are from it to the evidence's own mitigation and
// resolution. Empty where the evidence does not say.
struct EvidenceMetrics
{
    std::optional<UtcMillis> impactStartedAt;
    std::optional<UtcMillis> mitigatedAt;
    std::optional<UtcMillis> recoveredAt;
    std::optional<int> timeToDetectMinutes;
    std::optional<int> timeToMitigateMinutes;
    std::optional<int> timeToResolveMinutes;

    bool isEmpty() const { return !impactStartedAt && !mitigatedAt && !recoveredAt; }

    static EvidenceMetrics compute(const Incident& incident, std::span<const SuggestedEvent> suggestions);
};

} // namespace debrief
