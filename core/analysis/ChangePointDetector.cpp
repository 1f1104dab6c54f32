// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangePointDetector.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace debrief {

namespace {

// Scales a MAD to a standard deviation for normally distributed noise.
constexpr double kMadToSigma = 1.4826;
// A flat baseline (MAD 0, e.g. a counter idling at one value) would make every wiggle infinitely
// significant; a scale of at least 1% of the level keeps scores finite and comparable.
constexpr double kMinRelativeScale = 0.01;
constexpr double kMinScale = 1e-9;
constexpr double kMaxScore = 1e6;

// The median of values, reordering them.
double median(std::vector<double>& values)
{
    const auto middle = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    if (values.size() % 2 == 1)
        return *middle;
    return (*middle + *std::max_element(values.begin(), middle)) / 2.0;
}

struct Baseline
{
    double level;
    double scale;
};

Baseline baselineOf(const std::vector<double>& values, qsizetype begin, qsizetype end, std::vector<double>& scratch,
                    const ChangePointDetector::Options& options)
{
    scratch.assign(values.begin() + begin, values.begin() + end);
    const double level = median(scratch);
    for (double& v : scratch)
        v = std::abs(v - level);
    const double mad = median(scratch);
    const double poisson = options.counts ? std::sqrt(std::max(std::abs(level), 1.0)) : 0.0;
    return {level,
            std::max({kMadToSigma * mad, kMinRelativeScale * std::abs(level), kMinScale, options.minScale, poisson})};
}

double ratioOf(double before, double after)
{
    if (before == 0.0)
        return after == 0.0 ? 1.0 : std::numeric_limits<double>::infinity();
    return std::abs(after) / std::abs(before);
}

// "8", "2.5", "12": a factor as a person would say it.
QString factorText(double factor)
{
    return factor < 10.0 ? QString::number(factor, 'g', 2) : QString::number(qRound64(factor));
}

} // namespace

ChangePointDetector::ChangePointDetector(const Options& options)
    : m_options(options)
{ }

QVector<ChangePoint> ChangePointDetector::detect(std::span<const MetricPoint> points) const
{
    const Options& o = m_options;
    std::vector<double> values;
    std::vector<qint64> times;
    values.reserve(points.size());
    times.reserve(points.size());
    for (const MetricPoint& p : points) {
        if (!std::isnan(p.value)) {
            values.push_back(p.value);
            times.push_back(p.at);
        }
    }

    const qsizetype n = qsizetype(values.size());
    const int confirm = std::max(o.confirm, 1);
    const int minBaseline = std::max(o.minBaseline, 3);
    const auto significant = [&](const Baseline& base, double value) {
        const double ratio = ratioOf(base.level, value);
        const double delta = std::abs(value - base.level);
        return delta / base.scale >= o.minScore && (ratio >= o.minRatio || ratio <= 1.0 / o.minRatio)
            && delta >= o.minAbsoluteChange;
    };

    QVector<ChangePoint> found;
    std::vector<double> scratch;
    qsizetype regimeStart = 0;
    for (qsizetype i = 0; i + confirm <= n; ++i) {
        const qsizetype baseBegin = std::max(regimeStart, i - qsizetype(std::max(o.window, minBaseline)));
        if (i - baseBegin < minBaseline)
            continue;
        const Baseline base = baselineOf(values, baseBegin, i, scratch, o);
        if (!significant(base, values[i]))
            continue;
        // The shift must hold: the median of the next points, not one sample, is the new level.
        scratch.assign(values.begin() + i, values.begin() + i + confirm);
        const double after = median(scratch);
        if (!significant(base, after) || (after > base.level) != (values[i] > base.level))
            continue;

        ChangePoint change;
        change.at = times[std::size_t(i)];
        change.before = base.level;
        change.after = after;
        change.ratio = ratioOf(base.level, after);
        change.direction = after > base.level ? ChangePoint::Rise : ChangePoint::Drop;
        change.score = std::min(std::abs(after - base.level) / base.scale, kMaxScore);
        found.append(change);
        // Hysteresis: the new level is the baseline from here on, so the rest of the shift is
        // not a change again, and its end (the recovery) is measured against the shifted level.
        regimeStart = i;
    }

    if (found.size() > o.maxSuggestions) {
        std::stable_sort(found.begin(), found.end(),
                         [](const ChangePoint& a, const ChangePoint& b) { return a.score > b.score; });
        found.resize(std::max(o.maxSuggestions, 0));
        std::sort(found.begin(), found.end(), [](const ChangePoint& a, const ChangePoint& b) { return a.at < b.at; });
    }
    return found;
}

QString ChangePointDetector::describe(const QString& seriesName, const ChangePoint& change)
{
    const QString time
        = QDateTime::fromMSecsSinceEpoch(change.at, QTimeZone::utc()).toString(QStringLiteral("HH:mm:ss"));
    if (change.direction == ChangePoint::Rise) {
        if (std::isinf(change.ratio)) {
            return QCoreApplication::translate("ChangePointDetector", "%1 rose from 0 to %2 at %3")
                .arg(seriesName, QString::number(change.after, 'g', 3), time);
        }
        return QCoreApplication::translate("ChangePointDetector", "%1 rose %2x at %3")
            .arg(seriesName, factorText(change.ratio), time);
    }
    if (change.ratio <= 0.0) {
        return QCoreApplication::translate("ChangePointDetector", "%1 fell to 0 at %2").arg(seriesName, time);
    }
    return QCoreApplication::translate("ChangePointDetector", "%1 fell to 1/%2 at %3")
        .arg(seriesName, factorText(1.0 / change.ratio), time);
}

} // namespace debrief
