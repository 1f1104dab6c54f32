// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MetricPoint.h"
#include "TimeWindow.h"

#include <QVector>
#include <span>

namespace debrief {

// A metric series held in memory for charting at any zoom: the raw points plus, for long series,
// an overview (the whole series downsampled once with LTTB). A window that holds many more raw
// points than a chart can draw is downsampled from the overview, so that zooming out on ten
// million points costs a pass over a few hundred thousand; a narrow window is downsampled from
// the raw points, so that zooming in shows every real sample. LTTB keeps spikes at both steps.
class SeriesPyramid
{
public:
    // Points of the overview; series shorter than four times this have none.
    static constexpr int kOverviewPoints = 200'000;
    // A window with more raw points than this many times the budget is drawn from the overview.
    static constexpr int kRawFactor = 50;

    SeriesPyramid() = default;
    explicit SeriesPyramid(QVector<MetricPoint> points);

    // The points of the window, at most maxPoints, with one point beyond each edge so that lines
    // run to the edges of the plot.
    QVector<MetricPoint> window(const TimeWindow& window, int maxPoints) const;
    qsizetype size() const { return m_raw.size(); }
    bool hasOverview() const { return !m_overview.isEmpty(); }

private:
    static std::span<const MetricPoint> slice(const QVector<MetricPoint>& points, const TimeWindow& window);

    QVector<MetricPoint> m_raw;
    QVector<MetricPoint> m_overview;
};

} // namespace debrief
