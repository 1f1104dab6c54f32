// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogRepository.h"
#include "LogStoreTestSupport.h"
#include "Transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

class TestLogRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void storesASourceAndItsEntries();
    void findsAnEarlierImportByHash();
    void removingKeepsTheFullTextIndexExact_data();
    void removingKeepsTheFullTextIndexExact();
    void bulkModeRestoresTheCacheSize();

private:
    qint64 count(const char* sql);
    qint64 matches(const char* query);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    IncidentId m_incident;
};

void TestLogRepository::init()
{
    const QString path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
    QFile::remove(path);
    m_db = std::make_unique<Database>(path);
    m_incident = test::createLogIncident(*m_db);
}

void TestLogRepository::cleanup()
{
    m_db.reset();
}

qint64 TestLogRepository::count(const char* sql)
{
    Statement query = m_db->prepare(sql);
    return query.step() ? query.int64(0) : -1;
}

qint64 TestLogRepository::matches(const char* query)
{
    Statement select = m_db->prepare("SELECT COUNT(*) FROM log_fts WHERE log_fts MATCH ?1");
    select.bind(1, QString::fromUtf8(query));
    return select.step() ? select.int64(0) : -1;
}

void TestLogRepository::storesASourceAndItsEntries()
{
    LogRepository repository(*m_db);
    Transaction transaction(*m_db);
    LogSourceRecord source;
    source.incident = m_incident;
    source.path = QStringLiteral("/var/log/app.log");
    source.format = QStringLiteral("syslog-rfc3164");
    source.sizeBytes = 1234;
    source.contentHash = QStringLiteral("abc");
    source.importedAt = UtcMillis {1700000000000};
    source.id = repository.insertSource(source);
    EncodedLogEntry raw = test::entry(3, std::nullopt, 2, "not a log line", "", "");
    raw.unparsed = true;
    EncodedLogEntry structured = test::entry(2, 1723316401000, 5, "upstream timed out");
    structured.fields = R"({"status":504})";
    const std::vector<EncodedLogEntry> entries {test::entry(1, 1723316400000, 2, "connection pool exhausted"),
                                                structured, raw};
    const qint64 last = repository.insertEntries(m_incident, source.id, entries);
    source.entries = 3;
    source.unparsed = 1;
    source.firstAt = UtcMillis {1723316400000};
    source.lastAt = UtcMillis {1723316401000};
    repository.finishSource(source);
    transaction.commit();

    QCOMPARE(repository.source(source.id), source);
    QCOMPARE(repository.sources(m_incident), QVector<LogSourceRecord> {source});
    QCOMPARE(count("SELECT COUNT(*) FROM log_entries"), 3);
    QCOMPARE(last, count("SELECT MAX(id) FROM log_entries"));
    QCOMPARE(count("SELECT COUNT(*) FROM log_entries WHERE fields IS NULL"), 2); // no fields: NULL, not ''
    QCOMPARE(count("SELECT unparsed FROM log_entries WHERE line = 3"), 1);
    QCOMPARE(matches("\"pool exhausted\""), 1);
    QCOMPARE(matches("timed OR line"), 2);
}

void TestLogRepository::findsAnEarlierImportByHash()
{
    const qint64 id = test::storeSource(*m_db, m_incident, {test::entry(1, 1, 2, "x")}, QStringLiteral("h1"));
    LogRepository repository(*m_db);
    QCOMPARE(repository.findByHash(m_incident, QStringLiteral("h1"))->id, id);
    QVERIFY(!repository.findByHash(m_incident, QStringLiteral("h1"), id)); // the import itself is not "earlier"
    QVERIFY(!repository.findByHash(m_incident, QStringLiteral("h2")));
    QVERIFY(!repository.findByHash(IncidentId {m_incident.value + 1}, QStringLiteral("h1")));
}

void TestLogRepository::removingKeepsTheFullTextIndexExact_data()
{
    QTest::addColumn<bool>("wholeIncident");
    QTest::newRow("remove the source") << false;
    QTest::newRow("remove the incident (cascade)") << true;
}

void TestLogRepository::removingKeepsTheFullTextIndexExact()
{
    QFETCH(bool, wholeIncident);
    const IncidentId other = test::createLogIncident(*m_db);
    const qint64 gone = test::storeSource(*m_db, m_incident,
                                          {test::entry(1, 10, 2, "alpha shared"), test::entry(2, 20, 2, "beta shared")},
                                          QStringLiteral("a"));
    test::storeSource(*m_db, other, {test::entry(1, 15, 2, "gamma shared")}, QStringLiteral("b"));
    {
        Transaction transaction(*m_db);
        if (wholeIncident)
            m_db->exec(QByteArray("DELETE FROM incidents WHERE id = ").append(QByteArray::number(m_incident.value)));
        else
            LogRepository(*m_db).removeSource(gone);
        transaction.commit();
    }
    QCOMPARE(count("SELECT COUNT(*) FROM log_entries"), 1);
    QCOMPARE(count("SELECT COUNT(*) FROM log_sources"), 1);
    QCOMPARE(matches("alpha OR beta"), 0);
    QCOMPARE(matches("shared"), 1);
    // A new entry reusing a freed rowid must not inherit the old entry's words.
    test::storeSource(*m_db, other, {test::entry(1, 30, 2, "delta")}, QStringLiteral("c"));
    QCOMPARE(matches("alpha OR beta"), 0);
    m_db->exec("INSERT INTO log_fts(log_fts) VALUES('integrity-check')");
}

void TestLogRepository::bulkModeRestoresTheCacheSize()
{
    const qint64 before = count("PRAGMA cache_size");
    LogRepository repository(*m_db);
    repository.beginBulk();
    QCOMPARE(count("PRAGMA cache_size"), -32768);
    repository.endBulk();
    QCOMPARE(count("PRAGMA cache_size"), before);
}

QTEST_GUILESS_MAIN(TestLogRepository)
#include "TestLogRepository.moc"
