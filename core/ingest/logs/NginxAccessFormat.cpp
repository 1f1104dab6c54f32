// SPDX-License-Identifier: GPL-3.0-or-later
#include "NginxAccessFormat.h"

#include "AccessLogParser.h"

#include <QCoreApplication>

namespace debrief {

QString NginxAccessFormat::name() const
{
    return QStringLiteral("nginx-combined");
}

QString NginxAccessFormat::description() const
{
    return QCoreApplication::translate("LogFormat",
                                       "nginx and Apache \"combined\" access log: client, user, [time], "
                                       "\"request\", status, bytes, \"referer\", \"user agent\"");
}

QStringList NginxAccessFormat::samples() const
{
    return {
        QStringLiteral("203.0.113.9 - - [10/Aug/2024:19:00:01 +0000] \"GET /login HTTP/1.1\" 401 7 \"-\" "
                       "\"curl/7.88.1\""),
        QStringLiteral("10.0.0.7 - alice [10/Aug/2024:21:00:02 +0200] \"POST /api/orders HTTP/2.0\" 502 157 "
                       "\"https://shop.example/cart\" \"Mozilla/5.0 (X11; Linux x86_64)\""),
        QStringLiteral("10.0.0.8 - - [10/Aug/2024:19:00:03 +0000] \"GET /health HTTP/1.1\" 200 2 \"-\" "
                       "\"kube-probe/1.29\" 0.004 \"10.1.0.5:8080\""),
    };
}

double NginxAccessFormat::matchLine(QByteArrayView line) const
{
    const std::optional<AccessLogLine> parts = AccessLogParser::scan(line);
    if (!parts)
        return 0.0;
    return parts->combined ? 0.95 : 0.4;
}

std::unique_ptr<LogParser> NginxAccessFormat::createParser(const LogParseContext&) const
{
    return std::make_unique<AccessLogParser>();
}

} // namespace debrief
