// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogLevelHistogram.h"
#include "MetricPoint.h"

#include <QVector>
#include <span>

namespace debrief {

// The entries per bucket (a minute by default) of one log level over a time range, every bucket
// present (zero when the level logged nothing): a series a chart draws as a histogram beside the
// metrics and the change-point detector reads like any metric. Built from the store's counts.
struct LogRateSeries
{
    static constexpr qint64 kMinute = 60 * 1000;
    // More buckets than this and the bucket grows (by whole minutes) so that the series stays
    // small whatever the range: the chart and the detector need shape, not every minute of a week.
    static constexpr qsizetype kMaxBuckets = 10000;

    int level = 2; // LogLevel value, 0 trace .. 6 critical
    qint64 bucketMs = kMinute;
    QVector<MetricPoint> points; // bucket starts from `from`, counts as values

    // One series per level that has any entry in [from, to), by level. `buckets` are the store's
    // counts for the same range and bucket size, in any order.
    static QVector<LogRateSeries> fromBuckets(std::span<const LogLevelBucket> buckets, UtcMillis from, UtcMillis to,
                                              qint64 bucketMs);
    // The bucket size for [from, to): a minute, or whole minutes enough to keep within kMaxBuckets.
    static qint64 bucketFor(UtcMillis from, UtcMillis to);
};

} // namespace debrief
