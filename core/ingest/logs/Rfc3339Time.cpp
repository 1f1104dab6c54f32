// SPDX-License-Identifier: GPL-3.0-or-later
#include "Rfc3339Time.h"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <string>

namespace debrief {

namespace {

constexpr qint64 kMsPerDay = 86'400'000;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Exactly `count` digits at `pos`; -1 when they are not all there.
int digits(QByteArrayView text, qsizetype pos, int count)
{
    if (pos + count > text.size())
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

bool startsWithWord(QByteArrayView text, qsizetype pos, const char* word, qsizetype size)
{
    if (pos + size > text.size() || text.sliced(pos, size) != QByteArrayView(word, size))
        return false;
    return pos + size == text.size() || !std::isalnum(static_cast<unsigned char>(text[pos + size]));
}

// "+HH:MM", "+HHMM", "+HH" at `pos`; returns the offset in seconds and advances `pos`.
std::optional<int> readOffset(QByteArrayView text, qsizetype& pos)
{
    if (pos >= text.size() || (text[pos] != '+' && text[pos] != '-'))
        return std::nullopt;
    const int sign = text[pos] == '-' ? -1 : 1;
    const int hours = digits(text, pos + 1, 2);
    if (hours < 0 || hours > 23)
        return std::nullopt;
    qsizetype end = pos + 3;
    int minutes = 0;
    if (end < text.size() && text[end] == ':') {
        minutes = digits(text, end + 1, 2);
        if (minutes < 0)
            return std::nullopt;
        end += 3;
    } else if (const int m = digits(text, end, 2); m >= 0) {
        minutes = m;
        end += 2;
    }
    if (minutes > 59)
        return std::nullopt;
    pos = end;
    return sign * (hours * 3600 + minutes * 60);
}

// The zone after the time, if any: sets `offset`, `hasZone` and advances `pos`.
void readZone(QByteArrayView text, qsizetype& pos, int& offset, bool& hasZone)
{
    if (pos >= text.size())
        return;
    const char c = text[pos];
    if (c == 'Z' || c == 'z') {
        ++pos;
        offset = 0;
        hasZone = true;
    } else if (const auto zone = readOffset(text, pos)) {
        offset = *zone;
        hasZone = true;
    } else if (c == ' ') {
        // PostgreSQL writes "... 19:00:01.123 UTC"; some Java layouts "... +0000".
        if (startsWithWord(text, pos + 1, "UTC", 3) || startsWithWord(text, pos + 1, "GMT", 3)) {
            pos += 4;
            offset = 0;
            hasZone = true;
        } else if (qsizetype after = pos + 1; pos + 6 <= text.size() && digits(text, pos + 2, 4) >= 0) {
            if (const auto zone = readOffset(text, after); zone && (after == text.size() || text[after] == ' ')) {
                pos = after;
                offset = *zone;
                hasZone = true;
            }
        }
    }
}

} // namespace

qint64 Rfc3339Time::daysFromCivil(int year, int month, int day)
{
    // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(year - era * 400);
    const unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

bool Rfc3339Time::validDate(int year, int month, int day)
{
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1])
        return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month != 2 || day <= 28 || leap;
}

std::optional<Rfc3339Time::Parsed> Rfc3339Time::parsePrefix(QByteArrayView text, int defaultOffsetSeconds)
{
    const int year = digits(text, 0, 4);
    if (year < 0 || text.size() < 16)
        return std::nullopt;
    const char dateSep = text[4];
    if ((dateSep != '-' && dateSep != '/') || text[7] != dateSep)
        return std::nullopt;
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    if (!validDate(year, month, day) || (text[10] != 'T' && text[10] != 't' && text[10] != ' '))
        return std::nullopt;
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    if (hour < 0 || hour > 23 || text[13] != ':' || minute < 0 || minute > 59)
        return std::nullopt;
    qsizetype pos = 16;
    int second = 0;
    if (pos < text.size() && text[pos] == ':') {
        second = digits(text, pos + 1, 2);
        if (second < 0 || second > 60) // 60: a leap second, as RFC 3339 allows
            return std::nullopt;
        pos += 3;
    }
    int millis = 0;
    if (pos + 1 < text.size() && (text[pos] == '.' || text[pos] == ',') && isDigit(text[pos + 1])) {
        int scale = 100;
        for (++pos; pos < text.size() && isDigit(text[pos]); ++pos, scale /= 10)
            millis += (text[pos] - '0') * scale; // digits past milliseconds add 0: truncation
    }
    int offset = defaultOffsetSeconds;
    bool hasZone = false;
    readZone(text, pos, offset, hasZone);
    const qint64 seconds = (hour * 3600 + minute * 60 + second) - static_cast<qint64>(offset);
    return Parsed {daysFromCivil(year, month, day) * kMsPerDay + seconds * 1000 + millis, pos, hasZone};
}

std::optional<qint64> Rfc3339Time::parse(QByteArrayView text, int defaultOffsetSeconds)
{
    const auto parsed = parsePrefix(text, defaultOffsetSeconds);
    if (!parsed || parsed->length != text.size())
        return std::nullopt;
    return parsed->utcMs;
}

std::optional<qint64> Rfc3339Time::epochTextToMs(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 40)
        return std::nullopt;
    const bool negative = text.front() == '-';
    qsizetype pos = negative ? 1 : 0;
    qint64 whole = 0;
    qsizetype wholeDigits = 0;
    for (; pos < text.size() && isDigit(text[pos]) && wholeDigits < 18; ++pos, ++wholeDigits)
        whole = whole * 10 + (text[pos] - '0');
    if (wholeDigits == 0)
        return std::nullopt;
    qint64 ms = 0;
    if (pos == text.size()) {
        ms = whole < 100'000'000'000          ? whole * 1000
            : whole < 100'000'000'000'000     ? whole
            : whole < 100'000'000'000'000'000 ? whole / 1000
                                              : whole / 1'000'000;
        return negative ? -ms : ms;
    }
    double value = static_cast<double>(whole);
    if (pos + 1 < text.size() && text[pos] == '.' && wholeDigits <= 12) {
        // "1723316401.1234567" (zap, Python): a plain fraction needs no strtod.
        qint64 fraction = 0;
        double scale = 1.0;
        for (++pos; pos < text.size() && isDigit(text[pos]) && scale < 1e15; ++pos, scale *= 10)
            fraction = fraction * 10 + (text[pos] - '0');
        while (pos < text.size() && isDigit(text[pos]))
            ++pos;
        value += static_cast<double>(fraction) / scale;
    }
    if (pos < text.size()) {
        // An exponent or a long number: rare, so the exact but slower strtod is fine.
        const std::string copy(text.data() + (negative ? 1 : 0), static_cast<size_t>(text.size() - (negative ? 1 : 0)));
        char* end = nullptr;
        value = std::strtod(copy.c_str(), &end);
        if (end != copy.c_str() + copy.size() || !std::isfinite(value) || value < 0)
            return std::nullopt;
    }
    const double scaled = value < 1e11 ? value * 1000.0
        : value < 1e14                 ? value
        : value < 1e17                 ? value / 1e3
                                       : value / 1e6;
    if (scaled > 9e15)
        return std::nullopt;
    ms = static_cast<qint64>(std::floor(scaled + 1e-6));
    return negative ? -ms : ms;
}

} // namespace debrief
