// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"

#include <QMetaType>
#include <algorithm>

namespace debrief {

// A span of UTC time [from, to] that a chart shows or a loader reads. A value type shared by the
// chart views, their synchroniser and the data loader so that they never pass bare millisecond
// pairs around.
struct TimeWindow
{
    UtcMillis from;
    UtcMillis to;

    qint64 span() const { return to.value - from.value; }
    bool isValid() const { return to.value > from.value; }
    bool contains(const TimeWindow& other) const { return from <= other.from && other.to <= to; }
    bool contains(UtcMillis at) const { return from <= at && at <= to; }
    // The window grown by `fraction` of its span on each side.
    TimeWindow padded(double fraction) const
    {
        const auto pad = qint64(double(span()) * fraction);
        return {UtcMillis {from.value - pad}, UtcMillis {to.value + pad}};
    }
    TimeWindow united(const TimeWindow& other) const { return {std::min(from, other.from), std::max(to, other.to)}; }

    bool operator==(const TimeWindow&) const = default;
};

} // namespace debrief

Q_DECLARE_METATYPE(debrief::TimeWindow)
