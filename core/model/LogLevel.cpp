// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogLevel.h"

#include <array>
#include <utility>

namespace debrief {

namespace {

constexpr std::array<std::pair<const char*, LogLevel>, 30> kSpellings{{
    {"trace", LogLevel::Trace},       {"trc", LogLevel::Trace},        {"verbose", LogLevel::Trace},
    {"finest", LogLevel::Trace},      {"debug", LogLevel::Debug},      {"dbg", LogLevel::Debug},
    {"d", LogLevel::Debug},           {"fine", LogLevel::Debug},       {"info", LogLevel::Info},
    {"inf", LogLevel::Info},          {"i", LogLevel::Info},           {"informational", LogLevel::Info},
    {"information", LogLevel::Info},  {"notice", LogLevel::Notice},    {"warn", LogLevel::Warning},
    {"warning", LogLevel::Warning},   {"wrn", LogLevel::Warning},      {"w", LogLevel::Warning},
    {"error", LogLevel::Error},       {"err", LogLevel::Error},        {"e", LogLevel::Error},
    {"severe", LogLevel::Error},      {"critical", LogLevel::Critical}, {"crit", LogLevel::Critical},
    {"fatal", LogLevel::Critical},    {"f", LogLevel::Critical},       {"panic", LogLevel::Critical},
    {"dpanic", LogLevel::Critical},   {"alert", LogLevel::Critical},   {"emerg", LogLevel::Critical},
}};

} // namespace

QString logLevelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Trace:
        return QStringLiteral("trace");
    case LogLevel::Debug:
        return QStringLiteral("debug");
    case LogLevel::Info:
        return QStringLiteral("info");
    case LogLevel::Notice:
        return QStringLiteral("notice");
    case LogLevel::Warning:
        return QStringLiteral("warning");
    case LogLevel::Error:
        return QStringLiteral("error");
    case LogLevel::Critical:
        return QStringLiteral("critical");
    }
    return QStringLiteral("info");
}

std::optional<LogLevel> logLevelFromText(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.compare(QLatin1String("emergency"), Qt::CaseInsensitive) == 0)
        return LogLevel::Critical;
    for (const auto& [spelling, level] : kSpellings) {
        if (trimmed.compare(QLatin1String(spelling), Qt::CaseInsensitive) == 0)
            return level;
    }
    return std::nullopt;
}

LogLevel logLevelFromSyslogSeverity(int severity)
{
    // RFC 5424 6.2.1: 0 emerg, 1 alert, 2 crit, 3 err, 4 warning, 5 notice, 6 info, 7 debug.
    if (severity <= 2)
        return LogLevel::Critical;
    switch (severity) {
    case 3:
        return LogLevel::Error;
    case 4:
        return LogLevel::Warning;
    case 5:
        return LogLevel::Notice;
    case 6:
        return LogLevel::Info;
    default:
        return LogLevel::Debug;
    }
}

LogLevel logLevelFromBunyan(int level)
{
    if (level <= 10)
        return LogLevel::Trace;
    if (level <= 20)
        return LogLevel::Debug;
    if (level <= 30)
        return LogLevel::Info;
    if (level <= 40)
        return LogLevel::Warning;
    if (level <= 50)
        return LogLevel::Error;
    return LogLevel::Critical;
}

} // namespace debrief
