// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateExpression.h"

#include <QRegularExpression>
#include <algorithm>
#include <array>
#include <tuple>

namespace debrief {

namespace {

enum class Order
{
    YearMonthDay, // ISO and its slashed or dotted cousins: the four-digit year leaves no doubt
    MonthNameDay,
    DayMonthName,
    Slashed, // "08/10/2024": see resolveSlashed
    Dashed, // "16-10-2024", "5-26-21": the same two-way doubt as slashes, read the same way
    Dotted, // "10.08.2024": the European convention, day first
};

struct DatePattern
{
    QRegularExpression re;
    Order order;
};

QRegularExpression compiled(const QString& pattern)
{
    return QRegularExpression(
        pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

const std::array<DatePattern, 6>& patterns()
{
    // A weekday in front is allowed and swallowed ("Saturday, August 10, 2024"). A day or a year is
    // never followed by ":" and a digit, so that "August 10 19:00" is a date without a year and a time.
    static const QString weekday
        = QStringLiteral("(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?");
    static const QString month
        = QStringLiteral("(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                         "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\\.?");
    static const QString day = QStringLiteral("(?<d>\\d{1,2})(?:st|nd|rd|th)?(?!\\d|:\\d)");
    static const QString year = QStringLiteral("(?<y>\\d{4})(?!\\d|:\\d)");
    static const std::array<DatePattern, 6> list {{
        {compiled(
             QStringLiteral("(?<![\\d/.\\-])(?<y>\\d{4})(?<sep>[-/.])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})(?!\\d)")),
         Order::YearMonthDay},
        {compiled(QStringLiteral("\\b") + weekday + month + QStringLiteral("\\s*") + day + QStringLiteral("(?:,?\\s*")
                  + year + QStringLiteral(")?")),
         Order::MonthNameDay},
        {compiled(QStringLiteral("\\b") + weekday + day + QStringLiteral("(?:\\s+of)?[\\s\\-]*") + month
                  + QStringLiteral("(?:,?[\\s\\-]*") + year + QStringLiteral(")?")),
         Order::DayMonthName},
        {compiled(QStringLiteral("(?<![\\d/.\\-])(?<a>\\d{1,2})/(?<b>\\d{1,2})(?:/(?<y>\\d{4}|\\d{2}))?(?![\\d/])")),
         Order::Slashed},
        // The year is required, lest "pages 3-12" or a score "2-1" be a date; no part of a longer run
        // of dashed numbers ("2024-08-10", a phone number) or a time ("-21:00") is taken.
        {compiled(QStringLiteral("(?<![\\d/.\\-])(?<a>\\d{1,2})-(?<b>\\d{1,2})-(?<y>\\d{4}|\\d{2})(?![\\d\\-]|:\\d)")),
         Order::Dashed},
        {compiled(QStringLiteral("(?<![\\d.])(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>\\d{4})(?![\\d.])")),
         Order::Dotted},
    }};
    return list;
}

int monthFromName(QStringView name)
{
    static const QString names = QStringLiteral("janfebmaraprmayjunjulaugsepoctnovdec");
    const qsizetype i = names.indexOf(name.left(3).toString().toLower());
    return i >= 0 && i % 3 == 0 ? int(i / 3) + 1 : 0;
}

thread_local DateExpression::NumericOrder t_order = DateExpression::NumericOrder::MonthFirst;

// Day and month of "a/b" (or "a-b"). When one part is above 12 the order is certain. When both could be a
// month the document's convention decides, and without one the US order (month/day): the
// English-language postmortems this reads are mostly American.
std::pair<int, int> resolveSlashed(int a, int b)
{
    if (a > 12 && b <= 12)
        return {b, a};
    if (b > 12)
        return {a, b};
    return t_order == DateExpression::NumericOrder::DayFirst ? std::pair {b, a} : std::pair {a, b};
}

std::optional<DateMatch> toMatch(const QRegularExpressionMatch& m, Order order)
{
    DateMatch result;
    result.hasYear = m.hasCaptured(QStringLiteral("y"));
    int year = result.hasYear ? m.captured(QStringLiteral("y")).toInt() : 2000;
    if (year < 100)
        year += 2000;
    int month = 0;
    int day = 0;
    switch (order) {
    case Order::YearMonthDay:
    case Order::Dotted:
        month = m.captured(QStringLiteral("m")).toInt();
        day = m.captured(QStringLiteral("d")).toInt();
        break;
    case Order::MonthNameDay:
    case Order::DayMonthName:
        month = monthFromName(m.captured(QStringLiteral("mon")));
        day = m.captured(QStringLiteral("d")).toInt();
        break;
    case Order::Slashed:
    case Order::Dashed:
        std::tie(month, day)
            = resolveSlashed(m.captured(QStringLiteral("a")).toInt(), m.captured(QStringLiteral("b")).toInt());
        break;
    }
    result.date = QDate(year, month, day);
    if (!result.date.isValid())
        return std::nullopt;
    result.start = m.capturedStart();
    result.end = m.capturedEnd();
    return result;
}

} // namespace

std::optional<DateMatch> DateExpression::matchAt(QStringView text, qsizetype pos)
{
    for (const DatePattern& p : patterns()) {
        const auto m
            = p.re.match(text, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (m.hasMatch()) {
            if (auto date = toMatch(m, p.order))
                return date;
        }
    }
    return std::nullopt;
}

QList<DateMatch> DateExpression::findAll(QStringView text)
{
    QList<DateMatch> all;
    for (const DatePattern& p : patterns()) {
        auto it = p.re.globalMatch(text);
        while (it.hasNext()) {
            if (auto date = toMatch(it.next(), p.order))
                all << *date;
        }
    }
    std::stable_sort(all.begin(), all.end(), [](const DateMatch& a, const DateMatch& b) { return a.start < b.start; });
    return all;
}

std::optional<QDate> DateExpression::inYearOf(const std::optional<QDate>& monthDay, const std::optional<QDate>& context)
{
    if (!monthDay || !context)
        return std::nullopt;
    QDate day(context->year(), monthDay->month(), monthDay->day());
    if (!day.isValid())
        return std::nullopt;
    if (day.daysTo(*context) >= 183)
        day = day.addYears(1);
    return day;
}

DateExpression::NumericOrder DateExpression::conventionOf(QStringView text)
{
    static const QRegularExpression numeric(
        QStringLiteral("(?<![\\d/.\\-])(\\d{1,2})[/-](\\d{1,2})[/-](?:\\d{4}|\\d{2})(?![\\d/\\-])"));
    bool dayFirst = false;
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int a = m.captured(1).toInt();
        const int b = m.captured(2).toInt();
        if (b > 12 && a <= 12)
            return NumericOrder::MonthFirst;
        dayFirst = dayFirst || (a > 12 && b <= 12);
    }
    return dayFirst ? NumericOrder::DayFirst : NumericOrder::MonthFirst;
}

DateExpression::OrderScope::OrderScope(NumericOrder order)
    : m_previous(t_order)
{
    t_order = order;
}

DateExpression::OrderScope::~OrderScope()
{
    t_order = m_previous;
}

} // namespace debrief
