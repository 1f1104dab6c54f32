// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommonLogFormat.h"

#include "AccessLogParser.h"

#include <QCoreApplication>

namespace debrief {

QString CommonLogFormat::name() const
{
    return QStringLiteral("common-log");
}

QString CommonLogFormat::description() const
{
    return QCoreApplication::translate("LogFormat",
                                       "Common Log Format (NCSA, Apache \"common\"): client, ident, user, [time], "
                                       "\"request\", status, bytes");
}

QStringList CommonLogFormat::samples() const
{
    return {
        QStringLiteral("127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] \"GET /apache_pb.gif HTTP/1.0\" 200 2326"),
        QStringLiteral("192.0.2.14 - - [10/Aug/2024:19:00:01 +0000] \"GET /missing HTTP/1.1\" 404 -"),
        QStringLiteral("192.0.2.15 - - [10/Aug/2024:19:00:02 +0000] \"POST /checkout HTTP/1.1\" 503 299"),
    };
}

double CommonLogFormat::matchLine(QByteArrayView line) const
{
    const std::optional<AccessLogLine> parts = AccessLogParser::scan(line);
    if (!parts)
        return 0.0;
    // Trailing fields that are not referer and user agent make it a custom format built on CLF.
    if (parts->combined)
        return 0.5;
    return parts->extra.isEmpty() ? 0.95 : 0.7;
}

std::unique_ptr<LogParser> CommonLogFormat::createParser(const LogParseContext&) const
{
    return std::make_unique<AccessLogParser>();
}

} // namespace debrief
