// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogRowLocator.h"

#include <algorithm>

namespace debrief {

namespace {
// Beyond this many points the map is dropped and relearnt: memory stays bounded however long one
// scrolls through ten million rows, at the price of a few more interpolations afterwards.
constexpr std::size_t kMaxPoints = 65536;
// Rows one walking step reads; larger steps cost memory, smaller ones round trips.
constexpr int kWalkStep = 2048;
// Interpolation steps before walking the rest: log times are close enough to even that two or
// three steps land within kWalkLimit; a burst of equal timestamps stops it earlier.
constexpr int kMaxInterpolations = 8;
} // namespace

LogRowLocator::LogRowLocator(LogSearch& search)
    : m_search(search)
{ }

void LogRowLocator::reset(const LogQuery& query)
{
    m_query = query;
    m_points.clear();
    m_end.reset();
}

void LogRowLocator::setEnd(qint64 rows, std::optional<qint64> lastAt)
{
    if (lastAt)
        m_end = Point {rows, LogCursor {*lastAt + 1, std::numeric_limits<qint64>::min()}};
}

void LogRowLocator::remember(qint64 row, const LogCursor& cursor)
{
    if (row <= 0)
        return;
    if (m_points.size() >= kMaxPoints)
        m_points.clear();
    m_points.insert_or_assign(row, cursor);
}

std::optional<LogCursor> LogRowLocator::knownUpperBound(qint64 row) const
{
    const auto found = m_points.find(row);
    if (found == m_points.end())
        return std::nullopt;
    // A point is the last cursor *before* the row; pageBefore() excludes its cursor, and ids are
    // integers, so the next id up includes that entry and nothing after it. (For the moment
    // before a time, whose id is the minimum, it changes nothing.)
    LogCursor bound = found->second;
    if (bound.id < std::numeric_limits<qint64>::max())
        ++bound.id;
    return bound;
}

std::optional<LogCursor> LogRowLocator::cursorBefore(qint64 row)
{
    if (row <= 0)
        return std::nullopt;
    Point low = nearestAtOrBelow(row);
    if (low.row == row)
        return low.cursor;
    if (row - low.row > kWalkLimit)
        low = interpolate(row, low);
    return walk(low, row);
}

qint64 LogRowLocator::rowAtTime(UtcMillis time)
{
    const LogCursor cursor = LogCursor::before(time);
    const qint64 row = m_search.countBefore(m_query, cursor);
    remember(row, cursor);
    return row;
}

LogRowLocator::Point LogRowLocator::nearestAtOrBelow(qint64 row) const
{
    auto above = m_points.upper_bound(row);
    if (above == m_points.begin())
        return Point {};
    --above;
    return Point {above->first, above->second};
}

std::optional<LogRowLocator::Point> LogRowLocator::nearestAbove(qint64 row) const
{
    const auto above = m_points.upper_bound(row);
    if (above != m_points.end())
        return Point {above->first, above->second};
    if (m_end && m_end->row > row)
        return m_end;
    return std::nullopt;
}

LogRowLocator::Point LogRowLocator::interpolate(qint64 row, Point low)
{
    std::optional<Point> high = nearestAbove(row);
    for (int step = 0; step < kMaxInterpolations && high && row - low.row > kWalkLimit; ++step) {
        // Entries without a time sort first and give no time to interpolate from: walk those.
        if (!low.cursor || !low.cursor->at || !high->cursor || !high->cursor->at)
            break;
        const qint64 lowAt = *low.cursor->at;
        const qint64 highAt = *high->cursor->at;
        if (highAt - lowAt <= 1)
            break;
        const double share = double(row - low.row) / double(high->row - low.row);
        const qint64 guess = std::clamp(lowAt + qint64(share * double(highAt - lowAt)), lowAt + 1, highAt - 1);
        const qint64 guessRow = rowAtTime(UtcMillis {guess});
        const Point found {guessRow, LogCursor::before(UtcMillis {guess})};
        if (guessRow <= row)
            low = found;
        else
            high = found;
    }
    return low;
}

LogCursor LogRowLocator::walk(Point from, qint64 row)
{
    std::optional<LogCursor> cursor = from.cursor;
    qint64 at = from.row;
    while (at < row) {
        const LogPage page = m_search.page(m_query, cursor, int(std::min<qint64>(row - at, kWalkStep)));
        if (!page.last)
            break;
        cursor = page.last;
        at += page.rows.size();
        remember(at, *cursor);
        if (page.atEnd)
            break;
    }
    // Past the end (a row count that went stale): the last cursor seen, which pages to nothing.
    constexpr qint64 kLast = std::numeric_limits<qint64>::max();
    return cursor.value_or(LogCursor {kLast, kLast});
}

} // namespace debrief
