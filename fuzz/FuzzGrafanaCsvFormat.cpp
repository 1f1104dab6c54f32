// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes through GrafanaCsvFormat's detection and parser. Crashes, sanitizer reports and
// broken result invariants (an error without a message, series without names) are findings.
#include "GrafanaCsvFormat.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace debrief;
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const GrafanaCsvFormat format;
    const double score = format.match(bytes.first(qMin<qsizetype>(bytes.size(), 65536)));
    if (score < 0.0 || score > 1.0)
        __builtin_trap();
    MetricParseContext context;
    context.defaultOffsetSeconds = 7200;
    const MetricParseResult result = format.parse(bytes, context);
    if (!result.ok && result.error.isEmpty())
        __builtin_trap();
    return 0;
}
