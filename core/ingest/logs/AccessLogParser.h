// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldsJsonWriter.h"
#include "LineLogParser.h"
#include "RecentString.h"

namespace debrief {

// The parts of one access-log line, as views into it.
struct AccessLogLine
{
    QByteArrayView remoteAddr;
    QByteArrayView ident;
    QByteArrayView remoteUser;
    QByteArrayView timeText;
    qint64 utc = 0;
    QByteArrayView request; // as written, escapes kept
    QByteArrayView status;
    QByteArrayView bytes;
    QByteArrayView referer; // without quotes; empty when the line has none
    QByteArrayView userAgent; // without quotes; empty when the line has none
    bool combined = false; // referer and user agent are present
    QByteArrayView extra; // whatever follows (request time, upstream, ...)
};

// Parses the access logs of nginx and Apache in the Common Log Format
// `host ident user [10/Aug/2024:19:00:01 +0000] "GET / HTTP/1.1" 200 612` and its "combined" form with
// `"referer" "user agent"` after it, tolerating fields some configurations append. Shared by
// NginxAccessFormat and CommonLogFormat, which differ only in what detection expects. The message is
// the request line and the status ("GET /login HTTP/1.1 401"), the host the client address, the
// level follows the status (5xx error, 4xx warning); everything else goes to the fields.
class AccessLogParser : public LineLogParser
{
public:
    AccessLogParser();
    // The line split into its parts, or none when it is not an access-log line.
    static std::optional<AccessLogLine> scan(QByteArrayView line);

protected:
    std::optional<LogRecord> parseLine(QByteArrayView line) override;

private:
    void writeFields(const AccessLogLine& parts);

    FieldsJsonWriter m_fields;
    QByteArray m_message;
    RecentString m_timeText;
    RecentString m_host;
};

} // namespace debrief
