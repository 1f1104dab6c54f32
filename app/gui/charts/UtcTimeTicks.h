// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TimeWindow.h"

#include <QString>
#include <QVector>

namespace debrief {

// Where the labelled ticks of a UTC time axis go and what they say: round steps (15 s, 5 min,
// 1 h, 1 day, ...) chosen so that at most a given number fit, labelled "19:05", "19:05:30" or
// "Aug 10". Computed in UTC on purpose: QDateTimeAxis labels in the machine's local zone, and a
// postmortem on a projector must show the same times as the timeline beside it.
class UtcTimeTicks
{
public:
    struct Tick
    {
        UtcMillis at;
        QString label;
    };

    static QVector<Tick> compute(const TimeWindow& window, int maxTicks);
    // The step compute() uses for the window.
    static qint64 stepFor(const TimeWindow& window, int maxTicks);
    // "2024-08-10" or "2024-08-10 – 2024-08-12": the days a window spans, for the axis title.
    static QString daysText(const TimeWindow& window);

private:
    static QString label(UtcMillis at, qint64 step);
};

} // namespace debrief
