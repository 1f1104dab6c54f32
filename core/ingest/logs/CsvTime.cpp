// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvTime.h"

#include <limits>

namespace debrief {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

QByteArrayView trimmed(QByteArrayView text)
{
    qsizetype b = 0, e = text.size();
    while (b < e && (text.at(b) == ' ' || text.at(b) == '\t'))
        ++b;
    while (e > b && (text.at(e - 1) == ' ' || text.at(e - 1) == '\t' || text.at(e - 1) == '\r'))
        --e;
    return text.sliced(b, e - b);
}

// Reads `min`..`max` digits at `pos`; advances `pos`.
bool readNumber(QByteArrayView t, qsizetype& pos, int min, int max, int& out)
{
    int n = 0;
    out = 0;
    while (pos < t.size() && n < max && isDigit(t.at(pos))) {
        out = out * 10 + (t.at(pos) - '0');
        ++pos;
        ++n;
    }
    return n >= min;
}

bool validDate(int y, int m, int d)
{
    static constexpr int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1 || d > days[m - 1])
        return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m != 2 || d <= 28 || leap;
}

// "Z", "UTC", "GMT", "+HH", "+HHMM", "+HH:MM" (optionally after spaces) up to the end.
std::optional<int> readZone(QByteArrayView t, qsizetype pos)
{
    while (pos < t.size() && t.at(pos) == ' ')
        ++pos;
    const QByteArrayView z = t.sliced(pos);
    if (z == "Z" || z == "z" || z == "UTC" || z == "GMT")
        return 0;
    if (z.isEmpty() || (z.at(0) != '+' && z.at(0) != '-'))
        return std::nullopt;
    qsizetype p = 1;
    int hours = 0, minutes = 0;
    if (!readNumber(z, p, 2, 2, hours))
        return std::nullopt;
    if (p < z.size() && z.at(p) == ':')
        ++p;
    if (p < z.size() && !readNumber(z, p, 2, 2, minutes))
        return std::nullopt;
    if (p != z.size() || hours > 23 || minutes > 59)
        return std::nullopt;
    const int offset = hours * 3600 + minutes * 60;
    return z.at(0) == '-' ? -offset : offset;
}

std::optional<CsvTime::Value> parseFormatted(QByteArrayView t, int defaultOffsetSeconds)
{
    qsizetype pos = 0;
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, ms = 0;
    if (!readNumber(t, pos, 4, 4, y) || pos >= t.size() || (t.at(pos) != '-' && t.at(pos) != '/'))
        return std::nullopt;
    const char dateSep = t.at(pos++);
    if (!readNumber(t, pos, 1, 2, mo) || pos >= t.size() || t.at(pos) != dateSep)
        return std::nullopt;
    ++pos;
    if (!readNumber(t, pos, 1, 2, d) || !validDate(y, mo, d))
        return std::nullopt;
    const bool dateOnly = pos == t.size();
    if (!dateOnly) {
        if (t.at(pos) != 'T' && t.at(pos) != 't' && t.at(pos) != ' ')
            return std::nullopt;
        ++pos;
        if (!readNumber(t, pos, 1, 2, h) || pos >= t.size() || t.at(pos) != ':')
            return std::nullopt;
        ++pos;
        if (!readNumber(t, pos, 2, 2, mi))
            return std::nullopt;
        if (pos < t.size() && t.at(pos) == ':') {
            ++pos;
            if (!readNumber(t, pos, 2, 2, s))
                return std::nullopt;
        }
        if (pos < t.size() && (t.at(pos) == '.' || t.at(pos) == ',')) {
            ++pos;
            int digits = 0;
            while (pos < t.size() && isDigit(t.at(pos))) {
                if (digits < 3)
                    ms = ms * 10 + (t.at(pos) - '0');
                ++digits;
                ++pos;
            }
            if (digits == 0)
                return std::nullopt;
            for (int i = digits; i < 3; ++i)
                ms *= 10;
        }
        if (h > 23 || mi > 59 || s > 60)
            return std::nullopt;
    }
    CsvTime::Value value;
    std::optional<int> offset;
    if (pos < t.size()) {
        offset = readZone(t, pos);
        if (!offset)
            return std::nullopt;
    }
    value.hasZone = offset.has_value();
    const qint64 local = ((CsvTime::daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 60 + s;
    value.utcMs = (local - offset.value_or(defaultOffsetSeconds)) * 1000 + ms;
    return value;
}

} // namespace

qint64 CsvTime::daysFromCivil(int year, int month, int day)
{
    // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yoe = year - era * 400;
    const qint64 doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

std::optional<qint64> CsvTime::parseEpoch(QByteArrayView text)
{
    text = trimmed(text);
    qsizetype pos = 0;
    const bool negative = !text.isEmpty() && text.at(0) == '-';
    if (negative)
        ++pos;
    qint64 whole = 0;
    int digits = 0;
    while (pos < text.size() && isDigit(text.at(pos))) {
        const int digit = text.at(pos++) - '0';
        ++digits;
        if (whole > (std::numeric_limits<qint64>::max() - digit) / 10)
            return std::nullopt;
        whole = whole * 10 + digit;
    }
    if (digits == 0)
        return std::nullopt;
    double fraction = 0.0, scale = 0.1;
    if (pos < text.size() && text.at(pos) == '.') {
        ++pos;
        while (pos < text.size() && isDigit(text.at(pos))) {
            fraction += (text.at(pos++) - '0') * scale;
            scale /= 10;
        }
    }
    if (pos != text.size())
        return std::nullopt;
    qint64 ms = 0;
    if (whole < 100'000'000'000LL)
        ms = whole * 1000 + qint64(fraction * 1000);
    else if (whole < 100'000'000'000'000LL)
        ms = whole;
    else if (whole < 100'000'000'000'000'000LL)
        ms = whole / 1000;
    else
        ms = whole / 1'000'000;
    return negative ? -ms : ms;
}

std::optional<CsvTime::Value> CsvTime::parse(QByteArrayView text, int defaultOffsetSeconds)
{
    text = trimmed(text);
    if (text.isEmpty())
        return std::nullopt;
    if (text.size() >= 5 && isDigit(text.at(0)) && isDigit(text.at(3)) && (text.at(4) == '-' || text.at(4) == '/'))
        return parseFormatted(text, defaultOffsetSeconds);
    const std::optional<qint64> ms = parseEpoch(text);
    if (!ms)
        return std::nullopt;
    return Value {*ms, true, true};
}

} // namespace debrief
