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
    // Written as an estimate ("~18:10", "2018-10-08 ~18:10"): the writer's guess, not a log stamp.
    bool approximate = false;
};

// A date alone leading an entry ("08-01-2026 – text", "**May 10th, 2021:** text"), with where it stood.
struct DateAtStart
{
    QDate date; // always valid; in the year 2000 when no year was written
    bool hasYear = true;
    qsizetype start = 0; // span of the date with its brackets, emphasis and separator, so that
    qsizetype length = 0; // `text.mid(start + length).trimmed()` is the entry's own text
};

// Finds times, dates and zones in the free text of timelines, as people write them: "19:00 (UTC)",
// "19:00 UTC", "19:00:05Z", "2024-08-10 19:00", "10:30 PST", "10:00 AM (EAT)", "_5:30 PM_",
// "13:00:56", "[ 4: 45 am PST ]", "8:20 - 8:24", "2024-08-10T19:00:05+02:00", "11:26-am-GMT",
// "15h50", "0300hrs (EAT)", "~18:10", "2 PM". Rejects impossible times such as "25:99", and never
// reads a plain number ("404", "10 mins"), a version ("v1.14", "1.14.8"), a ratio ("16:9"), an IP
// address or port, or a one-digit minute ("13:5", "07:7:47": a typo whose intended time cannot be
// told, so the caller keeps the entry untimed and warns) as a time. Pure functions, no state.
class TimeExpressionParser
{
public:
    // A time expression at the start of `text` (leading spaces, bullets' emphasis and brackets
    // allowed), or none. A leading date is taken along ("2024-08-10 19:00", "Aug 10, 2024 19:00"),
    // and the span also covers the closing brackets and emphasis and a separator (":", "-", "—"), so
    // that `text.mid(start + length).trimmed()` is the entry's own text. Only here, at the start of
    // an entry, "Midnight" and "Noon" stand for 00:00 and 12:00, and only when a zone, a separator or
    // the end follows ("Midnight (SAST): x", not "Midnight deploys are risky").
    static std::optional<TimeExpression> parseLeading(QStringView text);
    // A date with no time after it at the start of `text` (leading spaces, emphasis and brackets
    // allowed), its closers and separator taken along as in parseLeading: "08-01-2026 – text",
    // "10th May 2021: text", "**2024-08-10** text". A date without a year counts only when a
    // separator or the end follows ("February 11: x"; "May 10 users" is no date). None when a time
    // follows the date: parseLeading reads that.
    static std::optional<DateAtStart> parseLeadingDate(QStringView text);
    // The first time expression anywhere in `text`; brackets and emphasis count only when they
    // enclose it ("at [19:00 UTC]"), a "~" marking an estimate counts ("at ~18:10"), no separator is
    // included. "Midnight" and "noon" alone are not read here: in prose they are rarely a stamp.
    static std::optional<TimeExpression> find(QStringView text);
    // A date anywhere in `text`: "August 10, 2024", "10 August 2024", "Aug 10th, 2024",
    // "2024-08-10", "10.08.2024" (day first), "16-10-2024", "5-26-21". Slashed and dashed dates put
    // the day first only when it is above 12 ("13/08/2024", "16-10-2024"); otherwise they are read the
    // US way, month first ("08/10/2024" and "04-12-2022" are August 10 and April 12). A two-digit
    // year is in the 2000s.
    // Dates without a year are not returned.
    static std::optional<QDate> findDate(QStringView text);
    // A zone as written ("UTC", "GMT", "Z", "PST", "PDT", "EAT", "CEST", "+02:00", "UTC+3",
    // "Europe/Berlin" at `onDate`): its offset from UTC in seconds.
    static std::optional<int> zoneOffsetSeconds(QStringView zone, const QDate& onDate = {});
    // A duration in words: "2 hours", "1h 30m", "90 minutes", "2 hrs 15 mins" -> minutes.
    static std::optional<int> parseDurationMinutes(QStringView text);
};

} // namespace debrief
