// SPDX-License-Identifier: GPL-3.0-or-later
#include "Lttb.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace debrief {

namespace {

// Bucket j of the LTTB partition starts at boundary(j): bucket 0 starts after the kept first
// point, the last bucket holds only the kept last point. Computing every boundary through one
// function keeps neighbouring buckets consistent despite floating-point rounding.
struct Buckets
{
    qsizetype size;
    int count;
    double every;

    qsizetype boundary(int j) const
    {
        if (j == 0)
            return 1;
        if (j >= count - 1)
            return size;
        if (j == count - 2)
            return size - 1;
        return qsizetype(j * every) + 1;
    }
};

// Appends count (3 <= count < run.size()) points chosen by LTTB. Returns false, with out partly
// written, as soon as it meets a NaN: the caller then takes the gap-aware path. The NaN check
// rides on the bucket averages (a NaN poisons the sum), so the common case pays nothing for it.
bool lttbInto(std::span<const MetricPoint> run, int count, QVector<MetricPoint>& out)
{
    const MetricPoint* p = run.data();
    const Buckets buckets {qsizetype(run.size()), count, double(run.size() - 2) / double(count - 2)};
    // Times relative to the first point keep the triangle areas' products well inside a double's
    // precision (absolute epoch milliseconds squared would not be).
    const qint64 t0 = p[0].at;

    // The first bucket and the first point are never averaged, so check them here.
    for (qsizetype k = 0; k < buckets.boundary(1); ++k) {
        if (std::isnan(p[k].value))
            return false;
    }
    out.append(p[0]);
    double ax = 0.0;
    double ay = p[0].value;
    for (int i = 0; i < count - 2; ++i) {
        const qsizetype begin = buckets.boundary(i);
        const qsizetype end = buckets.boundary(i + 1);
        const qsizetype nextEnd = buckets.boundary(i + 2);
        // Four partial sums break the add latency chain: the averages are half the run time.
        double sumX[4] = {0.0, 0.0, 0.0, 0.0};
        double sumY[4] = {0.0, 0.0, 0.0, 0.0};
        qsizetype k = end;
        for (; k + 4 <= nextEnd; k += 4) {
            for (int lane = 0; lane < 4; ++lane) {
                sumX[lane] += double(p[k + lane].at - t0);
                sumY[lane] += p[k + lane].value;
            }
        }
        for (; k < nextEnd; ++k) {
            sumX[0] += double(p[k].at - t0);
            sumY[0] += p[k].value;
        }
        const double sumXAll = (sumX[0] + sumX[1]) + (sumX[2] + sumX[3]);
        const double sumYAll = (sumY[0] + sumY[1]) + (sumY[2] + sumY[3]);
        if (std::isnan(sumYAll))
            return false;
        const double cx = sumXAll / double(nextEnd - end);
        const double cy = sumYAll / double(nextEnd - end);

        // Twice the triangle's area (a, candidate, next average) is |(ax - cx)(y - ay) - (ax - x)(cy - ay)|,
        // linear in the candidate: |alpha y + beta x + gamma|. The factor 2 and the sign do not
        // change which point wins.
        const double alpha = ax - cx;
        const double beta = cy - ay;
        const double gamma = -alpha * ay - ax * beta;
        double best = -1.0;
        qsizetype chosen = begin;
        for (qsizetype j = begin; j < end; ++j) {
            const double area = std::abs(alpha * p[j].value + beta * double(p[j].at - t0) + gamma);
            if (area > best) {
                best = area;
                chosen = j;
            }
        }
        out.append(p[chosen]);
        ax = double(p[chosen].at - t0);
        ay = p[chosen].value;
    }
    out.append(p[run.size() - 1]);
    return true;
}

// A maximal stretch of finite values, or of NaN values (a gap), as indices [begin, end).
struct Segment
{
    qsizetype begin;
    qsizetype end;
    bool gap;
};

} // namespace

std::span<const MetricPoint> Lttb::range(std::span<const MetricPoint> points, qint64 from, qint64 to)
{
    const auto before = [](const MetricPoint& p, qint64 t) { return p.at < t; };
    const auto first = std::lower_bound(points.begin(), points.end(), from, before);
    const auto last = std::lower_bound(first, points.end(), std::max(from, to), before);
    return points.subspan(std::size_t(first - points.begin()), std::size_t(last - first));
}

QVector<MetricPoint> Lttb::downsample(std::span<const MetricPoint> points, qint64 from, qint64 to, int maxPoints)
{
    return downsample(range(points, from, to), maxPoints);
}

QVector<MetricPoint> Lttb::downsample(std::span<const MetricPoint> points, int maxPoints)
{
    maxPoints = std::max(maxPoints, 3);
    QVector<MetricPoint> out;
    if (qsizetype(points.size()) <= maxPoints) {
        return QVector<MetricPoint>(points.begin(), points.end());
    }
    out.reserve(maxPoints);
    if (!lttbInto(points, maxPoints, out)) {
        out.clear();
        downsampleWithGaps(points, maxPoints, out);
    }
    return out;
}

void Lttb::downsampleRun(std::span<const MetricPoint> run, int count, QVector<MetricPoint>& out)
{
    if (qsizetype(run.size()) <= count) {
        for (const MetricPoint& p : run)
            out.append(p);
    } else if (count == 1) {
        // One point for a whole run: its peak, so that a spike between two gaps is not lost.
        out.append(*std::max_element(run.begin(), run.end(),
                                     [](const MetricPoint& a, const MetricPoint& b) { return a.value < b.value; }));
    } else if (count == 2) {
        out.append(run.front());
        out.append(run.back());
    } else {
        lttbInto(run, count, out);
    }
}

void Lttb::downsampleWithGaps(std::span<const MetricPoint> points, int maxPoints, QVector<MetricPoint>& out)
{
    // One entry per run or gap, not per point.
    std::vector<Segment> segments;
    qsizetype finite = 0;
    qsizetype runs = 0;
    qsizetype gaps = 0;
    for (qsizetype i = 0; i < qsizetype(points.size());) {
        const bool gap = std::isnan(points[i].value);
        qsizetype j = i + 1;
        while (j < qsizetype(points.size()) && std::isnan(points[j].value) == gap)
            ++j;
        segments.push_back({i, j, gap});
        if (gap) {
            ++gaps;
        } else {
            ++runs;
            finite += j - i;
        }
        i = j;
    }
    if (runs + gaps > maxPoints) {
        downsampleCoarse(points, maxPoints, out);
        return;
    }
    // Each run gets one point, then the rest of the budget in proportion to its other points.
    // Rounding the running total rather than each share hands out the whole budget, never more.
    const qsizetype spare = maxPoints - gaps - runs;
    const qsizetype others = finite - runs;
    qsizetype othersSoFar = 0;
    qsizetype given = 0;
    for (const Segment& s : segments) {
        if (s.gap) {
            out.append(points[s.begin]);
            continue;
        }
        const qsizetype length = s.end - s.begin;
        othersSoFar += length - 1;
        const qsizetype due = others > 0 ? qsizetype(double(spare) * double(othersSoFar) / double(others)) : 0;
        const qsizetype extra = due - given;
        given = due;
        const int count = int(std::min(length, 1 + extra));
        downsampleRun(points.subspan(std::size_t(s.begin), std::size_t(length)), count, out);
    }
}

void Lttb::downsampleCoarse(std::span<const MetricPoint> points, int maxPoints, QVector<MetricPoint>& out)
{
    // More gaps than points to draw: equal index buckets, a gap wins its bucket so that the
    // chart still shows that data is missing there.
    const qsizetype n = qsizetype(points.size());
    for (int b = 0; b < maxPoints; ++b) {
        const qsizetype begin = qsizetype(double(b) * double(n) / maxPoints);
        const qsizetype end = qsizetype(double(b + 1) * double(n) / maxPoints);
        if (begin >= end)
            continue;
        qsizetype chosen = begin;
        for (qsizetype k = begin; k < end; ++k) {
            if (std::isnan(points[k].value)) {
                chosen = k;
                break;
            }
            if (points[k].value > points[chosen].value)
                chosen = k;
        }
        out.append(points[chosen]);
    }
}

} // namespace debrief
