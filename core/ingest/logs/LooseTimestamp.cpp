// SPDX-License-Identifier: GPL-3.0-or-later
#include "LooseTimestamp.h"

#include "Rfc3339Time.h"

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
    if (!atBoundary(text, pos) || (pos < text.size() && text[pos] == ':'))
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
        return epoch(text);
    }
    return monthFirst(text, context);
}

} // namespace debrief
