// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QtGlobal>
#include <optional>

// Date and time helpers for the syslog and web-server log parsers: month names, calendar
// validation and the fixed-layout timestamps these formats write. Hand-written scanners over
// bytes rather than QDateTime or regular expressions, because they run once per line of files
// with millions of lines. Not a general date parser: each function reads exactly one layout.
namespace debrief::syslogtime {

// A wall-clock time as written, before its zone is applied.
struct CivilTime
{
    int year = 0;
    int month = 0; // 1..12
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int millis = 0;
};

// A timestamp read from the start of a view: its UTC time and how many bytes it took.
struct ScannedTime
{
    qint64 utcMillis = 0;
    qsizetype length = 0;
};

// 1..12 for "Jan".."Dec" (any case) at the start of `text`, 0 otherwise.
int monthFromAbbreviation(QByteArrayView text);
// True for "Mon".."Sun" (any case) at the start of `text`.
bool isWeekdayAbbreviation(QByteArrayView text);
int daysInMonth(int year, int month);
// UTC milliseconds of a wall-clock time in the zone `offsetSeconds` east of UTC; none when a field is
// out of range (Feb 30, 25:61:00, second 60).
std::optional<qint64> toUtcMillis(const CivilTime& time, int offsetSeconds);

// The value of exactly `count` ASCII digits at `pos`, or -1.
int fixedDigits(QByteArrayView text, qsizetype pos, int count);
// ".123456" at `pos`: sets `millis` (truncated to milliseconds) and returns the bytes taken (0 when
// there is no fraction, -1 when a '.' has no digit after it).
qsizetype scanFraction(QByteArrayView text, qsizetype pos, int& millis);
// "Z", "+02:00", "-0530" at `pos`: sets `offsetSeconds` and returns the bytes taken, or -1.
qsizetype scanZone(QByteArrayView text, qsizetype pos, int& offsetSeconds);

// RFC 3339 "2024-08-10T19:00:01.123456+02:00" at the start of `text` (the zone is required).
std::optional<ScannedTime> scanRfc3339(QByteArrayView text);
// Common Log Format "10/Aug/2024:19:00:01 +0000" at the start of `text`.
std::optional<ScannedTime> scanClfTime(QByteArrayView text);

} // namespace debrief::syslogtime
