// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes through the postmortem importer, then the exporter and the linter
// on whatever came out. Crashes, sanitizer reports and round-trip breaks are findings.
#include "MarkdownExporter.h"
#include "PostmortemImporter.h"
#include "PostmortemLinter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace debrief;
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const PostmortemImportResult result = PostmortemImporter::import(bytes, QStringLiteral("fuzz.md"));
    if (!result.ok)
        return 0;
    PostmortemLinter::lint(result.incident);
    const QString report = MarkdownExporter::exportIncident(result.incident);
    // The exporter's output must import again; its own round trip is checked by the tests.
    const PostmortemImportResult again = PostmortemImporter::import(report.toUtf8(), QStringLiteral("fuzz.md"));
    if (!again.ok)
        __builtin_trap();
    return 0;
}
