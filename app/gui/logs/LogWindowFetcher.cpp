// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogWindowFetcher.h"

#include "Database.h"
#include "LogRowLocator.h"
#include "StoreError.h"

#include <algorithm>
#include <cstdlib>

namespace debrief {

namespace {
// Windows this far from the one the view wants are still fetched: the view paints a screenful,
// which spans two or three windows, and prefetches around it.
constexpr qint64 kNearWindows = 4;
} // namespace

LogWindowFetcher::LogWindowFetcher(const QString& storePath)
    : m_storePath(storePath)
{ }

LogWindowFetcher::~LogWindowFetcher() = default;

void LogWindowFetcher::setLatestGeneration(quint64 generation)
{
    m_latestGeneration = generation;
    if (LogSearch* search = m_openSearch.load())
        search->interrupt();
}

template<typename Work>
void LogWindowFetcher::guarded(quint64 generation, Work work)
{
    // Twice at most: an interrupt meant for an older generation can land on the first statement
    // of a current one (between its stale check and its start).
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (isStale(generation))
            return;
        try {
            open();
            m_runningGeneration = generation;
            work();
            return;
        } catch (const LogSearchInterrupted&) {
            continue; // no answer wanted, or asked again
        } catch (const StoreError& e) {
            Q_EMIT failed(generation, e.message());
            return;
        }
    }
}

void LogWindowFetcher::open()
{
    // Opened on first use, so that the connection belongs to the worker thread.
    if (m_db)
        return;
    m_db = std::make_unique<Database>(m_storePath);
    m_search = std::make_unique<LogSearch>(*m_db);
    m_search->setProgress([this](int percent) { Q_EMIT progressed(m_runningGeneration, percent); });
    m_locator = std::make_unique<LogRowLocator>(*m_search);
    m_openSearch = m_search.get();
}

void LogWindowFetcher::start(quint64 generation, const LogQuery& query)
{
    guarded(generation, [&] {
        m_query = query;
        m_locator->reset(query);
        // The first window before the count: the view shows rows at once, and counting ten
        // million entries takes a moment.
        const LogPage first = m_search->page(m_query, std::nullopt, kWindowRows);
        rememberWindow(0, first.rows);
        Q_EMIT windowReady(generation, 0, first.rows);
        if (isStale(generation))
            return;
        Q_EMIT counted(generation, countRows(first));
        readFacets(generation);
    });
}

void LogWindowFetcher::readFacets(quint64 generation)
{
    // After the count, which the status line waits for; asked again by the next query when an
    // interrupt stopped it.
    if (m_facetsOf == m_query.incident || isStale(generation))
        return;
    const LogFacets facets = m_search->facets(m_query.incident);
    m_facetsOf = m_query.incident;
    Q_EMIT facetsReady(generation, facets);
}

LogCount LogWindowFetcher::countRows(const LogPage& first)
{
    if (first.atEnd)
        return LogCount {first.rows.size(), true};
    const LogCount count = m_search->count(m_query, kCountCap);
    if (count.value == 0)
        return count; // no last row to look for (a regular expression would read everything again)
    constexpr qint64 kLast = std::numeric_limits<qint64>::max();
    const LogPage last = m_search->pageBefore(m_query, LogCursor {kLast, kLast}, 1);
    if (!last.rows.isEmpty())
        m_locator->setEnd(count.value, last.rows.constFirst().entry.at);
    return count;
}

void LogWindowFetcher::fetchWindow(quint64 generation, qint64 window)
{
    if (isFarFromView(window)) {
        if (!isStale(generation))
            Q_EMIT windowSkipped(generation, window);
        return;
    }
    guarded(generation, [&] {
        const QVector<LogHit> rows = readWindow(window);
        rememberWindow(window, rows);
        Q_EMIT windowReady(generation, window, rows);
    });
}

bool LogWindowFetcher::isFarFromView(qint64 window) const
{
    return std::abs(window - m_wantedWindow.load()) > kNearWindows;
}

QVector<LogHit> LogWindowFetcher::readWindow(qint64 window)
{
    const qint64 first = window * kWindowRows;
    // Scrolling up from a window already seen: the rows just before its first row.
    if (const std::optional<LogCursor> next = m_locator->knownUpperBound(first + kWindowRows);
        next && !m_locator->isKnown(first)) {
        const LogPage above = m_search->pageBefore(m_query, *next, kWindowRows);
        if (above.rows.size() == kWindowRows)
            return above.rows;
    }
    return m_search->page(m_query, m_locator->cursorBefore(first), kWindowRows).rows;
}

void LogWindowFetcher::rememberWindow(qint64 window, const QVector<LogHit>& rows)
{
    if (rows.isEmpty())
        return;
    const qint64 first = window * kWindowRows;
    m_locator->remember(first + 1, rows.constFirst().cursor());
    m_locator->remember(first + rows.size(), rows.constLast().cursor());
}

void LogWindowFetcher::readRows(quint64 generation, const QVector<std::pair<int, int>>& ranges, int cap)
{
    guarded(generation, [&] {
        QVector<LogHit> rows;
        for (const auto& [first, last] : ranges) {
            const int wanted = std::min(last - first + 1, cap - int(rows.size()));
            if (wanted <= 0)
                break;
            // One keyset page per range: the locator knows where the range starts.
            rows += m_search->page(m_query, m_locator->cursorBefore(first), wanted).rows;
        }
        Q_EMIT rowsRead(generation, rows);
    });
}

void LogWindowFetcher::findTime(quint64 generation, UtcMillis time)
{
    guarded(generation, [&] { Q_EMIT timeFound(generation, m_locator->rowAtTime(time)); });
}

} // namespace debrief
