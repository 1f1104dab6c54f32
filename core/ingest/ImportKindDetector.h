// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogFormatRegistry.h"
#include "MetricFormatRegistry.h"

#include <QString>

namespace debrief {

// What a file handed to `import` is: a postmortem document, a log file or a metrics export.
enum class ImportKind
{
    Postmortem,
    Log,
    Metric,
};

struct ImportKindDetection
{
    ImportKind kind = ImportKind::Postmortem;
    QString reason; // for a person: why this kind was chosen
};

// Tells postmortems from logs by content, so that `import` and a drop on the GUI take any file:
// a postmortem has section headings (Timeline, Root Cause, ...) that a log almost never has, and
// a log has lines a log format recognises, and a metrics export is what a metric format claims
// with at least kMetricConfidence, or claims at all when only the generic log fallback reads it.
// Metrics are asked before logs because a CSV or a scrape also reads as timestamped text lines to
// the generic log format, but after the postmortem headings.
// Reads at most the first 64 KiB; gzip is always a log.
class ImportKindDetector
{
public:
    // `format`, when given, decides: "postmortem", the name of a metric format, or else a log format.
    static ImportKindDetection detect(const QString& path, const QString& format = {},
                                      const LogFormatRegistry& formats = LogFormatRegistry::builtIn(),
                                      const MetricFormatRegistry& metrics = MetricFormatRegistry::builtIn());
    // The same on bytes already read (the start of a file).
    static ImportKindDetection detectBytes(QByteArrayView head, const LogFormatRegistry& formats,
                                           const MetricFormatRegistry& metrics = MetricFormatRegistry::builtIn());

    static constexpr qint64 kHeadBytes = 64 * 1024;
    // Lower than a sure match on purpose: a metric format below this is left to the log formats.
    static constexpr double kMetricConfidence = 0.6;
};

} // namespace debrief
