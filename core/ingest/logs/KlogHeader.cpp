// SPDX-License-Identifier: GPL-3.0-or-later
#include "KlogHeader.h"

#include "Rfc3339Time.h"

namespace debrief {

namespace {

int twoDigits(QByteArrayView text, qsizetype pos)
{
    if (pos + 2 > text.size() || text[pos] < '0' || text[pos] > '9' || text[pos + 1] < '0' || text[pos + 1] > '9')
        return -1;
    return (text[pos] - '0') * 10 + (text[pos + 1] - '0');
}

std::optional<LogLevel> levelOf(char letter)
{
    switch (letter) {
    case 'I':
        return LogLevel::Info;
    case 'W':
        return LogLevel::Warning;
    case 'E':
        return LogLevel::Error;
    case 'F':
        return LogLevel::Critical;
    default:
        return std::nullopt;
    }
}

// "mmdd hh:mm:ss.uuuuuu" from position 1; the fraction may be shorter or missing (hand-written
// lines, klog's text logger with a configured precision).
bool readClock(QByteArrayView line, KlogHeader::Parsed& out, qsizetype& pos)
{
    out.month = twoDigits(line, 1);
    out.day = twoDigits(line, 3);
    const int hour = twoDigits(line, 6);
    const int minute = twoDigits(line, 9);
    const int second = twoDigits(line, 12);
    if (out.month < 1 || out.month > 12 || out.day < 1 || out.day > 31 || hour < 0 || hour > 23 || minute < 0
        || minute > 59 || second < 0 || second > 60 || line[5] != ' ' || line[8] != ':' || line[11] != ':')
        return false;
    out.msOfDay = (hour * 3600 + minute * 60 + second) * 1000LL;
    pos = 14;
    if (pos < line.size() && line[pos] == '.') {
        int scale = 100;
        for (++pos; pos < line.size() && line[pos] >= '0' && line[pos] <= '9'; ++pos, scale /= 10)
            out.msOfDay += (line[pos] - '0') * scale;
    }
    out.timeText = line.sliced(1, pos - 1);
    return true;
}

} // namespace

std::optional<KlogHeader::Parsed> KlogHeader::read(QByteArrayView line)
{
    if (line.size() < 20)
        return std::nullopt;
    const auto level = levelOf(line.front());
    if (!level)
        return std::nullopt;
    Parsed out;
    out.level = *level;
    qsizetype pos = 0;
    if (!readClock(line, out, pos) || pos >= line.size() || line[pos] != ' ')
        return std::nullopt;
    while (pos < line.size() && line[pos] == ' ')
        ++pos;
    const qsizetype threadStart = pos;
    while (pos < line.size() && line[pos] >= '0' && line[pos] <= '9')
        ++pos;
    if (pos == threadStart || pos >= line.size() || line[pos] != ' ')
        return std::nullopt;
    out.thread = line.sliced(threadStart, pos - threadStart);
    const qsizetype sourceStart = ++pos;
    // "file.go:42]": the closing bracket ends the header; a space before it means this is not one.
    while (pos < line.size() && line[pos] != ']' && line[pos] != ' ')
        ++pos;
    if (pos >= line.size() || line[pos] != ']' || pos == sourceStart)
        return std::nullopt;
    out.source = line.sliced(sourceStart, pos - sourceStart);
    ++pos;
    if (pos < line.size() && line[pos] == ' ')
        ++pos;
    out.message = line.sliced(pos);
    return out;
}

std::optional<qint64> KlogHeader::utcMs(const Parsed& header, int year, int offsetSeconds)
{
    if (!Rfc3339Time::validDate(year, header.month, header.day))
        return std::nullopt;
    return Rfc3339Time::daysFromCivil(year, header.month, header.day) * 86'400'000LL + header.msOfDay
        - offsetSeconds * 1000LL;
}

} // namespace debrief
