// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogSearch.h"
#include "LogStoreTestSupport.h"
#include "StoreError.h"
#include "Transaction.h"

#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <atomic>
#include <thread>

using namespace debrief;

using Ids = QVector<qint64>;

namespace {
EncodedLogEntry withFields(EncodedLogEntry e, const char* json)
{
    e.fields = json;
    return e;
}

// Another thread interrupting `search` again and again while it lives, as a view does when the
// query changes: one of them lands while a count runs, whenever that starts.
class Interrupter
{
public:
    explicit Interrupter(LogSearch& search)
        : m_thread([this, &search] {
            m_spinning = true;
            while (!m_stop)
                search.interrupt();
        })
    {
        while (!m_spinning)
            std::this_thread::yield();
    }
    ~Interrupter()
    {
        m_stop = true;
        m_thread.join();
    }

private:
    std::atomic<bool> m_spinning {false};
    std::atomic<bool> m_stop {false};
    std::thread m_thread;
};
} // namespace

class TestLogSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findsAndFilters_data();
    void findsAndFilters();
    void pagesVisitEveryResultOnce_data();
    void pagesVisitEveryResultOnce();
    void commonWordsWalkTheTimeIndex();
    void windowsAroundATime();
    void highlightsMatches();
    void pastedTextFindsWhatTheMessageContains_data();
    void pastedTextFindsWhatTheMessageContains();
    void pastedTextHighlightsItself();
    void commonValuesWalkTheTimeIndex();
    void gatheredMatchesFollowNewEntries();
    void rejectsABadQueryByName_data();
    void rejectsABadQueryByName();
    void regexMatchesMessages_data();
    void regexMatchesMessages();
    void regexPagesCountsAndHighlights();
    void regexReportsProgressAndStops();
    void badRegexNamesTheColumn();
    void interruptStopsASlowCount_data();
    void interruptStopsASlowCount();
    void interruptWhileIdleChangesNothing();
    void facetsListHostsServicesAndFiles();

private:
    static Ids ids(const QVector<LogHit>& rows);
    Ids walk(LogSearch& search, const LogQuery& query, int limit);
    Ids walkBack(LogSearch& search, const LogQuery& query, int limit);
    LogQuery query(const QString& text = {}) const { return LogQuery::of(m_incident, text); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    IncidentId m_incident;
    IncidentId m_big;
    IncidentId m_slow; // enough entries that a count over them takes a while
    IncidentId m_pasted; // messages as people paste pieces of them
    qint64 m_pastedFirst = 0; // id of its first entry
    static constexpr int kSlowEntries = 200000;
};

void TestLogSearch::initTestCase()
{
    m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("search.sqlite")));
    m_incident = test::createLogIncident(*m_db);
    const IncidentId noise = test::createLogIncident(*m_db);
    m_big = test::createLogIncident(*m_db);
    m_slow = test::createLogIncident(*m_db);
    Transaction transaction(*m_db);
    using test::entry;
    EncodedLogEntry raw = entry(6, std::nullopt, 2, "garbage line", "", "");
    raw.unparsed = true;
    test::storeSource(*m_db, m_incident,
                      {entry(1, 1000, 2, "connection refused by upstream"),
                       entry(2, 1000, 5, "upstream connection reset"),
                       entry(3, 1000, 4, "connect timeout", "db", "postgres"),
                       entry(4, 2000, 6, "database connection pool exhausted", "db", "postgres"),
                       entry(5, 3000, 2, "request served", "web", "api"), raw},
                      QStringLiteral("one"));
    test::storeSource(*m_db, m_incident,
                      {entry(1, 3000, 1, "connection refused again", "web", "api"), entry(2, 5000, 3, "refused entry")},
                      QStringLiteral("two"));
    test::storeSource(*m_db, noise, {entry(1, 1000, 2, "connection refused elsewhere")}, QStringLiteral("noise"));
    // A second incident with many entries sharing one word and many equal timestamps.
    std::vector<EncodedLogEntry> many;
    for (int i = 0; i < 25000; ++i) {
        const std::optional<qint64> at = i < 20 ? std::nullopt : std::optional<qint64>((i % 3000) / 7 * 1000);
        many.push_back(entry(i + 1, at, i % 7, "common word " + QByteArray(i % 100 == 0 ? "rare" : "plain")));
    }
    test::storeSource(*m_db, m_big, many, QStringLiteral("big"));
    std::vector<EncodedLogEntry> slow;
    for (int i = 0; i < kSlowEntries; ++i)
        slow.push_back(entry(i + 1, 1000 + i, 2, "slow entry number " + QByteArray::number(i) + " of a long count"));
    test::storeSource(*m_db, m_slow, slow, QStringLiteral("slow"));
    m_pasted = test::createLogIncident(*m_db);
    const qint64 last = test::storeSource(
        *m_db, m_pasted,
        {entry(1, 1000, 2, "POST /api/v1/login 200", "auth-1", "nginx"),
         entry(2, 2000, 2, "GET /api/v1/logout 200", "auth-2", "nginx"),
         entry(3, 3000, 2, "config max_connections=5 applied", "db-1", "postgres"),
         entry(4, 4000, 2, "config max connections: 5", "db-1", "postgres"),
         entry(5, 5000, 2, "accepted user:alice from 10.0.1.174", "bastion", "sshd"),
         entry(6, 6000, 4, "dial tcp 10.0.1.17: connection refused", "auth-2", "auth"),
         entry(7, 7000, 4, "Connection   Refused by peer", "auth-2", "auth"),
         entry(8, 8000, 2, "auth-10 is up", "auth-10", "auth"),
         entry(9, 9000, 2, "served the request", "gw", "login-api"),
         entry(10, 10000, 5, "connect() failed (errno 111)", "gw", "login-api"),
         entry(11, 11000, 3, "failover from auth-1 to auth-2", "lb", "haproxy"),
         entry(12, 12000, 2, "auth-1 restarted", "auth-1", "auth-1"),
         withFields(entry(13, 13000, 4, "login failed: invalid password", "auth-3", "auth"),
                    R"({"user":"u_fdfd4e30","status":401,"latency_ms":26,"retry":false})"),
         withFields(entry(14, 14000, 2, "session validated", "auth-3", "auth"), R"({"user":"u_e8912eee"})")},
        QStringLiteral("pasted"));
    Q_UNUSED(last);
    m_pastedFirst = LogSearch(*m_db).page(LogQuery::of(m_pasted), std::nullopt, 1).rows.constFirst().entry.id;
    transaction.commit();
}

Ids TestLogSearch::ids(const QVector<LogHit>& rows)
{
    Ids result;
    for (const LogHit& hit : rows)
        result << hit.entry.id;
    return result;
}

Ids TestLogSearch::walk(LogSearch& search, const LogQuery& query, int limit)
{
    Ids seen;
    std::optional<LogCursor> cursor;
    for (;;) {
        const LogPage page = search.page(query, cursor, limit);
        seen << ids(page.rows);
        if (page.atEnd)
            return seen;
        cursor = page.last;
    }
}

Ids TestLogSearch::walkBack(LogSearch& search, const LogQuery& query, int limit)
{
    Ids seen;
    LogCursor cursor = LogCursor::before(UtcMillis {std::numeric_limits<qint64>::max()});
    for (;;) {
        const LogPage page = search.pageBefore(query, cursor, limit);
        seen = ids(page.rows) + seen;
        if (page.atEnd)
            return seen;
        cursor = page.rows.constFirst().cursor();
    }
}

void TestLogSearch::findsAndFilters_data()
{
    QTest::addColumn<LogQuery>("query");
    QTest::addColumn<Ids>("expected");
    const auto make = [this](const QString& text) { return LogQuery::of(m_incident, text); };
    QTest::newRow("everything, untimed first") << make({}) << Ids {6, 1, 2, 3, 4, 5, 7, 8};
    QTest::newRow("phrase") << make(QStringLiteral("\"connection refused\"")) << Ids {1, 7};
    QTest::newRow("prefix") << make(QStringLiteral("connect*")) << Ids {1, 2, 3, 4, 7};
    QTest::newRow("boolean NOT") << make(QStringLiteral("connection NOT upstream")) << Ids {4, 7};
    QTest::newRow("boolean OR") << make(QStringLiteral("refused OR timeout")) << Ids {1, 3, 7, 8};
    QTest::newRow("NEAR is text") << make(QStringLiteral("NEAR(connection exhausted, 2)")) << Ids {};
    QTest::newRow("column filter is text") << make(QStringLiteral("host:web")) << Ids {};
    QTest::newRow("lone parenthesis is text") << make(QStringLiteral("(timeout")) << Ids {};
    QTest::newRow("group") << make(QStringLiteral("(refused OR timeout) AND connect*")) << Ids {1, 3, 7};
    QTest::newRow("lower-case or is a word") << make(QStringLiteral("refused or timeout")) << Ids {};
    QTest::newRow("no match") << make(QStringLiteral("kubernetes")) << Ids {};
    LogQuery range = make({});
    range.from = UtcMillis {2000};
    range.to = UtcMillis {5000};
    QTest::newRow("time range, to exclusive") << range << Ids {4, 5, 7};
    range.text = QStringLiteral("connection");
    QTest::newRow("text and time range") << range << Ids {4, 7};
    LogQuery level = make({});
    level.minLevel = 4;
    QTest::newRow("warning and above") << level << Ids {2, 3, 4};
    LogQuery set = make({});
    set.levels = (1u << 1) | (1u << 3);
    QTest::newRow("a set of levels") << set << Ids {7, 8};
    LogQuery host = make(QStringLiteral("connection OR connect"));
    host.host = QStringLiteral("db");
    QTest::newRow("host") << host << Ids {3, 4};
    LogQuery service = make({});
    service.service = QStringLiteral("api");
    QTest::newRow("service") << service << Ids {5, 7};
    LogQuery source = make({});
    source.sourceId = 2;
    QTest::newRow("source") << source << Ids {7, 8};
}

void TestLogSearch::findsAndFilters()
{
    QFETCH(LogQuery, query);
    QFETCH(Ids, expected);
    LogSearch search(*m_db);
    QCOMPARE(ids(search.page(query, std::nullopt, 100).rows), expected);
    QCOMPARE(search.count(query), (LogCount {expected.size(), true}));
    QCOMPARE(search.lastPlan(), query.text.isEmpty() ? LogSearch::Plan::Filters : LogSearch::Plan::FullTextFirst);
}

void TestLogSearch::pagesVisitEveryResultOnce_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("limit");
    for (const int limit : {1, 2, 3, 100}) {
        QTest::addRow("all, pages of %d", limit) << QString() << limit;
        QTest::addRow("text, pages of %d", limit) << QStringLiteral("connection OR refused") << limit;
    }
}

void TestLogSearch::pagesVisitEveryResultOnce()
{
    QFETCH(QString, text);
    QFETCH(int, limit);
    LogSearch search(*m_db);
    const Ids all = ids(search.page(query(text), std::nullopt, 1000).rows);
    QCOMPARE(walk(search, query(text), limit), all);
    QCOMPARE(walkBack(search, query(text), limit), all);
}

void TestLogSearch::commonWordsWalkTheTimeIndex()
{
    LogSearch search(*m_db);
    LogQuery common = LogQuery::of(m_big, QStringLiteral("common"));
    LogQuery all = LogQuery::of(m_big);
    const Ids expected = walk(search, all, 25000);
    QCOMPARE(expected.size(), 25000);
    QCOMPARE(walk(search, common, 997), expected);
    QCOMPARE(search.lastPlan(), LogSearch::Plan::TimeFirst);
    QCOMPARE(walkBack(search, common, 1500), expected);
    QCOMPARE(search.count(common, 1000), (LogCount {1000, false}));
    // Common in the store, absent from this incident: the time window finds nothing and the page
    // falls back to gathering the matches.
    QCOMPARE(walk(search, LogQuery::of(m_incident, QStringLiteral("common")), 5), Ids {});
    QCOMPARE(search.lastPlan(), LogSearch::Plan::TimeFirst);
    // The same walk through the FTS-first plan agrees.
    LogQuery rare = LogQuery::of(m_big, QStringLiteral("rare"));
    const Ids rareIds = walk(search, rare, 7);
    QCOMPARE(search.lastPlan(), LogSearch::Plan::FullTextFirst);
    Ids filtered;
    for (const qint64 id : expected) {
        if ((id - expected.constFirst()) % 100 == 0)
            filtered << id;
    }
    QCOMPARE(rareIds.size(), 250);
    QCOMPARE(QSet<qint64>(rareIds.begin(), rareIds.end()), QSet<qint64>(filtered.begin(), filtered.end()));
}

void TestLogSearch::windowsAroundATime()
{
    LogSearch search(*m_db);
    QCOMPARE(search.firstAtOrAfter(query(), UtcMillis {1500})->entry.id, 4);
    QCOMPARE(search.firstAtOrAfter(query(), UtcMillis {3000})->entry.id, 5);
    QVERIFY(!search.firstAtOrAfter(query(), UtcMillis {5001}));
    // Row numbers for a scroll bar: everything before entry 4 (at 2000) is 6, 1, 2, 3.
    QCOMPARE(search.countBefore(query(), LogCursor {2000, 4}), 4);
    QCOMPARE(search.countBefore(query(), LogCursor {std::nullopt, 6}), 0);
    const LogPage around = search.pageBefore(query(), LogCursor::before(UtcMillis {3000}), 2);
    QCOMPARE(ids(around.rows), (Ids {3, 4}));
    QVERIFY(!around.atEnd);
}

void TestLogSearch::highlightsMatches()
{
    LogSearch search(*m_db);
    LogQuery q = query(QStringLiteral("refused OR upstream"));
    q.highlight = true;
    const LogPage page = search.page(q, std::nullopt, 10);
    QCOMPARE(ids(page.rows), (Ids {1, 2, 7, 8}));
    using Spans = QVector<std::pair<int, int>>;
    QCOMPARE(page.rows[0].highlights, (Spans {{11, 7}, {22, 8}}));
    QCOMPARE(page.rows[1].highlights, (Spans {{0, 8}}));
    QCOMPARE(page.rows[0].sourcePath, QStringLiteral("/var/log/one.log"));
    QCOMPARE(page.rows[3].sourcePath, QStringLiteral("/var/log/two.log"));
}

void TestLogSearch::pastedTextFindsWhatTheMessageContains_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Ids>("expected"); // lines of the pasted source
    QTest::newRow("a host, and a message naming it") << QStringLiteral("auth-1") << Ids {1, 11, 12};
    QTest::newRow("not a longer host") << QStringLiteral("auth-10") << Ids {8};
    QTest::newRow("a path") << QStringLiteral("/api/v1/login") << Ids {1};
    QTest::newRow("a setting, not its words") << QStringLiteral("max_connections=5") << Ids {3};
    QTest::newRow("part of a word joined by _") << QStringLiteral("connections=5") << Ids {3};
    QTest::newRow("a key and value") << QStringLiteral("user:alice") << Ids {5};
    QTest::newRow("an address") << QStringLiteral("10.0.1.174") << Ids {5};
    QTest::newRow("not a longer address") << QStringLiteral("10.0.1.17") << Ids {6};
    QTest::newRow("words, any case and spacing") << QStringLiteral("connection refused") << Ids {6, 7};
    QTest::newRow("a service") << QStringLiteral("login-api") << Ids {9, 10};
    QTest::newRow("parentheses of a message") << QStringLiteral("connect() failed (errno 111)") << Ids {10};
    QTest::newRow("surrounding space") << QStringLiteral("  refused by  ") << Ids {7};
    QTest::newRow("a phrase") << QStringLiteral("\"connection refused\"") << Ids {6, 7};
    QTest::newRow("prefix") << QStringLiteral("auth*") << Ids {8, 11, 12};
    QTest::newRow("phrase prefix") << QStringLiteral("connection ref*") << Ids {6, 7};
    QTest::newRow("NOT") << QStringLiteral("connection refused NOT peer") << Ids {6};
    // With operators each term is the phrase of its words: punctuation is not compared.
    QTest::newRow("OR of pasted terms") << QStringLiteral("max_connections=5 OR auth-10") << Ids {3, 4, 8};
    QTest::newRow("a quote inside a word") << QStringLiteral("max_connections=5\"") << Ids {};
    // A structured field's whole value, or a field and its value, as a log viewer shows them.
    QTest::newRow("a field value") << QStringLiteral("u_fdfd4e30") << Ids {13};
    QTest::newRow("a field and its value") << QStringLiteral("user:u_fdfd4e30") << Ids {13};
    QTest::newRow("a field = its value") << QStringLiteral("status=401") << Ids {13};
    QTest::newRow("a number value") << QStringLiteral("401") << Ids {13};
    QTest::newRow("a boolean value") << QStringLiteral("retry:false") << Ids {13};
    QTest::newRow("not another field's value") << QStringLiteral("status:26") << Ids {};
    QTest::newRow("not part of a value") << QStringLiteral("u_fdfd") << Ids {};
    QTest::newRow("not a field's name") << QStringLiteral("latency_ms") << Ids {};
    QTest::newRow("operators search messages only") << QStringLiteral("u_fdfd4e30 OR u_e8912eee") << Ids {};
}

void TestLogSearch::pastedTextFindsWhatTheMessageContains()
{
    QFETCH(QString, text);
    QFETCH(Ids, expected);
    Ids expectedIds;
    for (const qint64 line : expected)
        expectedIds << m_pastedFirst + line - 1;
    LogSearch search(*m_db);
    const LogQuery q = LogQuery::of(m_pasted, text);
    QCOMPARE(ids(search.page(q, std::nullopt, 100).rows), expectedIds);
    QCOMPARE(search.lastPlan(), LogSearch::Plan::FullTextFirst);
    QCOMPARE(search.count(q), (LogCount {expectedIds.size(), true}));
    QCOMPARE(walk(search, q, 1), expectedIds);
    QCOMPARE(walkBack(search, q, 1), expectedIds);
}

void TestLogSearch::pastedTextHighlightsItself()
{
    LogSearch search(*m_db);
    LogQuery q = LogQuery::of(m_pasted, QStringLiteral("/api/v1/login"));
    q.highlight = true;
    const LogPage page = search.page(q, std::nullopt, 10);
    QCOMPARE(page.rows.size(), 1);
    using Spans = QVector<std::pair<int, int>>;
    QCOMPARE(page.rows[0].highlights, (Spans {{5, 13}}));
    // Found by its host alone: nothing in the message to mark.
    q.text = QStringLiteral("auth-1");
    QCOMPARE(search.page(q, std::nullopt, 10).rows[0].highlights, Spans {});
}

void TestLogSearch::commonValuesWalkTheTimeIndex()
{
    LogSearch search(*m_db);
    const Ids all = walk(search, LogQuery::of(m_big), 25000);
    // Every entry of the big incident has host web and service nginx: too many to sort.
    for (const QString& value : {QStringLiteral("web"), QStringLiteral("nginx")}) {
        const LogQuery q = LogQuery::of(m_big, value);
        QCOMPARE(walk(search, q, 997), all);
        QCOMPARE(search.lastPlan(), LogSearch::Plan::TimeFirst);
        QCOMPARE(walkBack(search, q, 1500), all);
        QCOMPARE(search.count(q, 1000), (LogCount {1000, false}));
    }
    // A common phrase pasted: the time walk checks each candidate's text.
    const LogQuery plain = LogQuery::of(m_big, QStringLiteral("word plain"));
    QCOMPARE(search.count(plain, 100000), (LogCount {24750, true}));
    QCOMPARE(search.lastPlan(), LogSearch::Plan::TimeFirst);
    QCOMPARE(search.count(LogQuery::of(m_big, QStringLiteral("word-plain")), 100000), (LogCount {0, true}));
}

void TestLogSearch::gatheredMatchesFollowNewEntries()
{
    LogSearch search(*m_db);
    const IncidentId later = test::createLogIncident(*m_db);
    const LogQuery q = LogQuery::of(later, QStringLiteral("late arrival"));
    QCOMPARE(search.page(q, std::nullopt, 10).rows.size(), 0);
    // Written through this connection...
    test::storeSource(*m_db, later, {test::entry(1, 1000, 2, "a late arrival")}, QStringLiteral("late-1"));
    QCOMPARE(search.page(q, std::nullopt, 10).rows.size(), 1);
    QCOMPARE(search.count(q), (LogCount {1, true}));
    // ...and through another one, as the GUI's import worker writes beside the log view.
    {
        Database other(m_db->path());
        test::storeSource(other, later, {test::entry(1, 2000, 2, "another late arrival")}, QStringLiteral("late-2"));
    }
    QCOMPARE(search.page(q, std::nullopt, 10).rows.size(), 2);
}

void TestLogSearch::rejectsABadQueryByName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unterminated phrase") << QStringLiteral("\"connection refused")
                                         << QStringLiteral("unbalanced quote at column 1");
    QTest::newRow("quote at column 7") << QStringLiteral("error \"timeout")
                                       << QStringLiteral("unbalanced quote at column 7");
    QTest::newRow("dangling operator") << QStringLiteral("connection AND")
                                       << QStringLiteral("AND at column 12 needs a search term after it");
    QTest::newRow("two operators") << QStringLiteral("AND OR")
                                   << QStringLiteral("AND at column 1 needs a search term before it");
    QTest::newRow("operator after operator") << QStringLiteral("a OR NOT b")
                                             << QStringLiteral("NOT at column 6 needs a search term before it");
    QTest::newRow("unclosed group") << QStringLiteral("(timeout OR refused")
                                    << QStringLiteral("the parenthesis at column 1 is not closed");
    QTest::newRow("empty group") << QStringLiteral("a OR ()") << QStringLiteral("empty parentheses at column 6");
    QTest::newRow("operator ends a group") << QStringLiteral("(a OR) b")
                                           << QStringLiteral("OR at column 4 needs a search term after it");
    QTest::newRow("punctuation only") << QStringLiteral("->")
                                      << QStringLiteral("'->' at column 1 has no letters or digits to search for");
}

void TestLogSearch::rejectsABadQueryByName()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    LogSearch search(*m_db);
    try {
        search.page(query(text), std::nullopt, 10);
        QFAIL("a bad query was accepted");
    } catch (const LogQueryError& e) {
        QVERIFY2(e.message().startsWith(QStringLiteral("cannot read the search '%1': %2").arg(text, reason)),
                 qPrintable(e.message()));
    }
    QVERIFY_THROWS_EXCEPTION(LogQueryError, search.count(query(text)));
    // The search still works afterwards.
    QCOMPARE(search.page(query(QStringLiteral("timeout")), std::nullopt, 10).rows.size(), 1);
}

void TestLogSearch::regexMatchesMessages_data()
{
    QTest::addColumn<LogQuery>("query");
    QTest::addColumn<Ids>("expected");
    const auto make = [this](const QString& pattern) {
        LogQuery q = LogQuery::of(m_incident, pattern);
        q.regex = true;
        return q;
    };
    QTest::newRow("anchored") << make(QStringLiteral("^connection")) << Ids {1, 7};
    QTest::newRow("alternatives") << make(QStringLiteral("refused (by|again)")) << Ids {1, 7};
    QTest::newRow("across words") << make(QStringLiteral("conn.*pool")) << Ids {4};
    QTest::newRow("case matters") << make(QStringLiteral("Connection")) << Ids {};
    QTest::newRow("unless asked") << make(QStringLiteral("(?i)CONNECTION R")) << Ids {1, 2, 7};
    QTest::newRow("FTS syntax is a pattern") << make(QStringLiteral("refused OR timeout")) << Ids {};
    QTest::newRow("empty is everything") << make(QString()) << Ids {6, 1, 2, 3, 4, 5, 7, 8};
    LogQuery level = make(QStringLiteral("conn"));
    level.minLevel = 4;
    QTest::newRow("within a level") << level << Ids {2, 3, 4};
    LogQuery range = make(QStringLiteral("e"));
    range.from = UtcMillis {2000};
    range.to = UtcMillis {5000};
    range.host = QStringLiteral("web");
    QTest::newRow("within time and host") << range << Ids {5, 7};
}

void TestLogSearch::regexMatchesMessages()
{
    QFETCH(LogQuery, query);
    QFETCH(Ids, expected);
    LogSearch search(*m_db);
    QCOMPARE(ids(search.page(query, std::nullopt, 100).rows), expected);
    QCOMPARE(search.lastPlan(), query.text.isEmpty() ? LogSearch::Plan::Filters : LogSearch::Plan::Regex);
    QCOMPARE(search.count(query), (LogCount {expected.size(), true}));
    QCOMPARE(walk(search, query, 2), expected);
    QCOMPARE(walkBack(search, query, 2), expected);
}

void TestLogSearch::regexPagesCountsAndHighlights()
{
    LogSearch search(*m_db);
    // Matches spread over several chunks: 250 of 25000 entries.
    LogQuery rare = LogQuery::of(m_big, QStringLiteral("r[a]re$"));
    rare.regex = true;
    const Ids fts = walk(search, LogQuery::of(m_big, QStringLiteral("rare")), 1000);
    QCOMPARE(walk(search, rare, 7), fts);
    QCOMPARE(walkBack(search, rare, 7), fts);
    QCOMPARE(search.count(rare), (LogCount {250, true}));
    QCOMPARE(search.count(rare, 100), (LogCount {100, false}));
    const LogPage tenth = search.page(rare, std::nullopt, 10);
    QCOMPARE(search.countBefore(rare, tenth.rows.constLast().cursor()), 9);
    rare.highlight = true;
    using Spans = QVector<std::pair<int, int>>;
    QCOMPARE(search.page(rare, std::nullopt, 1).rows[0].highlights, (Spans {{12, 4}}));
}

void TestLogSearch::regexReportsProgressAndStops()
{
    LogSearch search(*m_db);
    QVector<int> percents;
    search.setProgress([&percents](int percent) { percents << percent; });
    LogQuery nothing = LogQuery::of(m_slow, QStringLiteral("no such entry"));
    nothing.regex = true;
    QCOMPARE(search.count(nothing), (LogCount {0, true}));
    QVERIFY2(percents.size() > 10, qPrintable(QString::number(percents.size())));
    QVERIFY(std::is_sorted(percents.begin(), percents.end()));
    QVERIFY(percents.constLast() >= 95);
    {
        Interrupter interrupter(search);
        QVERIFY_THROWS_EXCEPTION(LogSearchInterrupted, search.count(nothing, 10'000'000));
    }
    QCOMPARE(search.page(nothing, std::nullopt, 3).rows.size(), 0);
}

void TestLogSearch::badRegexNamesTheColumn()
{
    LogSearch search(*m_db);
    LogQuery bad = LogQuery::of(m_incident, QStringLiteral("conn(ection"));
    bad.regex = true;
    try {
        search.page(bad, std::nullopt, 10);
        QFAIL("a bad regular expression was accepted");
    } catch (const LogQueryError& e) {
        QVERIFY2(e.message().startsWith(QStringLiteral("cannot read the regular expression 'conn(ection': ")),
                 qPrintable(e.message()));
        QVERIFY2(e.message().endsWith(QStringLiteral(" at column 12")), qPrintable(e.message()));
    }
    QVERIFY_THROWS_EXCEPTION(LogQueryError, search.count(bad));
}

void TestLogSearch::interruptStopsASlowCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("filters only") << QString();
    // Text goes through the plan's probe first, which must not call an interrupt a bad query.
    QTest::newRow("full text") << QStringLiteral("slow AND entry");
}


void TestLogSearch::interruptStopsASlowCount()
{
    QFETCH(QString, text);
    LogSearch search(*m_db);
    LogQuery slow = LogQuery::of(m_slow, text);
    slow.host = QStringLiteral("nowhere"); // host has no index: the count reads every entry
    {
        Interrupter interrupter(search);
        QVERIFY_THROWS_EXCEPTION(LogSearchInterrupted, search.count(slow, 10'000'000));
    }
    // The same statements, reused: they answer in full.
    QCOMPARE(search.count(slow, 10'000'000), (LogCount {0, true}));
    slow.host = QStringLiteral("web");
    QCOMPARE(search.count(slow, 10'000'000), (LogCount {kSlowEntries, true}));
    QCOMPARE(search.page(slow, std::nullopt, 3).rows.size(), 3);
}

void TestLogSearch::interruptWhileIdleChangesNothing()
{
    LogSearch search(*m_db);
    search.interrupt();
    QCOMPARE(search.count(query()), (LogCount {8, true}));
    QCOMPARE(search.page(query(QStringLiteral("timeout")), std::nullopt, 10).rows.size(), 1);
}

void TestLogSearch::facetsListHostsServicesAndFiles()
{
    LogSearch search(*m_db);
    const LogFacets facets = search.facets(m_incident);
    // The unparsed line has no host and no service: nothing to offer for it.
    QCOMPARE(facets.hosts, (QStringList {QStringLiteral("db"), QStringLiteral("web")}));
    QCOMPARE(facets.services,
             (QStringList {QStringLiteral("api"), QStringLiteral("nginx"), QStringLiteral("postgres")}));
    QVERIFY(facets.complete);
    QCOMPARE(facets.sources.size(), 2);
    QCOMPARE(facets.sources[0].path, QStringLiteral("/var/log/one.log"));
    QCOMPARE(facets.sources[0].entries, 6);
    QCOMPARE(facets.sources[1].path, QStringLiteral("/var/log/two.log"));
    QCOMPARE(facets.sources[1].entries, 2);
    // The source filter takes these ids.
    LogQuery second = query();
    second.sourceId = facets.sources[1].id;
    QCOMPARE(search.count(second), (LogCount {2, true}));
    QCOMPARE(search.facets(IncidentId {987654}).hosts, QStringList {});
}

QTEST_GUILESS_MAIN(TestLogSearch)
#include "TestLogSearch.moc"
