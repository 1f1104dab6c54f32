// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QtGlobal>
#include <optional>

namespace debrief {

// Reads the time cells that CSV metric and log exports write: ISO 8601 / RFC 3339 ("2024-08-10T19:00:00Z",
// "...+02:00", "2024-08-10 19:00:00.123", "... UTC", "2024/08/10 19:00"), a date alone, and epoch
// numbers whose unit follows from their magnitude (seconds, milliseconds, micro-, nanoseconds).
// Allocation-free, for millions of cells. Not a general date library: no month names, no week
// or ordinal dates, no named zones beyond UTC/GMT/Z.
class CsvTime
{
public:
    struct Value
    {
        qint64 utcMs = 0;
        bool hasZone = false; // false: a formatted time read at the default offset
        bool epoch = false; // the cell was a number
    };

    // The whole (space-trimmed) cell must be one time. Formatted times without a zone are local
    // times `defaultOffsetSeconds` east of UTC.
    static std::optional<Value> parse(QByteArrayView text, int defaultOffsetSeconds);
    // An epoch number: below 1e11 seconds, below 1e14 milliseconds, below 1e17 microseconds,
    // else nanoseconds; a fraction is kept to the millisecond.
    static std::optional<qint64> parseEpoch(QByteArrayView text);
    // A time a metrics export plausibly holds (1990 .. 2200), to tell an epoch column from a
    // column of counts when looking for the time column by content.
    static bool plausible(qint64 utcMs) { return utcMs >= 631'152'000'000 && utcMs < 7'258'118'400'000; }
    static qint64 daysFromCivil(int year, int month, int day);
};

} // namespace debrief
