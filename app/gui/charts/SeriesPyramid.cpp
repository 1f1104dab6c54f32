// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeriesPyramid.h"

#include "Lttb.h"

#include <algorithm>

namespace debrief {

SeriesPyramid::SeriesPyramid(QVector<MetricPoint> points)
    : m_raw(std::move(points))
{
    if (m_raw.size() > 4 * qsizetype(kOverviewPoints))
        m_overview = Lttb::downsample(m_raw, kOverviewPoints);
}

std::span<const MetricPoint> SeriesPyramid::slice(const QVector<MetricPoint>& points, const TimeWindow& window)
{
    const auto byTime = [](const MetricPoint& p, qint64 at) { return p.at < at; };
    auto first = std::lower_bound(points.cbegin(), points.cend(), window.from.value, byTime);
    auto last = std::lower_bound(first, points.cend(), window.to.value + 1, byTime);
    if (first != points.cbegin())
        --first;
    if (last != points.cend())
        ++last;
    return {first, last};
}

QVector<MetricPoint> SeriesPyramid::window(const TimeWindow& window, int maxPoints) const
{
    const std::span<const MetricPoint> raw = slice(m_raw, window);
    if (hasOverview() && raw.size() > size_t(kRawFactor) * size_t(std::max(maxPoints, 1)))
        return Lttb::downsample(slice(m_overview, window), maxPoints);
    return Lttb::downsample(raw, maxPoints);
}

} // namespace debrief
