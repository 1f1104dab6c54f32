// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"
#include "TimelineKind.h"

#include <QString>

namespace debrief {

// A vertical line on an evidence chart: a timed timeline event (or a suggestion), drawn in its
// kind's colour, with its text as the tooltip. Untimed events have no place on a time axis and
// never become markers.
struct EventMarker
{
    UtcMillis at;
    TimelineKind kind = TimelineKind::Note;
    QString text;
    bool suggested = false; // proposed from the evidence, not yet in the timeline: drawn dashed

    bool operator==(const EventMarker&) const = default;
};

} // namespace debrief
