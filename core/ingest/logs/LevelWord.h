// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogLevel.h"

#include <QByteArrayView>
#include <optional>

namespace debrief {

// Level words as text formats write them, read straight from the line's bytes (no QString per
// line): everything logLevelFromText knows plus PostgreSQL's LOG/DEBUG1..5, java.util.logging's
// FINER/CONFIG, MySQL's Note, FAILURE, slog's "INFO+2" offsets and GCP's "DEFAULT". Not for numeric levels (Bunyan,
// syslog): callers know which numbering their format uses.
class LevelWord
{
public:
    enum class Letters
    {
        Reject, // "I", "E": too easily a word of the message (generic, log4j)
        Accept, // a value of a level key, where a lone letter can only be a level
    };
    static std::optional<LogLevel> parse(QByteArrayView word, Letters letters = Letters::Reject);
    // The first upper-case level word of 3+ letters among the words of `text` ("MainThread::INFO::",
    // "[thread-3] WARN", "[ERROR]\t2024-..."): for text whose level has no fixed place.
    static std::optional<LogLevel> findUpperCase(QByteArrayView text);
};

} // namespace debrief
