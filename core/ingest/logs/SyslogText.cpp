// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyslogText.h"

#include <array>
#include <utility>

namespace debrief::syslogtext {

namespace {

constexpr std::array<std::pair<QByteArrayView, LogLevel>, 17> kLevelWords {{
    {"emerg", LogLevel::Critical},
    {"emergency", LogLevel::Critical},
    {"alert", LogLevel::Critical},
    {"crit", LogLevel::Critical},
    {"critical", LogLevel::Critical},
    {"fatal", LogLevel::Critical},
    {"panic", LogLevel::Critical},
    {"err", LogLevel::Error},
    {"error", LogLevel::Error},
    {"warn", LogLevel::Warning},
    {"warning", LogLevel::Warning},
    {"notice", LogLevel::Notice},
    {"info", LogLevel::Info},
    {"informational", LogLevel::Info},
    {"debug", LogLevel::Debug},
    {"trace", LogLevel::Trace},
    {"verbose", LogLevel::Trace},
}};

bool equalsIgnoringCase(QByteArrayView text, QByteArrayView lowerWord)
{
    if (text.size() != lowerWord.size())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (char(text[i] | 0x20) != lowerWord[i])
            return false;
    }
    return true;
}

bool isUpperWord(QByteArrayView word)
{
    for (const char c : word) {
        if (c < 'A' || c > 'Z')
            return false;
    }
    return true;
}

} // namespace

qsizetype tokenEnd(QByteArrayView text, qsizetype pos)
{
    const qsizetype space = text.indexOf(' ', pos);
    return space < 0 ? text.size() : space;
}

int parseNumber(QByteArrayView digits, int max)
{
    if (digits.isEmpty() || digits.size() > 9)
        return -1;
    int value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value <= max ? value : -1;
}

qsizetype quotedEnd(QByteArrayView text, qsizetype pos)
{
    for (qsizetype i = pos + 1; i < text.size(); ++i) {
        if (text[i] == '\\')
            ++i;
        else if (text[i] == '"')
            return i + 1;
    }
    return -1;
}

bool startsWithAt(QByteArrayView text, qsizetype pos, QByteArrayView prefix)
{
    return pos >= 0 && pos <= text.size() && text.sliced(pos).startsWith(prefix);
}

std::optional<LogLevel> levelFromWord(QByteArrayView word)
{
    // Apache writes trace1..trace8 for its eight trace levels.
    if (word.size() == 6 && equalsIgnoringCase(word.first(5), "trace") && word[5] >= '1' && word[5] <= '8')
        return LogLevel::Trace;
    for (const auto& [spelling, level] : kLevelWords) {
        if (equalsIgnoringCase(word, spelling))
            return level;
    }
    return std::nullopt;
}

std::optional<LogLevel> leadingLevel(QByteArrayView message)
{
    if (message.size() < 3)
        return std::nullopt;
    const char open = message.front();
    if (open == '[' || open == '<') {
        const qsizetype close = message.indexOf(open == '[' ? ']' : '>');
        if (close < 2 || close > 16)
            return std::nullopt;
        return levelFromWord(message.sliced(1, close - 1));
    }
    qsizetype end = 0;
    while (end < message.size() && end < 16 && ((message[end] | 0x20) >= 'a' && (message[end] | 0x20) <= 'z'))
        ++end;
    const QByteArrayView word = message.first(end);
    const bool colon = end < message.size() && message[end] == ':';
    const bool separated = end == message.size() || message[end] == ' ' || colon;
    if (word.size() < 3 || !separated || (!colon && !isUpperWord(word)))
        return std::nullopt;
    return levelFromWord(word);
}

} // namespace debrief::syslogtext
