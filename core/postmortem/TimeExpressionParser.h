// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringView>
#include <QTime>
#include <optional>

namespace debrief {

// A time (and maybe a date and a zone) as written in a postmortem, with where it stood.
struct TimeExpression
{
    std::optional<QDate> date; // when the expression carries one ("2024-08-10 19:00")
    QTime time; // always valid
    std::optional<QTime> endTime; // for ranges "8:20 - 8:24"
    std::optional<int> offsetSeconds; // the zone's offset from UTC, when a zone was written
    QString zone; // the zone as written ("UTC", "PST", "+02:00", "Z"); empty if none
    qsizetype start = 0; // span of the whole expression in the input, brackets and
    qsizetype length = 0; // emphasis around it included ("[ 4: 45 am PST ]", "_5:30 PM_")
    // A date written without a year ("August 10 19:00"): month and day in the year 2000 (a leap year, so
    // February 29 fits). `date` stays empty because the year is unknown; the caller knows the document's year.
    std::optional<QDate> monthDay;
};

// Finds times, dates and zones in the free text of timelines, as people write them: "19:00 (UTC)",
// "19:00 UTC", "19:00:05Z", "2024-08-10 19:00", "10:30 PST", "10:00 AM (EAT)", "_5:30 PM_",
// "13:00:56", "[ 4: 45 am PST ]", "8:20 - 8:24", "2024-08-10T19:00:05+02:00". Rejects impossible
// times such as "25:99". Pure functions, no state.
class TimeExpressionParser
{
public:
    // A time expression at the start of `text` (leading spaces, bullets' emphasis and brackets
    // allowed), or none. A leading date is taken along ("2024-08-10 19:00", "Aug 10, 2024 19:00"),
    // and the span also covers the closing brackets and emphasis and a separator (":", "-", "—"), so
    // that `text.mid(start + length).trimmed()` is the entry's own text.
    static std::optional<TimeExpression> parseLeading(QStringView text);
    // The first time expression anywhere in `text`; brackets and emphasis count only when they
    // enclose it ("at [19:00 UTC]"), no separator is included.
    static std::optional<TimeExpression> find(QStringView text);
    // A date anywhere in `text`: "August 10, 2024", "10 August 2024", "Aug 10th, 2024",
    // "2024-08-10", "10.08.2024" (day first). Slashed dates put the day first only when it is above
    // 12 ("13/08/2024"); otherwise they are read the US way, month first ("08/10/2024" is August 10).
    // Dates without a year are not returned.
    static std::optional<QDate> findDate(QStringView text);
    // A zone as written ("UTC", "GMT", "Z", "PST", "PDT", "EAT", "CEST", "+02:00", "UTC+3",
    // "Europe/Berlin" at `onDate`): its offset from UTC in seconds.
    static std::optional<int> zoneOffsetSeconds(QStringView zone, const QDate& onDate = {});
    // A duration in words: "2 hours", "1h 30m", "90 minutes", "2 hrs 15 mins" -> minutes.
    static std::optional<int> parseDurationMinutes(QStringView text);
};

} // namespace debrief
