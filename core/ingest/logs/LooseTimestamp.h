// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogRecord.h"

#include <QByteArrayView>
#include <optional>

namespace debrief {

// The timestamps that hand-rolled text logs start with, for the generic fallback format:
// ISO 8601 / RFC 3339 (via Rfc3339Time), "2024/08/10 19:00:01", "Aug 10 19:00:01" and
// "Sat Aug 10 19:00:01.123 2024" (no year: the context's), "10/Aug/2024:19:00:01 +0000" (CLF),
// "10-Aug-2024 19:00:01.123" (Tomcat), "25 Apr 2024 05:32:35.018" (Redis), numeric dates with
// two- or four-digit years, compact, dotted, slashed or day-first ("17/06/09 20:10:40",
// "081109 203518", "20240810T190001", "10.08.2024 19:00:01"), and epoch seconds or milliseconds as a
// token (2000..2100 only, so a counter or a pid is not taken for a time). Not a syslog parser.
class LooseTimestamp
{
public:
    struct Parsed
    {
        qint64 utcMs = 0;
        qsizetype length = 0;
    };
    static std::optional<Parsed> parsePrefix(QByteArrayView text, const LogParseContext& context);
    struct Found
    {
        qint64 utcMs = 0;
        qsizetype offset = 0;
        qsizetype length = 0;
    };
    // The first timestamp that starts a word within the first `within` bytes of `text`
    // ("MainThread::INFO::2011-12-05 07:04:56,101::...", "1:M 25 Apr 2024 05:32:35.019 * msg").
    static std::optional<Found> find(QByteArrayView text, const LogParseContext& context, qsizetype within = 64);
    // "Jan".."Dec" (case as written by C's strftime) -> 1..12, else 0.
    static int monthFromName(QByteArrayView name);
};

} // namespace debrief
