// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogSearch.h"
#include "LogStoreTestSupport.h"
#include "StoreError.h"
#include "Transaction.h"

#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>

using namespace debrief;

using Ids = QVector<qint64>;

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
    void rejectsABadQueryByName_data();
    void rejectsABadQueryByName();
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
    QTest::newRow("NEAR") << make(QStringLiteral("NEAR(connection exhausted, 2)")) << Ids {4};
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

void TestLogSearch::rejectsABadQueryByName_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("unterminated phrase") << QStringLiteral("\"connection refused");
    QTest::newRow("dangling operator") << QStringLiteral("connection AND");
    QTest::newRow("unknown column") << QStringLiteral("host:web");
    QTest::newRow("stray parenthesis") << QStringLiteral("(timeout");
}

void TestLogSearch::rejectsABadQueryByName()
{
    QFETCH(QString, text);
    LogSearch search(*m_db);
    try {
        search.page(query(text), std::nullopt, 10);
        QFAIL("a bad query was accepted");
    } catch (const StoreError& e) {
        QVERIFY2(e.message().startsWith(QStringLiteral("search query \"%1\" is not valid: ").arg(text)),
                 qPrintable(e.message()));
    }
    // The search still works afterwards.
    QCOMPARE(search.page(query(QStringLiteral("timeout")), std::nullopt, 10).rows.size(), 1);
}

void TestLogSearch::interruptStopsASlowCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("filters only") << QString();
    // Text goes through the plan's probe first, which must not call an interrupt a bad query.
    QTest::newRow("full text") << QStringLiteral("slow AND entry");
}

namespace {
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
