// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>
#include <optional>
#include <utility>

namespace debrief {

// The chosen rows of the log table, as ranges of rows of the whole result, so that a selection of
// a million rows costs two numbers and survives scrolling (the table only ever holds a screenful).
// Click, Ctrl+click and Shift+click semantics as in Qt's extended selection: an anchor, the range
// from it to the last row extended to, and the ranges kept by earlier Ctrl+clicks. Knows nothing
// of the rows' content.
class LogRowSelection
{
public:
    using Range = std::pair<int, int>; // first, last (inclusive)

    void clear();
    // Only `row`, which becomes the anchor.
    void select(int row);
    // Adds or removes `row`, keeping the rest; it becomes the anchor.
    void toggle(int row);
    // From the anchor to `row` (Shift): replaces the range last extended, keeps the others.
    void extendTo(int row);
    void selectAll(int rows);

    bool isEmpty() const { return ranges().isEmpty(); }
    bool contains(int row) const;
    // Sorted, disjoint, adjacent ones merged.
    QVector<Range> ranges() const;
    qint64 count() const;

private:
    void commitActive();

    QVector<Range> m_kept;
    std::optional<Range> m_active;
    int m_anchor = -1;
};

} // namespace debrief
