// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Incident.h"

#include <optional>

namespace debrief {

// The standard incident durations, in minutes, derived from the timeline's kinds: from the start
// of the incident (its stated start, else the first timed entry) to the first detection, to the
// entry that identified the cause, to the first mitigation or fix, and to the resolution.
// A value is empty when the timeline does not say.
struct IncidentMetrics
{
    std::optional<int> timeToDetectMinutes;
    std::optional<int> timeToIdentifyMinutes;
    std::optional<int> timeToMitigateMinutes;
    std::optional<int> timeToResolveMinutes;

    static IncidentMetrics compute(const Incident& incident);
};

} // namespace debrief
