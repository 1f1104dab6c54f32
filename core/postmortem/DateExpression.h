// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QStringView>
#include <optional>

namespace debrief {

// A calendar date as it stood in the text, with or without a year.
struct DateMatch
{
    QDate date; // always valid; in the year 2000 when none was written (a leap year, so Feb 29 fits)
    bool hasYear = false;
    qsizetype start = 0;
    qsizetype end = 0; // one past the last character
};

// The date half of TimeExpressionParser: calendar dates as people write them in prose ("Saturday,
// August 10, 2024", "Aug 10th, 2024", "10 August 2024", "2024-08-10", "2024/08/10", "10.08.2024",
// "08/10/2024", "16-10-2024", "5-26-21"). Kept apart so each file reads as one family of formats; it is not a general
// date parser and knows English month names only.
class DateExpression
{
public:
    // The date that starts exactly at `pos`, with or without a year.
    static std::optional<DateMatch> matchAt(QStringView text, qsizetype pos);
    // Every date in `text`, with or without a year, ordered by start.
    static QList<DateMatch> findAll(QStringView text);

    // A month and day written without a year (`monthDay`, in the year 2000 as matched) in the year
    // of `context`, or of the next year when that puts it half a year or more before `context`
    // ("Dec 31" then "Jan 1"). None without a context or when the day does not exist that year.
    static std::optional<QDate> inYearOf(const std::optional<QDate>& monthDay, const std::optional<QDate>& context);

    // How "03/10/2021" and "03-10-2021", where both numbers could be a month, are read.
    enum class NumericOrder
    {
        MonthFirst, // the US way, unless told otherwise
        DayFirst,
    };
    // A document's own convention: day first when one of its slashed or dashed dates can only be
    // read day first ("29-09-2021") and none can only be read month first ("09-29-2021").
    static NumericOrder conventionOf(QStringView text);

    // Reads ambiguous numeric dates in `order` on this thread while it lives: one document's
    // convention for one import (imports on other threads are not affected).
    class OrderScope
    {
    public:
        explicit OrderScope(NumericOrder order);
        ~OrderScope();
        OrderScope(const OrderScope&) = delete;
        OrderScope& operator=(const OrderScope&) = delete;

    private:
        NumericOrder m_previous;
    };
};

} // namespace debrief
