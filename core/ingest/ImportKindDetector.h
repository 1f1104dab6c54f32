// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogFormatRegistry.h"

#include <QString>

namespace debrief {

// What a file handed to `import` is: a postmortem document or a log file (metrics follow).
enum class ImportKind
{
    Postmortem,
    Log,
};

struct ImportKindDetection
{
    ImportKind kind = ImportKind::Postmortem;
    QString reason; // for a person: why this kind was chosen
};

// Tells postmortems from logs by content, so that `import` and a drop on the GUI take any file:
// a postmortem has section headings (Timeline, Root Cause, ...) that a log almost never has, and
// a log has lines a log format recognises. Reads at most the first 64 KiB; gzip is always a log.
class ImportKindDetector
{
public:
    // `format`, when given, decides: "postmortem" or the name of a log format.
    static ImportKindDetection detect(const QString& path, const QString& format = {},
                                      const LogFormatRegistry& formats = LogFormatRegistry::builtIn());
    // The same on bytes already read (the start of a file).
    static ImportKindDetection detectBytes(QByteArrayView head, const LogFormatRegistry& formats);

    static constexpr qint64 kHeadBytes = 64 * 1024;
};

} // namespace debrief
