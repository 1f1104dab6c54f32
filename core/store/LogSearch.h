// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogEntry.h"
#include "SearchTextReader.h"
#include "Statement.h"
#include "StoreError.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>
#include <QVector>
#include <atomic>
#include <functional>
#include <limits>
#include <optional>
#include <unordered_map>

namespace debrief {

class Database;

// What to find among an incident's log entries. `text` is what the user typed or pasted, read by
// SearchTextReader (`auth-1`, `/api/v1/login`, "a phrase", timeout*, pool AND NOT db); with
// `regex` it is a regular expression (QRegularExpression) over the messages instead. Empty finds
// every entry. Time bounds are half-open: from <= at < to. Levels are LogLevel values (0 trace ..
// 6 critical).
struct LogQuery
{
    IncidentId incident;
    QString text;
    bool regex = false;
    std::optional<UtcMillis> from;
    std::optional<UtcMillis> to;
    std::optional<int> minLevel;
    quint32 levels = 0x7f; // bit i set: level i is wanted (a set of levels, combined with minLevel)
    QString host; // exact match; empty: any
    QString service; // exact match; empty: any
    std::optional<qint64> sourceId;
    bool highlight = false; // fill LogHit::highlights (one extra FTS lookup per row)

    static LogQuery of(IncidentId incident, const QString& text = {})
    {
        LogQuery query;
        query.incident = incident;
        query.text = text;
        return query;
    }
};

// A position in the (at, id) order of entries: a page starts strictly after it. Entries without a
// time sort first, as SQLite sorts NULL.
struct LogCursor
{
    std::optional<qint64> at;
    qint64 id = 0;

    // The position just before the first entry at or after `time`.
    static LogCursor before(UtcMillis time) { return LogCursor {time.value, std::numeric_limits<qint64>::min()}; }
    bool operator==(const LogCursor&) const = default;
};

// One result: the entry, its file, and where the query matched in its message, as (start, length)
// pairs in UTF-16 units of entry.message.
struct LogHit
{
    LogEntry entry;
    QString sourcePath;
    QVector<std::pair<int, int>> highlights;

    LogCursor cursor() const { return LogCursor {entry.at, entry.id}; }
};

struct LogPage
{
    QVector<LogHit> rows; // in (at, id) order
    std::optional<LogCursor> last; // cursor of the last row; none when the page is empty
    bool atEnd = false; // fewer rows than asked for: nothing follows
};

struct LogCount
{
    qint64 value = 0;
    bool exact = true; // false: the count stopped at the cap and there are more

    bool operator==(const LogCount&) const = default;
};

// The values an incident's entries take, for the log view's filter boxes: its distinct hosts and
// services (sorted, at most kMaxFacetValues each) and its log files.
struct LogFacets
{
    struct Source
    {
        qint64 id = 0;
        QString path;
        qint64 entries = 0;
        bool operator==(const Source&) const = default;
    };
    QStringList hosts;
    QStringList services;
    QVector<Source> sources; // in import order
    bool complete = true; // false: there are more distinct hosts or services than listed
};

// Thrown by LogSearch when the text of a query cannot be read (an unbalanced quote, a bad regular
// expression): the message says what is wrong and where, in the user's terms.
class LogQueryError : public StoreError
{
public:
    using StoreError::StoreError;
};

// Thrown by LogSearch when interrupt() stopped its query. Not a failure: the answer was no longer
// wanted, and the search is as usable as before.
class LogSearchInterrupted : public StoreError
{
public:
    using StoreError::StoreError;
};

// Searches and windows an incident's log entries for the search command and the log view: full-
// text (FTS5) plus time, level, host, service and source filters, ordered by (at, id) and paged by
// keyset, so a view can walk ten million results with every page as fast as the first. It picks
// the query plan per query: a rare match is found through the FTS index and sorted, a common one
// by walking the time index and checking each entry against the FTS index. A pasted text also
// finds the entries whose host or service it is, through the (incident, host, service) index. A
// regular expression walks the time index within the filters in chunks, reporting progress and
// stopping at interrupt() between them. Not thread-safe (but for interrupt()); one per Database.
class LogSearch
{
public:
    enum class Plan
    {
        Filters, // no text: the time index only
        FullTextFirst, // every FTS match, joined to its entry, sorted
        TimeFirst, // the time index, each entry checked against the FTS match
        Regex, // the time index, each entry's message matched in chunks
    };
    // Called with the share of the filtered time range a regular expression scan has passed
    // (0..100), when it changes.
    using Progress = std::function<void(int percent)>;

    explicit LogSearch(Database& db);
    ~LogSearch();
    LogSearch(const LogSearch&) = delete;
    LogSearch& operator=(const LogSearch&) = delete;

    // Up to `limit` entries after `after` (from the start when none). Throws LogQueryError when
    // the text cannot be read.
    LogPage page(const LogQuery& query, std::optional<LogCursor> after, int limit);
    // Up to `limit` entries just before `before`, still in ascending order (scrolling up).
    LogPage pageBefore(const LogQuery& query, LogCursor before, int limit);
    // The first entry at or after `time`, for a view jumping to a moment.
    std::optional<LogHit> firstAtOrAfter(const LogQuery& query, UtcMillis time);
    // How many entries match, counting at most `cap` (a view sizes its scroll bar with it).
    LogCount count(const LogQuery& query, qint64 cap = 100000);
    // How many entries come before `position`: the row number of a cursor in the result.
    qint64 countBefore(const LogQuery& query, LogCursor position);
    // The hosts, services and files of `incident`. Hosts and services take one pass over the
    // incident's entries (about a second per ten million), so a view asks from its worker thread.
    LogFacets facets(IncidentId incident);

    // Thread-safe: stops the query running now, which then throws LogSearchInterrupted. A query
    // started afterwards runs normally. For a view whose user typed a new search during a count.
    void interrupt();
    // Progress of regular expression scans (none by default).
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // The plan the last query used (tests and the benchmark check the choice).
    Plan lastPlan() const { return m_lastPlan; }
    // A text matching at most this many entries (in every incident) is searched FTS-first.
    static constexpr qint64 kFullTextFirstLimit = 20000;
    // Fewer matches are always sorted; more are walked in time order when that reads less.
    static constexpr qint64 kAlwaysSort = 1000;
    // Entries a time-first page checks one by one before it gathers the matches instead.
    static constexpr qint64 kTimeWindow = 1000;
    // Distinct hosts (and services) facets() lists at most; a filter box offers no more.
    static constexpr int kMaxFacetValues = 500;
    // Entries a regular expression scan reads between two checks for an interrupt.
    static constexpr int kRegexChunk = 4096;

private:
    enum class Direction
    {
        After,
        Before,
    };
    struct Scan
    {
        QVector<LogHit> rows;
        qint64 matched = 0;
    };
    Plan choosePlan(const LogQuery& query);
    qint64 gatherMatches(const LogQuery& query);
    bool walkIsShorter(const LogQuery& query, qint64 matches);
    qint64 storeVersion();
    const SearchText& searchText(const LogQuery& query);
    const QRegularExpression& regex(const LogQuery& query);
    QByteArray textClause(const LogQuery& query, Plan plan);
    Scan scanRegex(const LogQuery& query, std::optional<LogCursor> cursor, Direction direction, qint64 limit,
                   bool keepRows);
    std::pair<qint64, qint64> progressSpan(const LogQuery& query);
    void addRegexHighlights(const QRegularExpression& pattern, QVector<LogHit>& rows) const;
    QByteArray filterSql(const LogQuery& query, const std::optional<LogCursor>& cursor, Direction direction);
    QByteArray incompleteSourcesClause(IncidentId incident);
    QByteArray windowSql(const LogQuery& query, const std::optional<LogCursor>& cursor, Direction direction);
    QVector<LogHit> fetch(const QByteArray& sql, const LogQuery& query, const std::optional<LogCursor>& cursor,
                          int limit);
    QByteArray selectSql(const LogQuery& query, Plan plan, const std::optional<LogCursor>& cursor, Direction direction,
                         const char* columns, const char* order);
    Statement& statement(const QByteArray& sql);
    void exec(const QByteArray& sql);
    bool step(Statement& statement, const QString& failure = {});
    QVector<LogFacets::Source> facetSources(IncidentId incident);
    void bind(Statement& statement, const LogQuery& query, const std::optional<LogCursor>& cursor, qint64 limit);
    QVector<LogHit> run(const LogQuery& query, Plan plan, const std::optional<LogCursor>& cursor, Direction direction,
                        int limit);
    qint64 countSql(const LogQuery& query, const std::optional<LogCursor>& cursor, Direction direction, qint64 cap);
    QString sourcePath(qint64 sourceId);
    void addHighlights(const LogQuery& query, QVector<LogHit>& rows);

    Database& m_db;
    std::unordered_map<std::string, Statement> m_statements;
    QHash<qint64, QString> m_sourcePaths;
    QString m_readText; // the text m_searchText was read from
    SearchText m_searchText;
    QString m_regexText;
    QRegularExpression m_regex;
    QString m_probedText;
    IncidentId m_probedIncident;
    qint64 m_probedVersion = -1; // storeVersion() when the text was probed
    Plan m_probedPlan = Plan::Filters;
    // The probe keeps the FTS matches of the text, when few, in a temporary table of this search's
    // own (per connection): its pages join them instead of evaluating the match again, which for a
    // phrase of common words costs as much as the probe itself.
    QByteArray m_matchTable;
    bool m_matchesGathered = false; // the table holds every FTS match of the probed text
    Plan m_lastPlan = Plan::Filters;
    Progress m_progress;
    std::atomic<quint64> m_interrupts {0};
};

} // namespace debrief
