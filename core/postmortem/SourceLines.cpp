// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourceLines.h"

#include <algorithm>

namespace debrief {

SourceLines::SourceLines(const QByteArray& utf8)
    : m_bytes(utf8)
{
    m_starts.reserve(utf8.size() / 40 + 1);
    m_starts.append(0);
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8.at(i) == '\n' && i + 1 < utf8.size())
            m_starts.append(i + 1);
    }
}

int SourceLines::lineAt(qsizetype offset) const
{
    const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), offset);
    return int(std::max<qsizetype>(1, it - m_starts.cbegin()));
}

qsizetype SourceLines::lineStart(int line) const
{
    return m_starts.value(std::clamp(line, 1, lineCount()) - 1);
}

qsizetype SourceLines::lineEnd(int line) const
{
    line = std::clamp(line, 1, lineCount());
    qsizetype end = line < lineCount() ? m_starts.at(line) : m_bytes.size();
    if (end > m_starts.at(line - 1) && m_bytes.at(end - 1) == '\n')
        --end;
    if (end > m_starts.at(line - 1) && m_bytes.at(end - 1) == '\r')
        --end;
    return end;
}

bool SourceLines::isBlank(int line) const
{
    for (qsizetype i = lineStart(line), end = lineEnd(line); i < end; ++i) {
        const char c = m_bytes.at(i);
        if (c != ' ' && c != '\t')
            return false;
    }
    return true;
}

QString SourceLines::lineText(int line) const
{
    const qsizetype start = lineStart(line);
    return QString::fromUtf8(m_bytes.constData() + start, lineEnd(line) - start);
}

QString SourceLines::verbatim(int first, int last) const
{
    QString text;
    for (int line = std::max(1, first); line <= std::min(last, lineCount()); ++line) {
        if (line > first)
            text += u'\n';
        text += lineText(line);
    }
    return text;
}

} // namespace debrief
