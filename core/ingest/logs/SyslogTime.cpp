// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyslogTime.h"

namespace debrief::syslogtime {

namespace {

constexpr char lower(char c)
{
    // Setting bit 5 folds only 'A'..'Z' onto 'a'..'z' among the bytes that can then equal a letter.
    return char(c | 0x20);
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

int monthFromAbbreviation(QByteArrayView text)
{
    if (text.size() < 3)
        return 0;
    const char a = lower(text[0]);
    const char b = lower(text[1]);
    const char c = lower(text[2]);
    switch (a) {
    case 'j':
        return b == 'a' && c == 'n' ? 1 : b == 'u' && c == 'n' ? 6 : b == 'u' && c == 'l' ? 7 : 0;
    case 'f':
        return b == 'e' && c == 'b' ? 2 : 0;
    case 'm':
        return b == 'a' && c == 'r' ? 3 : b == 'a' && c == 'y' ? 5 : 0;
    case 'a':
        return b == 'p' && c == 'r' ? 4 : b == 'u' && c == 'g' ? 8 : 0;
    case 's':
        return b == 'e' && c == 'p' ? 9 : 0;
    case 'o':
        return b == 'c' && c == 't' ? 10 : 0;
    case 'n':
        return b == 'o' && c == 'v' ? 11 : 0;
    case 'd':
        return b == 'e' && c == 'c' ? 12 : 0;
    default:
        return 0;
    }
}

bool isWeekdayAbbreviation(QByteArrayView text)
{
    if (text.size() < 3)
        return false;
    static constexpr const char* kDays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    for (const char* day : kDays) {
        if (lower(text[0]) == day[0] && lower(text[1]) == day[1] && lower(text[2]) == day[2])
            return true;
    }
    return false;
}

int daysInMonth(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

std::optional<qint64> toUtcMillis(const CivilTime& t, int offsetSeconds)
{
    if (t.year < 1 || t.year > 9999 || t.day < 1 || t.day > daysInMonth(t.year, t.month) || t.hour < 0 || t.hour > 23
        || t.minute < 0 || t.minute > 59 || t.second < 0 || t.second > 59 || t.millis < 0 || t.millis > 999)
        return std::nullopt;
    const qint64 seconds = daysFromCivil(t.year, t.month, t.day) * 86400 + t.hour * 3600 + t.minute * 60 + t.second;
    return (seconds - offsetSeconds) * 1000 + t.millis;
}

int fixedDigits(QByteArrayView text, qsizetype pos, int count)
{
    if (pos < 0 || pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = text[pos + i];
        if (!isDigit(c))
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

qsizetype scanFraction(QByteArrayView text, qsizetype pos, int& millis)
{
    millis = 0;
    if (pos >= text.size() || text[pos] != '.')
        return 0;
    qsizetype end = pos + 1;
    int scale = 100;
    while (end < text.size() && isDigit(text[end])) {
        millis += (text[end] - '0') * scale;
        scale /= 10;
        ++end;
    }
    return end == pos + 1 ? -1 : end - pos;
}

qsizetype scanZone(QByteArrayView text, qsizetype pos, int& offsetSeconds)
{
    if (pos >= text.size())
        return -1;
    const char c = text[pos];
    if (c == 'Z' || c == 'z') {
        offsetSeconds = 0;
        return 1;
    }
    if (c != '+' && c != '-')
        return -1;
    const int hours = fixedDigits(text, pos + 1, 2);
    const bool colon = pos + 3 < text.size() && text[pos + 3] == ':';
    const int minutes = fixedDigits(text, pos + (colon ? 4 : 3), 2);
    if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59)
        return -1;
    offsetSeconds = (hours * 3600 + minutes * 60) * (c == '-' ? -1 : 1);
    return colon ? 6 : 5;
}

std::optional<ScannedTime> scanRfc3339(QByteArrayView text)
{
    // 2024-08-10T19:00:01 is 19 fixed bytes; the fraction and the zone follow.
    if (text.size() < 20 || text[4] != '-' || text[7] != '-' || (text[10] != 'T' && text[10] != 't') || text[13] != ':'
        || text[16] != ':')
        return std::nullopt;
    CivilTime t;
    t.year = fixedDigits(text, 0, 4);
    t.month = fixedDigits(text, 5, 2);
    t.day = fixedDigits(text, 8, 2);
    t.hour = fixedDigits(text, 11, 2);
    t.minute = fixedDigits(text, 14, 2);
    t.second = fixedDigits(text, 17, 2);
    const qsizetype fraction = scanFraction(text, 19, t.millis);
    int offset = 0;
    const qsizetype zone = fraction < 0 ? -1 : scanZone(text, 19 + fraction, offset);
    if (zone < 0)
        return std::nullopt;
    const std::optional<qint64> utc = toUtcMillis(t, offset);
    if (!utc)
        return std::nullopt;
    return ScannedTime {*utc, 19 + fraction + zone};
}

std::optional<ScannedTime> scanClfTime(QByteArrayView text)
{
    // 10/Aug/2024:19:00:01 +0000: 26 fixed bytes.
    if (text.size() < 26 || text[2] != '/' || text[6] != '/' || text[11] != ':' || text[14] != ':' || text[17] != ':'
        || text[20] != ' ')
        return std::nullopt;
    CivilTime t;
    t.day = fixedDigits(text, 0, 2);
    t.month = monthFromAbbreviation(text.sliced(3, 3));
    t.year = fixedDigits(text, 7, 4);
    t.hour = fixedDigits(text, 12, 2);
    t.minute = fixedDigits(text, 15, 2);
    t.second = fixedDigits(text, 18, 2);
    int offset = 0;
    if (scanZone(text, 21, offset) != 5)
        return std::nullopt;
    const std::optional<qint64> utc = toUtcMillis(t, offset);
    if (!utc)
        return std::nullopt;
    return ScannedTime {*utc, 26};
}

} // namespace debrief::syslogtime
