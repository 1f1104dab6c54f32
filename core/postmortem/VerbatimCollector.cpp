// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerbatimCollector.h"

#include <algorithm>

namespace debrief {

void VerbatimCollector::addLines(int first, int last)
{
    while (last > first && m_source->isBlank(last))
        --last;
    if (first <= 0 || last < first)
        return;
    if (!m_ranges.isEmpty() && first <= m_ranges.last().second + 1 && first >= m_ranges.last().first) {
        m_ranges.last().second = std::max(m_ranges.last().second, last);
        return;
    }
    m_ranges.append({first, last});
}

void VerbatimCollector::append(const VerbatimCollector& other)
{
    for (const auto& [first, last] : other.m_ranges)
        addLines(first, last);
}

bool VerbatimCollector::holds(int line) const
{
    return std::any_of(m_ranges.cbegin(), m_ranges.cend(),
                       [line](const std::pair<int, int>& r) { return r.first <= line && line <= r.second; });
}

QString VerbatimCollector::text() const
{
    QString text;
    int previous = -1;
    for (const auto& [first, last] : m_ranges) {
        if (previous >= 0)
            text += first == previous + 1 ? QStringLiteral("\n") : QStringLiteral("\n\n");
        text += m_source->verbatim(first, last);
        previous = last;
    }
    while (text.startsWith(u'\n'))
        text.remove(0, 1);
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    return text;
}

} // namespace debrief
