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
};

} // namespace debrief
