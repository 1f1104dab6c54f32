// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace debrief {

// The normalised severity of a log entry; the numbers are stored in log_entries.level and order
// the levels, so "warning and above" is `level >= Warning`.
enum class LogLevel : int
{
    Trace = 0,
    Debug = 1,
    Info = 2,
    Notice = 3,
    Warning = 4,
    Error = 5,
    Critical = 6,
};

// "trace", "debug", "info", "notice", "warning", "error", "critical"
QString logLevelName(LogLevel level);
// Every spelling formats use: "WARN", "warning", "W", "err", "FATAL", "panic", "emerg", "crit",
// "alert", "dpanic", "verbose", "informational"... (case-insensitive). None when unknown.
std::optional<LogLevel> logLevelFromText(QStringView text);
// Syslog severities 0 (emerg) .. 7 (debug).
LogLevel logLevelFromSyslogSeverity(int severity);
// Bunyan / Pino numeric levels: 10 trace, 20 debug, 30 info, 40 warn, 50 error, 60 fatal.
LogLevel logLevelFromBunyan(int level);

} // namespace debrief
