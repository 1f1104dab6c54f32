// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace debrief {

// One sample of a metric series: UTC milliseconds and a value. NaN marks a gap (a "NaN" or null in
// the source, stored as NULL): kept, so that a chart shows the hole instead of a line across it,
// and skipped by the analyses. Infinities are kept as they are. Parsers, the store, the analyses
// and the views all pass series as vectors of these.
struct MetricPoint
{
    qint64 at = 0;
    double value = 0.0;

    bool operator==(const MetricPoint&) const = default;
};

} // namespace debrief
