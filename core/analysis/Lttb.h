// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MetricPoint.h"

#include <QVector>
#include <QtGlobal>
#include <span>

namespace debrief {

// Largest-Triangle-Three-Buckets downsampling (Steinarsson, "Downsampling Time Series for Visual
// Representation", 2013) of a time-sorted series to at most a given number of points, for charts:
// the first and last points are kept and each bucket in between keeps the point that spans the
// largest triangle with its neighbours, so spikes survive where averaging would flatten them.
// It is for drawing, not for statistics: the chosen points are real samples, never averages.
//
// Gaps (NaN values) must stay visible, so the series is cut at each gap into runs of finite
// values; every gap keeps one NaN marker (its first NaN point) and the remaining budget is shared
// between the runs in proportion to their lengths (at least one point each). When a series has so
// many gaps that one marker per gap and one point per run do not fit, it falls back to equal
// index buckets that keep a NaN when the bucket has one, else its largest value.
//
// The series without gaps costs one pass over memory plus a pass over cache-resident buckets and
// no allocation but the result's.
class Lttb
{
public:
    // At most maxPoints points (maxPoints is raised to 3); a series that already fits is returned
    // as is. Points must be sorted by time.
    static QVector<MetricPoint> downsample(std::span<const MetricPoint> points, int maxPoints);
    // The same over the points with from <= at < to, found by binary search.
    static QVector<MetricPoint> downsample(std::span<const MetricPoint> points, qint64 from, qint64 to, int maxPoints);
    // The points with from <= at < to of a time-sorted series.
    static std::span<const MetricPoint> range(std::span<const MetricPoint> points, qint64 from, qint64 to);

private:
    static void downsampleRun(std::span<const MetricPoint> run, int count, QVector<MetricPoint>& out);
    static void downsampleWithGaps(std::span<const MetricPoint> points, int maxPoints, QVector<MetricPoint>& out);
    static void downsampleCoarse(std::span<const MetricPoint> points, int maxPoints, QVector<MetricPoint>& out);
};

} // namespace debrief
