// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogRateSeries.h"

#include <map>

namespace debrief {

QVector<LogRateSeries> LogRateSeries::fromBuckets(std::span<const LogLevelBucket> buckets, UtcMillis from, UtcMillis to,
                                                  qint64 bucketMs)
{
    if (bucketMs <= 0 || to <= from)
        return {};
    const qint64 bucketCount = (to.value - from.value + bucketMs - 1) / bucketMs;
    std::map<int, LogRateSeries> byLevel;
    for (const LogLevelBucket& bucket : buckets) {
        const qint64 index = (bucket.start - from.value) / bucketMs;
        if (index < 0 || index >= bucketCount)
            continue;
        LogRateSeries& series = byLevel[bucket.level];
        if (series.points.isEmpty()) {
            series.level = bucket.level;
            series.bucketMs = bucketMs;
            series.points.resize(bucketCount);
            for (qint64 i = 0; i < bucketCount; ++i)
                series.points[i] = MetricPoint {from.value + i * bucketMs, 0.0};
        }
        series.points[index].value += double(bucket.count);
    }
    QVector<LogRateSeries> result;
    for (auto& [level, series] : byLevel)
        result << std::move(series);
    return result;
}

qint64 LogRateSeries::bucketFor(UtcMillis from, UtcMillis to)
{
    const qint64 span = std::max<qint64>(to.value - from.value, 1);
    const qint64 minutes = (span + kMinute * kMaxBuckets - 1) / (kMinute * kMaxBuckets);
    return std::max<qint64>(minutes, 1) * kMinute;
}

} // namespace debrief
