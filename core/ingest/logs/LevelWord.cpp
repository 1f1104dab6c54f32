// SPDX-License-Identifier: GPL-3.0-or-later
#include "LevelWord.h"

#include <array>
#include <string_view>
#include <utility>

namespace debrief {

namespace {

using namespace std::string_view_literals;

// Lower-case spellings, most frequent first so the common case ends the scan early.
constexpr std::array<std::pair<std::string_view, LogLevel>, 39> kWords {{
    {"info"sv, LogLevel::Info},          {"error"sv, LogLevel::Error},      {"warn"sv, LogLevel::Warning},
    {"debug"sv, LogLevel::Debug},        {"warning"sv, LogLevel::Warning},  {"log"sv, LogLevel::Info},
    {"trace"sv, LogLevel::Trace},        {"fatal"sv, LogLevel::Critical},   {"critical"sv, LogLevel::Critical},
    {"notice"sv, LogLevel::Notice},      {"err"sv, LogLevel::Error},        {"crit"sv, LogLevel::Critical},
    {"severe"sv, LogLevel::Error},       {"panic"sv, LogLevel::Critical},   {"dpanic"sv, LogLevel::Critical},
    {"alert"sv, LogLevel::Critical},     {"emerg"sv, LogLevel::Critical},   {"emergency"sv, LogLevel::Critical},
    {"default"sv, LogLevel::Info},       {"verbose"sv, LogLevel::Trace},    {"fine"sv, LogLevel::Debug},
    {"finer"sv, LogLevel::Trace},        {"finest"sv, LogLevel::Trace},     {"config"sv, LogLevel::Debug},
    {"informational"sv, LogLevel::Info}, {"information"sv, LogLevel::Info}, {"inf"sv, LogLevel::Info},
    {"wrn"sv, LogLevel::Warning},        {"dbg"sv, LogLevel::Debug},        {"trc"sv, LogLevel::Trace},
    {"eror"sv, LogLevel::Error},         {"debug1"sv, LogLevel::Debug},     {"debug2"sv, LogLevel::Debug},
    {"debug3"sv, LogLevel::Debug},       {"debug4"sv, LogLevel::Debug},     {"debug5"sv, LogLevel::Debug},
    {"ftl"sv, LogLevel::Critical},       {"note"sv, LogLevel::Notice},      {"failure"sv, LogLevel::Error},
}};

constexpr std::array<std::pair<char, LogLevel>, 6> kLetters {{
    {'t', LogLevel::Trace},
    {'d', LogLevel::Debug},
    {'i', LogLevel::Info},
    {'w', LogLevel::Warning},
    {'e', LogLevel::Error},
    {'f', LogLevel::Critical},
}};

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
}

} // namespace

std::optional<LogLevel> LevelWord::parse(QByteArrayView word, Letters letters)
{
    // slog writes levels between the named ones as "INFO+2" / "DEBUG-4": the base name decides.
    for (qsizetype i = 1; i < word.size(); ++i) {
        if ((word[i] == '+' || word[i] == '-') && i + 1 < word.size() && word[i + 1] >= '0' && word[i + 1] <= '9') {
            word = word.first(i);
            break;
        }
    }
    if (word.isEmpty() || word.size() > 13)
        return std::nullopt;
    if (word.size() == 1) {
        if (letters == Letters::Reject)
            return std::nullopt;
        for (const auto& [letter, level] : kLetters) {
            if (lower(word.front()) == letter)
                return level;
        }
        return std::nullopt;
    }
    char buffer[16];
    for (qsizetype i = 0; i < word.size(); ++i)
        buffer[i] = lower(word[i]);
    const QByteArrayView lowered(buffer, word.size());
    for (const auto& [spelling, level] : kWords) {
        if (lowered == QByteArrayView(spelling.data(), static_cast<qsizetype>(spelling.size())))
            return level;
    }
    return std::nullopt;
}

std::optional<LogLevel> LevelWord::findUpperCase(QByteArrayView prefix)
{
    qsizetype pos = 0;
    while (pos < prefix.size()) {
        while (pos < prefix.size() && !(prefix[pos] >= 'A' && prefix[pos] <= 'Z'))
            ++pos;
        qsizetype end = pos;
        while (end < prefix.size() && prefix[end] >= 'A' && prefix[end] <= 'Z')
            ++end;
        const bool wholeWord = end >= prefix.size() || !(prefix[end] >= 'a' && prefix[end] <= 'z');
        if (end - pos >= 3 && wholeWord) {
            if (const auto level = parse(prefix.sliced(pos, end - pos)))
                return level;
        }
        pos = end;
        while (pos < prefix.size() && prefix[pos] >= 'a' && prefix[pos] <= 'z')
            ++pos;
    }
    return std::nullopt;
}

} // namespace debrief
