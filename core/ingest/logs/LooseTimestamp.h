// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogRecord.h"

#include <QByteArrayView>
#include <optional>

namespace debrief {

// The timestamps that hand-rolled text logs start with, for the generic fallback format:
// ISO 8601 / RFC 3339 (via Rfc3339Time), "2024/08/10 19:00:01", "Aug 10 19:00:01" and
// "Sat Aug 10 19:00:01.123 2024" (no year: the context's), "10/Aug/2024:19:00:01 +0000" (CLF),
// "10-Aug-2024 19:00:01.123" (Tomcat), and epoch seconds or milliseconds as a first token
// (2000..2100 only, so a counter or a pid is not taken for a time). Not a syslog parser.
class LooseTimestamp
{
public:
    struct Parsed
    {
        qint64 utcMs = 0;
        qsizetype length = 0;
    };
    static std::optional<Parsed> parsePrefix(QByteArrayView text, const LogParseContext& context);
    // "Jan".."Dec" (case as written by C's strftime) -> 1..12, else 0.
    static int monthFromName(QByteArrayView name);
};

} // namespace debrief
