// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QtGlobal>
#include <optional>

namespace debrief {

// Fast, allocation-free readers for the timestamps that structured logs write: ISO 8601 /
// RFC 3339 ("2024-08-10T19:00:01.123456789+02:00", "2024-08-10 19:00:01,123", "... UTC") and
// epoch numbers whose unit is told by their magnitude. Shared by the JSON lines, logfmt, CRI,
// log4j and generic parsers; not a general date library (no week dates, no ordinal dates, no
// named zones beyond UTC/GMT/Z), and not for syslog's "Aug 10 19:00:01" (see LooseTimestamp).
class Rfc3339Time
{
public:
    struct Parsed
    {
        qint64 utcMs = 0;
        qsizetype length = 0; // bytes of the input the timestamp took
        bool hasZone = false; // false: the time was read in the default offset
    };

    // A timestamp at the start of `text`: date ('-' or '/' separated), 'T' or ' ', HH:MM[:SS],
    // a fraction after '.' or ',' of any length, then an optional zone: Z, +HH:MM, +HHMM, +HH,
    // or " UTC" / " GMT" / " +HHMM" after a space. Times without a zone are read as local
    // time at `defaultOffsetSeconds` east of UTC.
    static std::optional<Parsed> parsePrefix(QByteArrayView text, int defaultOffsetSeconds);
    // The whole of `text` must be one timestamp (a JSON or logfmt value).
    static std::optional<qint64> parse(QByteArrayView text, int defaultOffsetSeconds);

    // An epoch number as text ("1723316401", "1723316401.123", "1723316401123456", "1.7e9"):
    // seconds below 1e11, milliseconds below 1e14, microseconds below 1e17, else nanoseconds.
    static std::optional<qint64> epochTextToMs(QByteArrayView text);
    // An epoch number that is likely a time, not a count or a duration: 1990-01-01 .. 2200-01-01.
    // For keys like "t" or "ts" that some loggers also use for other numbers.
    static bool plausibleEpochMs(qint64 ms) { return ms >= 631'152'000'000 && ms < 7'258'118'400'000; }
    // Days since 1970-01-01 of a proleptic Gregorian date; no range checks.
    static qint64 daysFromCivil(int year, int month, int day);
    static bool validDate(int year, int month, int day);
};

} // namespace debrief
