// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EventMarker.h"
#include "Incident.h"
#include "MetricRecords.h"
#include "TimeWindow.h"

#include <QVector>
#include <optional>

namespace debrief {

// The time ranges the evidence pages agree on: how far a chart can zoom out (the incident window,
// the series and the timed events together), what it shows first (the incident window with some
// time before and after it), and the markers of the timed events.
class EvidenceTimeRange
{
public:
    static std::optional<TimeWindow> incidentWindow(const Incident& incident);
    static TimeWindow fullRange(const Incident& incident, const QVector<MetricSeriesSummary>& series);
    // The incident window with a third of its length on each side, else the full range.
    static TimeWindow initialRange(const Incident& incident, const TimeWindow& full);
    static QVector<EventMarker> markers(const QVector<TimelineEvent>& timeline);
};

} // namespace debrief
