// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccessLogParser.h"
#include "ApacheErrorFormat.h"
#include "CommonLogFormat.h"
#include "LogTestSupport.h"
#include "NginxAccessFormat.h"
#include "NginxErrorFormat.h"
#include "SyslogRfc3164Format.h"
#include "SyslogRfc5424Format.h"

#include <QDateTime>
#include <memory>
#include <vector>

// Helpers for the tests of the syslog and web-server log formats (the shared ones are in
// LogTestSupport.h): one-line parsing, the set of formats to rank, hostile input, and an independent clock (QDateTime)
// to check the parsers' hand-written date arithmetic against.
namespace debrief::test {

inline std::optional<LogRecord> parseOne(const LogFormat& format, QByteArrayView line, LogParseContext context = {})
{
    const QVector<LogRecord> records = parseText(format, line, context);
    if (records.size() != 1)
        return std::nullopt;
    return records.front();
}

// UTC milliseconds of an ISO 8601 text, computed by Qt rather than by the code under test.
inline qint64 isoMillis(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toMSecsSinceEpoch();
}

inline std::vector<std::unique_ptr<LogFormat>> syslogAndWebFormats()
{
    std::vector<std::unique_ptr<LogFormat>> formats;
    formats.push_back(std::make_unique<SyslogRfc3164Format>());
    formats.push_back(std::make_unique<SyslogRfc5424Format>());
    formats.push_back(std::make_unique<NginxAccessFormat>());
    formats.push_back(std::make_unique<CommonLogFormat>());
    formats.push_back(std::make_unique<NginxErrorFormat>());
    formats.push_back(std::make_unique<ApacheErrorFormat>());
    return formats;
}

// The name of the format of our set that scores `line` highest (specificity breaking ties), or
// empty when none scores it.
inline QString bestFormatFor(QByteArrayView line)
{
    return bestFormatAmong(syslogAndWebFormats(), line);
}

// Inputs every parser must survive: each gives only unparsed records (or none), never a crash.
inline QList<QByteArray> hostileLines()
{
    QByteArray garbage;
    for (int i = 0; i < 512; ++i)
        garbage += char((i * 37 + 11) % 256);
    return {
        QByteArray("<34>"),
        QByteArray("<"),
        QByteArray("<999>Aug 10 19:00:01 host app: x"),
        QByteArray("["),
        QByteArray("\""),
        garbage,
        QByteArray(10 * 1024 * 1024, 'x'),
        QByteArray(10 * 1024 * 1024, '['),
        QByteArray(10 * 1024 * 1024, '"'),
    };
}

} // namespace debrief::test
