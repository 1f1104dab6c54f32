// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogSearch.h"

#include "Database.h"
#include "MessageMatchFunction.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>

namespace debrief {

namespace {

// Parameter numbers shared by every statement this class builds. SQLite accepts binds to numbers a
// statement does not use up to the highest one it uses; binds beyond that are skipped (bindAll).
enum Param
{
    kIncident = 1,
    kFrom,
    kTo,
    kLevels,
    kHost,
    kService,
    kSource,
    kCursorAt,
    kCursorId,
    kText,
    kLimit,
    kWindow,
    kPasted,
};

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LogSearch)
};

// The entries whose host or service is the pasted text, each once (an entry can be both), through
// the (incident, host, service) index. A service is found under each host in turn: the hosts are
// walked as a skip scan (the next host is one index seek), since an incident has few of them and
// no index leads by service.
constexpr const char* kValueIds
    = "SELECT id FROM log_entries INDEXED BY log_entries_by_value WHERE incident_id = ?1 AND host = ?13"
      " UNION SELECT id FROM log_entries INDEXED BY log_entries_by_value WHERE incident_id = ?1"
      " AND service = ?13 AND host IN (WITH RECURSIVE hosts(h) AS ("
      " SELECT (SELECT min(host) FROM log_entries INDEXED BY log_entries_by_value WHERE incident_id = ?1)"
      " UNION ALL SELECT (SELECT min(host) FROM log_entries INDEXED BY log_entries_by_value"
      " WHERE incident_id = ?1 AND host > hosts.h) FROM hosts WHERE h IS NOT NULL)"
      " SELECT h FROM hosts WHERE h IS NOT NULL)";

// A phrase match of a pasted text's words, narrowed to the messages that contain the text itself,
// or an entry whose host or service is the text.
constexpr const char* kPastedCondition
    = "(debrief_contains(?13, e.message, e.fields) OR e.host = ?13 OR e.service = ?13)";

constexpr const char* kEntryColumns = "e.id, e.source_id, e.line, e.at, e.time_text, e.level, e.host, e.service,"
                                      " e.message, e.fields, e.unparsed";

// Highlight markers: private-use characters, which log messages practically never contain.
constexpr char16_t kOpen = 0xE000;
constexpr char16_t kClose = 0xE001;

quint32 levelMask(const LogQuery& query)
{
    quint32 mask = query.levels & 0x7f;
    if (query.minLevel)
        mask &= ~((1u << std::clamp(*query.minLevel, 0, 7)) - 1u);
    return mask;
}

LogEntry readEntry(const Statement& row)
{
    LogEntry entry;
    entry.id = row.int64(0);
    entry.sourceId = row.int64(1);
    entry.line = row.int64(2);
    entry.at = row.optionalInt64(3);
    entry.timeText = row.text(4);
    entry.level = int(row.int64(5));
    entry.host = row.text(6);
    entry.service = row.text(7);
    entry.message = row.text(8);
    entry.fields = row.optionalText(9);
    entry.unparsed = row.int64(10) != 0;
    return entry;
}

QByteArray cursorClause(const LogCursor& cursor, bool after)
{
    // `at >= ?` rather than a row value keeps the time index usable as a range; the equal
    // timestamps it lets through are then ordered by id.
    if (after) {
        return cursor.at ? " AND e.at >= ?8 AND (e.at > ?8 OR e.id > ?9)" : " AND (e.at IS NOT NULL OR e.id > ?9)";
    }
    return cursor.at ? " AND (e.at IS NULL OR (e.at <= ?8 AND (e.at < ?8 OR e.id < ?9)))"
                     : " AND e.at IS NULL AND e.id < ?9";
}

} // namespace

LogSearch::LogSearch(Database& db)
    : m_db(db)
{
    static std::atomic<quint64> s_searches {0};
    MessageMatchFunction::install(m_db.handle());
    m_matchTable = "temp.log_search_matches_" + QByteArray::number(++s_searches);
}

LogSearch::~LogSearch()
{
    // Statements first: a table cannot be dropped under a statement that reads it.
    m_statements.clear();
    try {
        m_db.exec(("DROP TABLE IF EXISTS " + m_matchTable).constData());
    } catch (const StoreError&) {
        // The connection is closing or busy: the temporary table goes with the connection.
    }
}

qint64 LogSearch::storeVersion()
{
    // data_version changes when another connection commits, total_changes when this one writes:
    // either may have added entries the gathered matches lack.
    Statement& version = statement("PRAGMA data_version");
    const qint64 other = step(version) ? version.int64(0) : 0;
    version.reset();
    return (other << 32) ^ sqlite3_total_changes64(m_db.handle());
}

bool LogSearch::walkIsShorter(const LogQuery& query, qint64 matches)
{
    // Sorting reads every match's entry (and checks a pasted text in its message); walking the time
    // index with the gathered matches reads about limit / density index entries to fill a page, each
    // far cheaper than reading an entry: the walk wins once matches^2 > entries * ten (3,000 matches
    // of a million). An estimate (the FTS matches are of every incident, the totals the sources'),
    // and a thousand matches sort in about a millisecond whatever the walk would cost.
    if (!m_matchesGathered || matches <= kAlwaysSort)
        return false;
    Statement& entries = statement("SELECT coalesce(sum(entries), 0) FROM log_sources WHERE incident_id = ?1");
    entries.bind(1, query.incident.value);
    const qint64 total = step(entries) ? entries.int64(0) : 0;
    entries.reset();
    return double(matches) * double(matches) > double(total) * 10.0;
}

qint64 LogSearch::gatherMatches(const LogQuery& query)
{
    m_matchesGathered = false;
    exec("CREATE TABLE IF NOT EXISTS " + m_matchTable + " (id INTEGER PRIMARY KEY)");
    exec("DELETE FROM " + m_matchTable);
    Statement& gather = statement("INSERT INTO " + m_matchTable
                                  + " SELECT rowid FROM log_fts WHERE log_fts MATCH ?10 LIMIT ?11");
    bind(gather, query, std::nullopt, kFullTextFirstLimit + 1);
    step(gather);
    gather.reset();
    const qint64 matches = m_db.changes();
    m_matchesGathered = matches <= kFullTextFirstLimit;
    return matches;
}

const SearchText& LogSearch::searchText(const LogQuery& query)
{
    // Read once per text: a page asks for it several times while it builds and binds its SQL.
    if (query.text != m_readText) {
        m_searchText = SearchTextReader::read(query.text);
        m_readText = query.text;
    }
    if (!m_searchText.isValid())
        throw LogQueryError(Tr::tr("cannot read the search '%1': %2").arg(query.text, m_searchText.error));
    return m_searchText;
}

const QRegularExpression& LogSearch::regex(const LogQuery& query)
{
    if (query.text != m_regexText || !m_regex.isValid()) {
        m_regexText = query.text;
        m_regex = QRegularExpression(query.text);
    }
    if (!m_regex.isValid()) {
        throw LogQueryError(Tr::tr("cannot read the regular expression '%1': %2 at column %3")
                                .arg(query.text, m_regex.errorString())
                                .arg(m_regex.patternErrorOffset() + 1));
    }
    return m_regex;
}

LogSearch::Plan LogSearch::choosePlan(const LogQuery& query)
{
    if (query.regex) {
        regex(query); // a bad pattern fails before any row is read
        return m_lastPlan = query.text.isEmpty() ? Plan::Filters : Plan::Regex;
    }
    const SearchText& text = searchText(query);
    if (text.isEmpty())
        return m_lastPlan = Plan::Filters;
    const qint64 version = storeVersion();
    if (query.text == m_probedText && query.incident == m_probedIncident && version == m_probedVersion)
        return m_lastPlan = m_probedPlan;
    m_probedText.clear(); // until the probe below is whole
    // Gathering the first matches reads only the FTS doclists (and the value index) and stops at
    // the limit, so it costs little either way and tells a rare text (sort its few matches) from a
    // common one (walk time).
    qint64 matches = gatherMatches(query);
    if (!text.pasted.isEmpty()) {
        // Counted without UNION's de-duplication: an estimate is enough, and the temporary index
        // of 20,000 ids would cost more than the rest of the probe.
        const QByteArray ids = QByteArray(kValueIds).replace(" UNION SELECT", " UNION ALL SELECT");
        Statement& values = statement("SELECT count(*) FROM (" + ids + " LIMIT ?11)");
        bind(values, query, std::nullopt, kFullTextFirstLimit + 1);
        matches += step(values) ? values.int64(0) : 0;
        values.reset();
    }
    m_probedText = query.text;
    m_probedIncident = query.incident;
    m_probedVersion = version;
    m_probedPlan = matches > kFullTextFirstLimit || walkIsShorter(query, matches) ? Plan::TimeFirst
                                                                                  : Plan::FullTextFirst;
    return m_lastPlan = m_probedPlan;
}

// The entries of sources still being imported are left out: an import shows all at once at its end.
// Named by id, and only while one runs, so that a query that needs no entry's row (a count over the
// time and level index) still needs none otherwise.
QByteArray LogSearch::incompleteSourcesClause(IncidentId incident)
{
    Statement& query = statement("SELECT id FROM log_sources WHERE incident_id = ?1 AND complete = 0");
    query.bind(1, incident.value);
    QByteArrayList ids;
    while (step(query))
        ids << QByteArray::number(query.int64(0));
    query.reset();
    return ids.isEmpty() ? QByteArray() : " AND e.source_id NOT IN (" + ids.join(',') + ')';
}

QByteArray LogSearch::filterSql(const LogQuery& query, const std::optional<LogCursor>& cursor, Direction direction)
{
    QByteArray sql = incompleteSourcesClause(query.incident);
    if (query.from)
        sql += " AND e.at >= ?2";
    if (query.to)
        sql += " AND e.at < ?3";
    if (levelMask(query) != 0x7f)
        sql += " AND ((1 << e.level) & ?4) != 0";
    if (!query.host.isEmpty())
        sql += " AND e.host = ?5";
    if (!query.service.isEmpty())
        sql += " AND e.service = ?6";
    if (query.sourceId)
        sql += " AND e.source_id = ?7";
    if (cursor)
        sql += cursorClause(*cursor, direction == Direction::After);
    return sql;
}

QByteArray LogSearch::textClause(const LogQuery& query, Plan plan)
{
    if (plan != Plan::FullTextFirst && plan != Plan::TimeFirst)
        return {};
    const bool pasted = !searchText(query).pasted.isEmpty();
    if (plan == Plan::FullTextFirst)
        return pasted ? QByteArray(" AND ").append(kPastedCondition) : QByteArray();
    // Every match's rowid, gathered once into a temporary index: bounded by the match count. A
    // pasted text common as a host or service but rare in messages has its matches gathered already.
    const QByteArray matches = m_matchesGathered ? "e.id IN (SELECT id FROM " + m_matchTable + ")"
                                                 : QByteArray("e.id IN (SELECT rowid FROM log_fts WHERE log_fts MATCH ?10)");
    if (!pasted)
        return " AND " + matches;
    // The cheap comparisons first: OR stops at the first that holds.
    return " AND (e.host = ?13 OR e.service = ?13 OR (" + matches + " AND debrief_contains(?13, e.message, e.fields)))";
}

QByteArray LogSearch::selectSql(const LogQuery& query, Plan plan, const std::optional<LogCursor>& cursor,
                                Direction direction, const char* columns, const char* order)
{
    QByteArray sql = QByteArray("SELECT ").append(columns);
    if (plan == Plan::FullTextFirst) {
        // CROSS JOIN fixes the order: the matches first (FTS, and the value index for a pasted
        // text), then each match's entry by primary key.
        QByteArray matches = "SELECT id AS mid FROM " + m_matchTable;
        if (!searchText(query).pasted.isEmpty())
            matches.append(" UNION ").append(kValueIds);
        sql += " FROM (" + matches + ") m CROSS JOIN log_entries e ON e.id = m.mid WHERE e.incident_id = ?1";
    } else {
        sql += " FROM log_entries e INDEXED BY log_entries_by_time WHERE e.incident_id = ?1";
    }
    sql += textClause(query, plan);
    sql += filterSql(query, cursor, direction);
    sql += order;
    sql += " LIMIT ?11";
    return sql;
}

QByteArray LogSearch::windowSql(const LogQuery& query, const std::optional<LogCursor>& cursor, Direction direction)
{
    // The next kTimeWindow entries in time order, each checked against the FTS match on its own:
    // a common word fills a page within a few hundred entries, without gathering its matches.
    const char* order = direction == Direction::After ? " ORDER BY e.at, e.id" : " ORDER BY e.at DESC, e.id DESC";
    QByteArray sql = QByteArray("SELECT ").append(kEntryColumns);
    sql += " FROM (SELECT e.id AS wid FROM log_entries e INDEXED BY log_entries_by_time WHERE e.incident_id = ?1";
    sql += filterSql(query, cursor, direction);
    sql += order;
    sql += " LIMIT ?12) w CROSS JOIN log_entries e ON e.id = w.wid";
    // Each entry looked up in the FTS index on its own, unless the few matches are gathered.
    const QByteArray match = m_matchesGathered
        ? "w.wid IN (SELECT id FROM " + m_matchTable + ")"
        : QByteArray("EXISTS (SELECT 1 FROM log_fts WHERE log_fts MATCH ?10 AND log_fts.rowid = w.wid)");
    if (searchText(query).pasted.isEmpty())
        sql += " WHERE " + match;
    else
        sql += " WHERE (e.host = ?13 OR e.service = ?13 OR (" + match + " AND debrief_contains(?13, e.message, e.fields)))";
    sql += order;
    sql += " LIMIT ?11";
    return sql;
}

bool LogSearch::step(Statement& statement, const QString& failure)
{
    try {
        return statement.step();
    } catch (const StoreError& e) {
        // Asked before the reset, which may clear the connection's error code.
        const bool interrupted = m_db.wasInterrupted();
        statement.reset();
        if (interrupted)
            throw LogSearchInterrupted(QStringLiteral("the search was interrupted"));
        if (failure.isEmpty())
            throw;
        throw StoreError(QStringLiteral("%1: %2").arg(failure, e.message()));
    }
}

void LogSearch::interrupt()
{
    // Counted too: a regular expression scan checks it between its chunks, when no statement runs.
    ++m_interrupts;
    m_db.interrupt();
}

// A statement of the search's own that is not kept (the matches table): interruptible like the rest.
void LogSearch::exec(const QByteArray& sql)
{
    try {
        m_db.exec(sql.constData());
    } catch (const StoreError&) {
        if (m_db.wasInterrupted())
            throw LogSearchInterrupted(QStringLiteral("the search was interrupted"));
        throw;
    }
}

Statement& LogSearch::statement(const QByteArray& sql)
{
    const std::string key = sql.toStdString();
    auto found = m_statements.find(key);
    if (found != m_statements.end())
        return found->second;
    try {
        return m_statements.emplace(key, Statement(m_db.handle(), sql.constData())).first->second;
    } catch (const StoreError&) {
        // Preparing checks for an interrupt too.
        if (m_db.wasInterrupted())
            throw LogSearchInterrupted(QStringLiteral("the search was interrupted"));
        throw;
    }
}

void LogSearch::bind(Statement& statement, const LogQuery& query, const std::optional<LogCursor>& cursor, qint64 limit)
{
    statement.bind(kIncident, query.incident.value);
    statement.bind(kFrom, query.from ? query.from->value : 0);
    statement.bind(kTo, query.to ? query.to->value : 0);
    statement.bind(kLevels, qint64(levelMask(query)));
    statement.bind(kHost, query.host);
    statement.bind(kService, query.service);
    statement.bind(kSource, query.sourceId.value_or(0));
    statement.bind(kCursorAt, cursor && cursor->at ? *cursor->at : 0);
    statement.bind(kCursorId, cursor ? cursor->id : 0);
    const bool text = !query.regex && statement.parameterCount() >= kText;
    statement.bind(kText, text ? searchText(query).indexQuery() : QString());
    statement.bind(kLimit, limit);
    if (statement.parameterCount() >= kWindow)
        statement.bind(kWindow, kTimeWindow);
    if (statement.parameterCount() >= kPasted)
        statement.bind(kPasted, searchText(query).pasted);
}

QVector<LogHit> LogSearch::run(const LogQuery& query, Plan plan, const std::optional<LogCursor>& cursor,
                               Direction direction, int limit)
{
    const char* order = direction == Direction::After ? " ORDER BY e.at, e.id" : " ORDER BY e.at DESC, e.id DESC";
    QVector<LogHit> rows;
    // A prefix query expands its prefix on every evaluation, which makes checking entries one by
    // one cost seconds; it always gathers its matches.
    const bool window = plan == Plan::TimeFirst && !searchText(query).prefix;
    if (plan == Plan::Regex)
        rows = scanRegex(query, cursor, direction, limit, true).rows;
    else if (window)
        rows = fetch(windowSql(query, cursor, direction), query, cursor, limit);
    // A window that did not fill the page says the matches are sparse here: gather them instead.
    if (plan != Plan::Regex && (!window || rows.size() < limit))
        rows = fetch(selectSql(query, plan, cursor, direction, kEntryColumns, order), query, cursor, limit);
    if (direction == Direction::Before)
        std::reverse(rows.begin(), rows.end());
    for (LogHit& hit : rows)
        hit.sourcePath = sourcePath(hit.entry.sourceId);
    if (query.highlight && plan != Plan::Filters)
        addHighlights(query, rows);
    return rows;
}

QVector<LogHit> LogSearch::fetch(const QByteArray& sql, const LogQuery& query, const std::optional<LogCursor>& cursor,
                                 int limit)
{
    Statement& select = statement(sql);
    bind(select, query, cursor, std::max(limit, 0));
    QVector<LogHit> rows;
    while (step(select))
        rows.append(LogHit {readEntry(select), QString(), {}});
    select.reset();
    return rows;
}

LogPage LogSearch::page(const LogQuery& query, std::optional<LogCursor> after, int limit)
{
    LogPage page;
    page.rows = run(query, choosePlan(query), after, Direction::After, limit);
    page.atEnd = page.rows.size() < limit;
    if (!page.rows.isEmpty())
        page.last = page.rows.constLast().cursor();
    return page;
}

LogPage LogSearch::pageBefore(const LogQuery& query, LogCursor before, int limit)
{
    LogPage page;
    page.rows = run(query, choosePlan(query), before, Direction::Before, limit);
    page.atEnd = page.rows.size() < limit; // here: nothing precedes the first row
    if (!page.rows.isEmpty())
        page.last = page.rows.constLast().cursor();
    return page;
}

std::optional<LogHit> LogSearch::firstAtOrAfter(const LogQuery& query, UtcMillis time)
{
    const LogPage first = page(query, LogCursor::before(time), 1);
    if (first.rows.isEmpty())
        return std::nullopt;
    return first.rows.constFirst();
}

qint64 LogSearch::countSql(const LogQuery& query, const std::optional<LogCursor>& cursor, Direction direction,
                           qint64 cap)
{
    const Plan plan = choosePlan(query);
    if (plan == Plan::Regex)
        return scanRegex(query, cursor, direction, cap, false).matched;
    const QByteArray inner = selectSql(query, plan, cursor, direction, "1", "");
    Statement& count = statement("SELECT count(*) FROM (" + inner + ")");
    bind(count, query, cursor, cap);
    const qint64 value = step(count) ? count.int64(0) : 0;
    count.reset();
    return value;
}

LogCount LogSearch::count(const LogQuery& query, qint64 cap)
{
    const qint64 value = countSql(query, std::nullopt, Direction::After, cap + 1);
    return value > cap ? LogCount {cap, false} : LogCount {value, true};
}

qint64 LogSearch::countBefore(const LogQuery& query, LogCursor position)
{
    return countSql(query, position, Direction::Before, std::numeric_limits<qint64>::max());
}

QString LogSearch::sourcePath(qint64 sourceId)
{
    const auto cached = m_sourcePaths.constFind(sourceId);
    if (cached != m_sourcePaths.cend())
        return *cached;
    Statement& query = statement("SELECT path FROM log_sources WHERE id = ?1");
    query.bind(1, sourceId);
    const QString path = step(query) ? query.text(0) : QString();
    query.reset();
    m_sourcePaths.insert(sourceId, path);
    return path;
}

LogFacets LogSearch::facets(IncidentId incident)
{
    LogFacets facets;
    facets.sources = facetSources(incident);
    // One pass for both columns, each distinct pair kept once in a temporary index (DISTINCT, not
    // GROUP BY, which would sort every entry). Hosts times services stays small in real logs; the
    // limit bounds the pathological case.
    constexpr qint64 kMaxPairs = 4 * kMaxFacetValues;
    Statement& pairs = statement("SELECT DISTINCT host, service FROM log_entries e WHERE incident_id = ?1"
                                 + incompleteSourcesClause(incident) + " LIMIT ?2");
    pairs.bind(1, incident.value).bind(2, kMaxPairs + 1);
    QSet<QString> hosts;
    QSet<QString> services;
    const auto add = [&facets](QSet<QString>& values, const QString& value) {
        if (value.isEmpty() || values.contains(value))
            return;
        if (values.size() < kMaxFacetValues)
            values.insert(value);
        else
            facets.complete = false;
    };
    qint64 seen = 0;
    while (step(pairs) && ++seen <= kMaxPairs) {
        add(hosts, pairs.text(0));
        add(services, pairs.text(1));
    }
    pairs.reset();
    if (seen > kMaxPairs)
        facets.complete = false;
    facets.hosts = QStringList(hosts.begin(), hosts.end());
    facets.services = QStringList(services.begin(), services.end());
    facets.hosts.sort(Qt::CaseInsensitive);
    facets.services.sort(Qt::CaseInsensitive);
    return facets;
}

QVector<LogFacets::Source> LogSearch::facetSources(IncidentId incident)
{
    Statement& query
        = statement("SELECT id, path, entries FROM log_sources WHERE incident_id = ?1 AND complete = 1 ORDER BY id");
    query.bind(1, incident.value);
    QVector<LogFacets::Source> sources;
    while (step(query))
        sources.append(LogFacets::Source {query.int64(0), query.text(1), query.int64(2)});
    query.reset();
    return sources;
}

void LogSearch::addHighlights(const LogQuery& query, QVector<LogHit>& rows)
{
    if (query.regex)
        return addRegexHighlights(regex(query), rows);
    // A pasted text is marked where it is, punctuation and all, not word by word as FTS5 would.
    if (const QString& pasted = searchText(query).pasted; !pasted.isEmpty())
        return addRegexHighlights(SearchTextReader::containsPattern(pasted), rows);
    const QString text = searchText(query).fts;
    Statement& marked = statement("SELECT highlight(log_fts, 0, char(57344), char(57345)) FROM log_fts"
                                  " WHERE log_fts MATCH ?1 AND rowid = ?2");
    for (LogHit& hit : rows) {
        marked.bind(1, text).bind(2, hit.entry.id);
        const QString withMarks = step(marked) ? marked.text(0) : QString();
        marked.reset();
        int offset = 0; // markers seen so far, each shifting the message by one unit
        int start = -1;
        for (int i = 0; i < withMarks.size(); ++i) {
            if (withMarks[i] == QChar(kOpen)) {
                start = i - offset;
                ++offset;
            } else if (withMarks[i] == QChar(kClose) && start >= 0) {
                hit.highlights.append({start, i - offset - start});
                ++offset;
                start = -1;
            }
        }
    }
}

LogSearch::Scan LogSearch::scanRegex(const LogQuery& query, std::optional<LogCursor> cursor, Direction direction,
                                     qint64 limit, bool keepRows)
{
    const QRegularExpression& pattern = regex(query);
    const quint64 interrupts = m_interrupts.load();
    const char* order = direction == Direction::After ? " ORDER BY e.at, e.id" : " ORDER BY e.at DESC, e.id DESC";
    const auto [first, last] = m_progress ? progressSpan(query) : std::pair<qint64, qint64> {0, 0};
    int reported = -1;
    Scan scan;
    for (;;) {
        // Between chunks no statement runs for sqlite3_interrupt to stop: the count says it came.
        if (m_interrupts.load() != interrupts)
            throw LogSearchInterrupted(QStringLiteral("the search was interrupted"));
        const QVector<LogHit> chunk
            = fetch(selectSql(query, Plan::Filters, cursor, direction, kEntryColumns, order), query, cursor, kRegexChunk);
        for (const LogHit& hit : chunk) {
            if (!pattern.match(hit.entry.message).hasMatch())
                continue;
            if (keepRows)
                scan.rows.append(hit);
            if (++scan.matched >= limit)
                return scan;
        }
        if (chunk.size() < kRegexChunk)
            return scan;
        cursor = chunk.constLast().cursor();
        if (m_progress && last > first && cursor->at) {
            const qint64 passed = direction == Direction::After ? *cursor->at - first : last - *cursor->at;
            const int percent = int(std::clamp<qint64>(passed * 100 / (last - first), 0, 100));
            if (percent != reported)
                m_progress(reported = percent);
        }
    }
}

std::pair<qint64, qint64> LogSearch::progressSpan(const LogQuery& query)
{
    // The first and last times within the filters' bounds: two seeks in the time index.
    Statement& span = statement("SELECT (SELECT min(at) FROM log_entries WHERE incident_id = ?1 AND at >= ?2),"
                                " (SELECT max(at) FROM log_entries WHERE incident_id = ?1 AND at < ?3)");
    span.bind(1, query.incident.value);
    span.bind(2, query.from ? query.from->value : std::numeric_limits<qint64>::min());
    span.bind(3, query.to ? query.to->value : std::numeric_limits<qint64>::max());
    std::pair<qint64, qint64> result {0, 0};
    if (step(span))
        result = {span.optionalInt64(0).value_or(0), span.optionalInt64(1).value_or(0)};
    span.reset();
    return result;
}

void LogSearch::addRegexHighlights(const QRegularExpression& pattern, QVector<LogHit>& rows) const
{
    for (LogHit& hit : rows) {
        QRegularExpressionMatchIterator matches = pattern.globalMatch(hit.entry.message);
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            if (match.capturedLength() > 0)
                hit.highlights.append({int(match.capturedStart()), int(match.capturedLength())});
        }
    }
}

} // namespace debrief
