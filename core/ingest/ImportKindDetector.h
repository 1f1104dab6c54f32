// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogFormatRegistry.h"
#include "MetricFormatRegistry.h"

#include <QString>

namespace debrief {

// What a file handed to `import` is: a postmortem document, a log file, a metrics export, or none
// of them that Debrief can read (then nothing may be stored).
enum class ImportKind
{
    Postmortem,
    Log,
    Metric,
    Unknown,
};

struct ImportKindDetection
{
    ImportKind kind = ImportKind::Unknown;
    QString reason; // for a person: why this kind was chosen
    // When Unknown: the format that came nearest and the share of sampled lines it read, for the
    // refusal message ("closest: generic, 12% of sampled lines").
    QString closest;
    int closestPercent = 0;
    bool forced = false; // --format decided, not the content

    // "not a postmortem, log or metrics file that Debrief can read (closest: NAME, N% of sampled lines)"
    QString refusal() const;
};

// Tells postmortems, logs and metrics exports apart by content, and is sure before it says so,
// because the kind decides what an import may change: a file is a postmortem only on positive
// evidence (two section headings a postmortem has, or one with postmortem words such as "root
// cause" or "outage"); a metrics export only when its format reads numeric values from it (a CSV
// of time, level, component, text is a log); a log when a log format reads it, or when most of
// its lines start with a time and no postmortem sections say otherwise. Anything else is Unknown,
// never a guess. Reads at most the first 64 KiB; gzip is always a log.
class ImportKindDetector
{
public:
    // `format`, when given, decides: "postmortem", the name of a metric format, or else a log format.
    static ImportKindDetection detect(const QString& path, const QString& format = {},
                                      const LogFormatRegistry& formats = LogFormatRegistry::builtIn(),
                                      const MetricFormatRegistry& metrics = MetricFormatRegistry::builtIn());
    // The same on bytes already read (the start of a file); `whole` says they are the whole file.
    static ImportKindDetection detectBytes(QByteArrayView head, const LogFormatRegistry& formats,
                                           const MetricFormatRegistry& metrics = MetricFormatRegistry::builtIn(),
                                           bool whole = true);

    static constexpr qint64 kHeadBytes = 64 * 1024;
    // Lower than a sure match on purpose: a metric format below this is left to the log formats.
    static constexpr double kMetricConfidence = 0.6;
    // A log format this sure reads the file whatever else it holds.
    static constexpr double kLogConfidence = 0.5;
    // "Mostly": the share of sampled lines that must start with a time for a file to be a log.
    static constexpr double kTimeLedShare = 0.5;
    // Without any postmortem evidence, this share of lines with a time (at least kMinTimedLines of
    // them) is a log whose entries span several lines.
    static constexpr double kTimedShareWithoutSections = 0.15;
    static constexpr int kMinTimedLines = 3;
};

} // namespace debrief
