// SPDX-License-Identifier: GPL-3.0-or-later
#include "LooseTimestamp.h"

#include "Rfc3339Time.h"

#include <algorithm>

namespace debrief {

namespace {

constexpr qint64 kMsPerDay = 86'400'000;
constexpr qint64 kEpochMin = 946'684'800; // 2000-01-01: older "epochs" are counters
constexpr qint64 kEpochMax = 4'102'444'800; // 2100-01-01

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int digits(QByteArrayView text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        if (!isDigit(text[pos + i]))
            return -1;
        value = value * 10 + (text[pos + i] - '0');
    }
    return value;
}

bool atBoundary(QByteArrayView text, qsizetype pos)
{
    return pos >= text.size() || text[pos] == ' ' || text[pos] == ']' || text[pos] == ':' || text[pos] == '|';
}

// "HH:MM:SS[.frac]" at `pos`: milliseconds of the day; advances `pos`.
std::optional<qint64> timeOfDay(QByteArrayView text, qsizetype& pos)
{
    const int hour = digits(text, pos, 2);
    const int minute = digits(text, pos + 3, 2);
    const int second = digits(text, pos + 6, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60 || text[pos + 2] != ':'
        || text[pos + 5] != ':')
        return std::nullopt;
    pos += 8;
    qint64 ms = (hour * 3600 + minute * 60 + second) * 1000LL;
    if (pos + 1 < text.size() && (text[pos] == '.' || text[pos] == ',') && isDigit(text[pos + 1])) {
        int scale = 100;
        for (++pos; pos < text.size() && isDigit(text[pos]); ++pos, scale /= 10)
            ms += (text[pos] - '0') * scale;
    }
    return ms;
}

std::optional<LooseTimestamp::Parsed> compose(int year, int month, int day, qint64 msOfDay, int offsetSeconds,
                                              qsizetype length)
{
    if (!Rfc3339Time::validDate(year, month, day))
        return std::nullopt;
    return LooseTimestamp::Parsed {
        Rfc3339Time::daysFromCivil(year, month, day) * kMsPerDay + msOfDay - offsetSeconds * 1000LL, length};
}

// "Aug 10 19:00:01", "Aug  1 19:00:01.123", "Sat Aug 10 19:00:01 2024".
std::optional<LooseTimestamp::Parsed> monthFirst(QByteArrayView text, const LogParseContext& context)
{
    qsizetype pos = 0;
    if (text.size() > 4 && text[3] == ' '
        && LooseTimestamp::monthFromName(text.sliced(4, qMin<qsizetype>(3, text.size() - 4))))
        pos = 4; // a weekday first; its name is not checked, the date decides
    const int month = text.size() >= pos + 15 ? LooseTimestamp::monthFromName(text.sliced(pos, 3)) : 0;
    if (month == 0 || text[pos + 3] != ' ')
        return std::nullopt;
    pos += 4;
    const int day = text[pos] == ' ' ? digits(text, pos + 1, 1) : digits(text, pos, 2);
    if (day < 0 || text[pos + 2] != ' ')
        return std::nullopt;
    pos += 3;
    const auto ms = timeOfDay(text, pos);
    if (!ms)
        return std::nullopt;
    int year = context.defaultYear;
    if (const int written = digits(text, pos + 1, 4);
        written >= 0 && pos < text.size() && text[pos] == ' ' && atBoundary(text, pos + 5)) {
        year = written;
        pos += 5;
    }
    return compose(year, month, day, *ms, context.defaultOffsetSeconds, pos);
}

// "10/Aug/2024:19:00:01 +0000" and "10-Aug-2024 19:00:01.123".
std::optional<LooseTimestamp::Parsed> dayFirst(QByteArrayView text, const LogParseContext& context)
{
    const int day = digits(text, 0, 2);
    if (day < 0 || text.size() < 20 || (text[2] != '/' && text[2] != '-') || text[6] != text[2])
        return std::nullopt;
    const int month = LooseTimestamp::monthFromName(text.sliced(3, 3));
    const int year = digits(text, 7, 4);
    const char timeSep = text[2] == '/' ? ':' : ' ';
    if (month == 0 || year < 0 || text[11] != timeSep)
        return std::nullopt;
    qsizetype pos = 12;
    const auto ms = timeOfDay(text, pos);
    if (!ms)
        return std::nullopt;
    int offset = context.defaultOffsetSeconds;
    if (pos + 6 <= text.size() && text[pos] == ' ' && (text[pos + 1] == '+' || text[pos + 1] == '-')) {
        const int zone = digits(text, pos + 2, 4);
        if (zone >= 0) {
            offset = (text[pos + 1] == '-' ? -1 : 1) * ((zone / 100) * 3600 + (zone % 100) * 60);
            pos += 6;
        }
    }
    return compose(year, month, day, *ms, offset, pos);
}

// "HHmmss" (HDFS's "081109 203518") at `pos`: milliseconds of the day; advances `pos`.
std::optional<qint64> compactTimeOfDay(QByteArrayView text, qsizetype& pos)
{
    const int hour = digits(text, pos, 2);
    const int minute = digits(text, pos + 2, 2);
    const int second = digits(text, pos + 4, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60
        || (pos + 6 < text.size() && isDigit(text[pos + 6])))
        return std::nullopt;
    pos += 6;
    return (hour * 3600 + minute * 60 + second) * 1000LL;
}

struct CivilDate
{
    int year = 0;
    int month = 0;
    int day = 0;
    qsizetype length = 0;
};

// Two-digit years are 2000..2099: logs of the last century are not what incidents are made of.
int fullYear(int written, int width)
{
    return width == 2 ? 2000 + written : written;
}

// Numeric dates: "yy/MM/dd" (log4j's default in Hadoop and Spark), "yyMMdd" (old MySQL, HDFS),
// "yyyyMMdd", "dd.MM.yyyy" and "yyyy.MM.dd" (dotted), "dd/MM/yyyy" or "MM/dd/yyyy" (the one that is
// a valid date; month first when both are, as US software writes it), "dd-MM-yyyy".
std::optional<CivilDate> numericDate(QByteArrayView text)
{
    if (const int a = digits(text, 0, 2), b = digits(text, 3, 2), c = digits(text, 6, 2);
        a >= 0 && b >= 0 && c >= 0 && text[2] == '/' && text[5] == '/' && (text.size() == 8 || !isDigit(text[8])))
        return CivilDate {fullYear(a, 2), b, c, 8};
    if (const int compact = digits(text, 0, 8); compact >= 0 && (text.size() == 8 || !isDigit(text[8])))
        return CivilDate {compact / 10000, compact / 100 % 100, compact % 100, 8};
    if (const int compact = digits(text, 0, 6); compact >= 0 && (text.size() == 6 || !isDigit(text[6])))
        return CivilDate {fullYear(compact / 10000, 2), compact / 100 % 100, compact % 100, 6};
    if (const int y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
        y >= 0 && m >= 0 && d >= 0 && text[4] == '.' && text[7] == '.')
        return CivilDate {y, m, d, 10};
    const int first = digits(text, 0, 2);
    const int second = digits(text, 3, 2);
    const int year = digits(text, 6, 4);
    if (first < 0 || second < 0 || year < 0 || text[2] != text[5])
        return std::nullopt;
    if (text[2] == '.' || text[2] == '-' || (text[2] == '/' && first > 12))
        return CivilDate {year, second, first, 10};
    if (text[2] == '/')
        return CivilDate {year, first, second, 10};
    return std::nullopt;
}

// A numeric date, a separator (' ', 'T', '_', '-', ':'), then a clock "HH:mm:ss[.frac]" or "HHmmss".
std::optional<LooseTimestamp::Parsed> numericDateTime(QByteArrayView text, const LogParseContext& context)
{
    const auto date = numericDate(text);
    if (!date || date->length + 7 > text.size())
        return std::nullopt;
    qsizetype pos = date->length;
    const char sep = text[pos];
    if (sep != ' ' && sep != 'T' && sep != '_' && sep != '-' && sep != ':')
        return std::nullopt;
    ++pos;
    auto ms = timeOfDay(text, pos);
    if (!ms)
        ms = compactTimeOfDay(text, pos);
    if (!ms)
        return std::nullopt;
    return compose(date->year, date->month, date->day, *ms, context.defaultOffsetSeconds, pos);
}

// "25 Apr 2024 05:32:35.018" (Redis), "10 Aug 2024 19:00:01".
std::optional<LooseTimestamp::Parsed> dayMonthNameYear(QByteArrayView text, const LogParseContext& context)
{
    const qsizetype dayLength = text.size() > 1 && isDigit(text[1]) ? 2 : 1;
    const int day = digits(text, 0, int(dayLength));
    if (day < 1 || text.size() < dayLength + 18 || text[dayLength] != ' ' || text[dayLength + 4] != ' ')
        return std::nullopt;
    const int month = LooseTimestamp::monthFromName(text.sliced(dayLength + 1, 3));
    const int year = digits(text, dayLength + 5, 4);
    if (month == 0 || year < 0 || text[dayLength + 9] != ' ')
        return std::nullopt;
    qsizetype pos = dayLength + 10;
    const auto ms = timeOfDay(text, pos);
    if (!ms)
        return std::nullopt;
    return compose(year, month, day, *ms, context.defaultOffsetSeconds, pos);
}

std::optional<LooseTimestamp::Parsed> epoch(QByteArrayView text)
{
    qsizetype pos = 0;
    while (pos < text.size() && isDigit(text[pos]))
        ++pos;
    if (pos != 10 && pos != 13)
        return std::nullopt;
    if (pos == 10 && pos + 1 < text.size() && text[pos] == '.' && isDigit(text[pos + 1])) {
        for (++pos; pos < text.size() && isDigit(text[pos]);)
            ++pos;
    }
    // "(1714024483) Received SIGTERM" (Redis's signal handler): a closing parenthesis ends it too.
    if ((!atBoundary(text, pos) && text[pos] != ')') || (pos < text.size() && text[pos] == ':'))
        return std::nullopt;
    const auto ms = Rfc3339Time::epochTextToMs(text.first(pos));
    if (!ms || *ms < kEpochMin * 1000 || *ms > kEpochMax * 1000)
        return std::nullopt;
    return LooseTimestamp::Parsed {*ms, pos};
}

} // namespace

int LooseTimestamp::monthFromName(QByteArrayView name)
{
    static constexpr const char kMonths[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
    if (name.size() != 3)
        return 0;
    for (int i = 0; i < 12; ++i) {
        if (name == QByteArrayView(kMonths + i * 3, 3))
            return i + 1;
    }
    return 0;
}

std::optional<LooseTimestamp::Parsed> LooseTimestamp::parsePrefix(QByteArrayView text, const LogParseContext& context)
{
    if (text.isEmpty())
        return std::nullopt;
    if (isDigit(text.front())) {
        if (const auto iso = Rfc3339Time::parsePrefix(text, context.defaultOffsetSeconds))
            return Parsed {iso->utcMs, iso->length};
        if (const auto parsed = dayFirst(text, context))
            return parsed;
        if (const auto parsed = numericDateTime(text, context))
            return parsed;
        if (const auto parsed = dayMonthNameYear(text, context))
            return parsed;
        return epoch(text);
    }
    return monthFirst(text, context);
}

std::optional<LooseTimestamp::Found> LooseTimestamp::find(QByteArrayView text, const LogParseContext& context,
                                                         qsizetype within)
{
    // JSON objects are the JSON format's: a time inside one is a value, not the line's stamp.
    if (text.startsWith('{'))
        return std::nullopt;
    const qsizetype end = std::min(text.size(), within);
    for (qsizetype pos = 0; pos < end; ++pos) {
        const char c = text[pos];
        const char before = pos == 0 ? ' ' : text[pos - 1];
        const bool startsWord = !(isDigit(before) || (before >= 'A' && before <= 'Z') || (before >= 'a' && before <= 'z')
                                  || before == '.' || before == '-' || before == '_');
        if (!startsWord || !(isDigit(c) || (c >= 'A' && c <= 'Z')))
            continue;
        const auto parsed = parsePrefix(text.sliced(pos), context);
        // A time must end a word too: "12:00:00abc" is no time, and digits run on in an id.
        if (parsed && !(pos + parsed->length < text.size() && isDigit(text[pos + parsed->length])))
            return Found {parsed->utcMs, pos, parsed->length};
    }
    return std::nullopt;
}

} // namespace debrief
