// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogRowSelection.h"

#include <algorithm>

namespace debrief {

void LogRowSelection::clear()
{
    m_kept.clear();
    m_active.reset();
    m_anchor = -1;
}

void LogRowSelection::select(int row)
{
    clear();
    m_anchor = row;
    m_active = Range {row, row};
}

void LogRowSelection::commitActive()
{
    if (m_active)
        m_kept.append(*m_active);
    m_active.reset();
}

void LogRowSelection::toggle(int row)
{
    const bool wasSelected = contains(row);
    commitActive();
    m_anchor = row;
    if (!wasSelected) {
        m_active = Range {row, row};
        return;
    }
    // Split every range holding the row around it.
    QVector<Range> kept;
    for (const auto& [first, last] : std::as_const(m_kept)) {
        if (row < first || row > last) {
            kept.append({first, last});
            continue;
        }
        if (first < row)
            kept.append({first, row - 1});
        if (row < last)
            kept.append({row + 1, last});
    }
    m_kept = kept;
}

void LogRowSelection::extendTo(int row)
{
    if (m_anchor < 0)
        m_anchor = row;
    m_active = Range {std::min(m_anchor, row), std::max(m_anchor, row)};
}

void LogRowSelection::selectAll(int rows)
{
    clear();
    if (rows <= 0)
        return;
    m_anchor = 0;
    m_active = Range {0, rows - 1};
}

bool LogRowSelection::contains(int row) const
{
    const auto holds = [row](const Range& r) { return r.first <= row && row <= r.second; };
    return (m_active && holds(*m_active)) || std::any_of(m_kept.cbegin(), m_kept.cend(), holds);
}

QVector<LogRowSelection::Range> LogRowSelection::ranges() const
{
    QVector<Range> all = m_kept;
    if (m_active)
        all.append(*m_active);
    std::sort(all.begin(), all.end());
    QVector<Range> merged;
    for (const Range& range : std::as_const(all)) {
        if (!merged.isEmpty() && range.first <= merged.last().second + 1)
            merged.last().second = std::max(merged.last().second, range.second);
        else
            merged.append(range);
    }
    return merged;
}

qint64 LogRowSelection::count() const
{
    qint64 rows = 0;
    for (const auto& [first, last] : ranges())
        rows += qint64(last) - first + 1;
    return rows;
}

} // namespace debrief
