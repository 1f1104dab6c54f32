// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes through the import kind detection (the start of a file, and the same
// bytes as a whole file), which reads every file any import is handed. Crashes, sanitizer reports
// and a refusal without its message are findings.
#include "ImportKindDetector.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace debrief;
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const bool whole : {true, false}) {
        const ImportKindDetection detection = ImportKindDetector::detectBytes(bytes, LogFormatRegistry::builtIn(),
                                                                              MetricFormatRegistry::builtIn(), whole);
        if (detection.kind == ImportKind::Unknown && detection.refusal().isEmpty())
            __builtin_trap();
    }
    return 0;
}
