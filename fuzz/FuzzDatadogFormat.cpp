// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes through DatadogFormat, detection and parse, with and without a snapshot
// time. Crashes, sanitizer reports and an ok result without a consistent gap count are findings.
#include "DatadogFormat.h"

#include <cmath>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace debrief;
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const DatadogFormat format;
    const double score = format.match(bytes.first(qMin<qsizetype>(bytes.size(), 64 * 1024)));
    if (score < 0.0 || score > 1.0)
        __builtin_trap();
    MetricParseContext context;
    const MetricParseResult plain = format.parse(bytes, context);
    context.snapshotAt = 1723316400000;
    const MetricParseResult result = format.parse(bytes, context);
    if (!plain.ok && !plain.series.isEmpty())
        __builtin_trap(); // a failed parse must leave nothing to store
    if (result.ok) {
        qint64 gaps = 0;
        for (const MetricSeriesData& series : result.series) {
            for (const MetricPoint& point : series.points)
                gaps += std::isnan(point.value) ? 1 : 0;
        }
        if (gaps != result.gaps)
            __builtin_trap();
    }
    return 0;
}
