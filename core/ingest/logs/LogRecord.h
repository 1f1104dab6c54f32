// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogLevel.h"

#include <QString>
#include <QtGlobal>

#include <optional>

namespace debrief {

// One log entry as a parser produces it, before it is stored. A multi-line entry (a stack trace)
// is one record whose message holds all its lines joined by '\n'.
struct LogRecord
{
    qint64 line = 0;               // 1-based line of the entry's first line in the file
    std::optional<qint64> at;      // UTC milliseconds since the epoch; none when the line has no time
    QString timeText;              // the timestamp as written
    LogLevel level = LogLevel::Info;
    QString host;
    QString service;               // program, app name, logger, container...
    QString message;
    QString fields;                // structured fields as a compact JSON object, empty when none
    bool unparsed = false;         // the format did not match: message is the raw line
    // Kept raw (unparsed is set too) but no log entry at all: a shell prompt and its command output
    // in a pasted terminal session, a W3C or Zeek '#' directive, a journal header. Counted apart.
    bool nonEntry = false;

    bool operator==(const LogRecord&) const = default;
};

// What a parser needs that the file may not say: RFC 3164 and many text formats have no year and
// no zone.
struct LogParseContext
{
    int defaultYear = 1970;
    int defaultOffsetSeconds = 0; // the zone of times written without one, seconds east of UTC
};

} // namespace debrief
