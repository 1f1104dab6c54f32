// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogSearch.h"

#include <map>
#include <optional>

namespace debrief {

// Finds where a row of a query's result starts, as the keyset cursor LogSearch pages after, so
// that the log view can fetch the window at row k of ten million without an OFFSET query. It
// keeps a sparse map of known points (row -> cursor of the row before it), learnt from every page
// fetched; a far row is reached by interpolating on time (LogSearch::countBefore gives the row of
// any moment, and log times grow roughly evenly) and finished by walking a few pages. Not thread-
// safe: it lives beside its LogSearch in the log view's worker thread. Not a cache of rows.
class LogRowLocator
{
public:
    explicit LogRowLocator(LogSearch& search);

    // Forgets every point: the query changed.
    void reset(const LogQuery& query);
    // The end of the result, an upper bracket for interpolation: `rows` rows, the last at `lastAt`.
    void setEnd(qint64 rows, std::optional<qint64> lastAt);

    // The cursor that row `row` follows (none for row 0): page(query, cursorBefore(row), n) starts
    // at that row.
    std::optional<LogCursor> cursorBefore(qint64 row);
    // True when where row `row` starts is known without any search.
    bool isKnown(qint64 row) const { return row == 0 || m_points.count(row) > 0; }
    // When known, the cursor for which pageBefore() returns exactly the rows before row `row`:
    // scrolling up from a window already seen needs no search.
    std::optional<LogCursor> knownUpperBound(qint64 row) const;
    // Records that row `row` follows `cursor` (a page's last row, or the moment before a time):
    // page(query, cursor, n) starts at that row.
    void remember(qint64 row, const LogCursor& cursor);
    // The row of the first entry at or after `time` (the row count when none is).
    qint64 rowAtTime(UtcMillis time);

    int knownPoints() const { return int(m_points.size()); }
    // Rows a far jump may walk page by page before interpolating is cheaper.
    static constexpr qint64 kWalkLimit = 8192;

private:
    struct Point
    {
        qint64 row = 0;
        std::optional<LogCursor> cursor; // none: the start
    };
    Point nearestAtOrBelow(qint64 row) const;
    std::optional<Point> nearestAbove(qint64 row) const;
    Point interpolate(qint64 row, Point low);
    LogCursor walk(Point from, qint64 row);

    LogSearch& m_search;
    LogQuery m_query;
    std::map<qint64, LogCursor> m_points;
    std::optional<Point> m_end;
};

} // namespace debrief
