// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for one metrics format, chosen at build time by DEBRIEF_FUZZ_METRIC_FORMAT: any
// bytes through the format's detection score and parser, with and without a snapshot time and a
// dashboard zone. Crashes, sanitizer reports and broken result invariants are findings: a score
// outside 0..1, a failed parse without a message, a gap count that does not match the NaN points.
// (A failed parse may leave partial series behind: MetricImport stores nothing when ok is false.)
#include "MetricFormatRegistry.h"

#include <cmath>
#include <cstddef>
#include <cstdint>

namespace {

void check(const debrief::MetricParseResult& result)
{
    using namespace debrief;
    if (!result.ok) {
        if (result.error.isEmpty())
            __builtin_trap();
        return;
    }
    qint64 gaps = 0;
    for (const MetricSeriesData& series : result.series) {
        for (const MetricPoint& point : series.points)
            gaps += std::isnan(point.value) ? 1 : 0;
    }
    if (gaps != result.gaps)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace debrief;
    static const MetricFormat* format
        = MetricFormatRegistry::builtIn().find(QStringLiteral(DEBRIEF_FUZZ_METRIC_FORMAT));
    if (!format)
        __builtin_trap();
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const double score = format->match(bytes.first(qMin<qsizetype>(bytes.size(), 64 * 1024)));
    if (score < 0.0 || score > 1.0)
        __builtin_trap();
    MetricParseContext context;
    check(format->parse(bytes, context));
    context.snapshotAt = 1723316400000;
    context.defaultOffsetSeconds = 7200;
    check(format->parse(bytes, context));
    return 0;
}
