// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerminalPrompt.h"

namespace debrief {

namespace {

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
        || c == '-';
}

// The prompt character ends the line or is followed by a space (the command).
bool promptEndsAt(QByteArrayView line, qsizetype pos)
{
    return pos < line.size() && (line[pos] == '$' || line[pos] == '#' || line[pos] == '%')
        && (pos + 1 == line.size() || line[pos + 1] == ' ');
}

// "user@host:~/dir$ cmd", "user@host ~ % cmd" (zsh), "[user@host dir]# cmd" (RHEL).
bool userAtHost(QByteArrayView line)
{
    qsizetype pos = line.startsWith('[') ? 1 : 0;
    const qsizetype userStart = pos;
    while (pos < line.size() && isNameChar(line[pos]))
        ++pos;
    if (pos == userStart || pos >= line.size() || line[pos] != '@')
        return false;
    const qsizetype hostStart = ++pos;
    while (pos < line.size() && isNameChar(line[pos]))
        ++pos;
    if (pos == hostStart || pos >= line.size())
        return false;
    // The working directory runs up to the prompt character; it holds no second '@'.
    for (qsizetype end = pos; end < line.size() && end < pos + 256 && line[end] != '@'; ++end) {
        if (promptEndsAt(line, end))
            return line[pos] == ':' || line[pos] == ' ' || line[pos] == ']' || end == pos;
        if (line[end] == ']' && userStart == 1 && promptEndsAt(line, end + 1))
            return true;
    }
    return false;
}

} // namespace

bool TerminalPrompt::isPrompt(QByteArrayView line)
{
    if (line.startsWith("$ ") || line == "$")
        return true;
    if (line.startsWith("PS ") && line.size() > 5 && line[4] == ':' && line.contains("> "))
        return true;
    return userAtHost(line);
}

} // namespace debrief
