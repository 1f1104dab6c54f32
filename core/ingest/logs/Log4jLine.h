// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogLevel.h"

#include <QByteArrayView>
#include <QVarLengthArray>
#include <optional>

namespace debrief {

// The header of one log4j / logback / Python logging / Spring Boot / PostgreSQL style line: a
// timestamp (optionally in brackets), then in some order a level word, [thread] brackets, a pid
// and a logger, up to the separator (" - ", " : ", "LEVEL:") where the message starts. Views
// into the line, no allocation. Not for the lines that continue an entry (stack traces).
struct Log4jLine
{
    qint64 at = 0;
    QByteArrayView timeText;
    LogLevel level = LogLevel::Info;
    QByteArrayView thread; // the last [bracket]
    QByteArrayView context; // an earlier [bracket] (Spring Boot's application name)
    QByteArrayView logger;
    QByteArrayView pid;
    QByteArrayView message;
    // PostgreSQL's DETAIL/HINT/STATEMENT/CONTEXT/QUERY/LOCATION lines belong to the entry before.
    bool detail = false;

    static std::optional<Log4jLine> read(QByteArrayView line, int defaultOffsetSeconds);
    // Stack-trace lines that follow an entry: "\tat ...", "Caused by: ...", "Traceback ...".
    static bool looksLikeContinuation(QByteArrayView line);
};

} // namespace debrief
