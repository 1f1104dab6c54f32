// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MetricPoint.h"

#include <QString>
#include <QVector>
#include <QtGlobal>
#include <span>

namespace debrief {

// A proposed "what changed" moment of a series: the level shifted from before to after at `at`.
// ratio is after / before (infinite when before is 0); score is the shift in robust standard
// deviations of the baseline, the rank among suggestions.
struct ChangePoint
{
    enum Direction
    {
        Rise,
        Drop
    };

    qint64 at = 0;
    double before = 0.0;
    double after = 0.0;
    double ratio = 1.0;
    Direction direction = Rise;
    double score = 0.0;
};

// Proposes the few level shifts of a metric series worth a timeline event, for the user to accept
// or reject; it is not an alerting engine and does not explain causes.
//
// Method: a robust z-score of each point against the median and MAD of the preceding window
// (30 points), chosen over CUSUM because it needs no prior mean or drift parameter per series,
// median and MAD ignore the spikes and the noise of real metrics, and the comparison it makes
// ("8x the recent median") is the one the suggestion's text states. A candidate must be far in
// robust deviations and in ratio; it becomes a change only when the median of the next few points
// confirms it, so a lone outlier gives nothing. After a change the baseline restarts at the new
// level (hysteresis): a sustained shift gives one suggestion at its start and one at its end,
// never one per point. NaN points (gaps) are skipped: a gap neither is nor hides a change.
// Only the strongest few suggestions are kept, returned in time order. Cost: O(points x window).
class ChangePointDetector
{
public:
    struct Options
    {
        int window = 30; // baseline points before a candidate
        int minBaseline = 10; // fewer points since the series or last change start: no test yet
        int confirm = 5; // points whose median must confirm the shift
        double minRatio = 2.0; // after / before at least this, or at most its inverse
        double minScore = 6.0; // robust z-score of the new level
        double minAbsoluteChange = 0.0; // |after - before| at least this, in the series' unit
        // The noise of the baseline is taken to be at least this, in the series' unit: 1 for a
        // series of whole numbers (connections, queue lengths), whose flat stretches would
        // otherwise make a step of 2 look like a thousand deviations.
        double minScale = 0.0;
        // Values are counts of events per interval (log lines per minute): their noise is at
        // least Poisson's, the square root of the level (and 1 at level 0), so that 0 -> 5 lines
        // a minute is no shift but 0 -> 40 is.
        bool counts = false;
        int maxSuggestions = 3;
    };

    ChangePointDetector() = default;
    explicit ChangePointDetector(const Options& options);

    // Points must be sorted by time.
    QVector<ChangePoint> detect(std::span<const MetricPoint> points) const;

    // "auth_failed_logins rose 8x at 19:00:30", "… fell to 1/5 at 20:45:00" (UTC, translated).
    static QString describe(const QString& seriesName, const ChangePoint& change);

private:
    Options m_options;
};

} // namespace debrief
