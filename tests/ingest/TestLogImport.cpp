// SPDX-License-Identifier: GPL-3.0-or-later
#include "GzipForTests.h"
#include "LogFileReader.h"
#include "LogImport.h"
#include "LogRepository.h"
#include "LogSearch.h"
#include "LogTestSupport.h"

#include "IncidentRepository.h"
#include "PostmortemEdits.h"

#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>

using namespace debrief;

class TestLogImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importsAndCounts_data();
    void importsAndCounts();
    void failuresStoreNothing_data();
    void failuresStoreNothing();
    void cancelMidwayStoresNothing();
    void storeErrorSaysWhyInTheUsersTerms();
    void refusesAReimportUnlessForced();
    void reportsMonotonicProgress();
    void statesItsAssumptions_data();
    void statesItsAssumptions();
    void readsAWholeFileAnswerOnOneLongLine();
    void editWhileAnImportRunsIsStoredAtOnce();

private:
    // `count` lines of the test format, one second apart, every tenth an error.
    static QByteArray epochLines(int count);
    QString write(const QString& name, const QByteArray& bytes);
    LogImportResult import(const QString& path, LogImportOptions options = {});
    qint64 count(const char* sql);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    IncidentId m_incident;
    LogFormatRegistry m_formats = test::testRegistry();
};

void TestLogImport::init()
{
    const QString path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
    QFile::remove(path);
    m_db = std::make_unique<Database>(path);
    m_incident = test::createIncident(*m_db);
}

void TestLogImport::cleanup()
{
    m_db.reset();
}

QByteArray TestLogImport::epochLines(int count)
{
    QByteArray bytes;
    for (int i = 0; i < count; ++i) {
        bytes += QByteArray::number(1723316400000 + i * 1000LL) + (i % 10 == 9 ? " error" : " info") + " web"
            + " nginx request " + QByteArray::number(i) + " served\n";
    }
    return bytes;
}

QString TestLogImport::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    test::writeFile(path, bytes);
    return path;
}

LogImportResult TestLogImport::import(const QString& path, LogImportOptions options)
{
    return LogImport::run(*m_db, m_incident, path, options, m_formats);
}

qint64 TestLogImport::count(const char* sql)
{
    Statement query = m_db->prepare(sql);
    return query.step() ? query.int64(0) : -1;
}

void TestLogImport::importsAndCounts_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("gzipped");
    QTest::addColumn<qint64>("entries");
    QTest::addColumn<qint64>("unparsed");
    QTest::addColumn<qint64>("repaired");
    QTest::addColumn<int>("warnings");
    QTest::newRow("plain") << epochLines(10000) << false << qint64(10000) << qint64(0) << qint64(0) << 0;
    QTest::newRow("gzip") << epochLines(10000) << true << qint64(10000) << qint64(0) << qint64(0) << 0;
    QTest::newRow("raw lines and continuations")
        << QByteArray("garbage first\n1723316400000 error web api failed\n    at frame\n\xFFjunk\n"
                      "1723316401000 info web api ok\n")
        << false << qint64(4) << qint64(2) << qint64(1) << 2;
}

void TestLogImport::importsAndCounts()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, gzipped);
    QFETCH(qint64, entries);
    QFETCH(qint64, unparsed);
    QFETCH(qint64, repaired);
    QFETCH(int, warnings);
    const QString path = write(QStringLiteral("app.log"), gzipped ? test::gzip(bytes) : bytes);
    LogImportOptions options;
    options.batchSize = 777; // batches that do not divide the file
    const LogImportResult result = import(path, options);
    QVERIFY2(result.ok, qPrintable(result.message()));
    QCOMPARE(result.format, QStringLiteral("test-epoch"));
    QVERIFY(result.detected);
    QCOMPARE(result.entries, entries);
    QCOMPARE(result.unparsed, unparsed);
    QCOMPARE(result.repairedSequences, repaired);
    QCOMPARE(result.warnings.size(), warnings);
    QCOMPARE(result.firstAt, UtcMillis {1723316400000});
    QCOMPARE(count("SELECT COUNT(*) FROM log_entries"), entries);
    QCOMPARE(count("SELECT COUNT(*) FROM log_fts WHERE log_fts MATCH 'garbage OR junk OR failed OR ok OR served'"),
             entries);
    const auto source = LogRepository(*m_db).source(result.sourceId);
    QVERIFY(source);
    QCOMPARE(source->entries, entries);
    QCOMPARE(source->unparsed, unparsed);
    QCOMPARE(source->format, QStringLiteral("test-epoch"));
    QCOMPARE(source->lastAt, result.lastAt);
    QCOMPARE(source->contentHash.size(), 64);
}

void TestLogImport::failuresStoreNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("error");
    QTest::addColumn<qint64>("line");
    const QByteArray gz = test::gzip(epochLines(100000));
    QTest::newRow("truncated gzip") << gz.left(gz.size() * 2 / 3) << QString()
                                    << "the gzip data ends early (the file is truncated)" << qint64(-1);
    QTest::newRow("unknown format") << QByteArray("hello\nworld\n") << QString()
                                    << "unknown log format: no format matches the first 2 lines (closest: "
                                       "test-generic at 0%)"
                                    << qint64(1);
    QTest::newRow("unknown format name") << epochLines(3) << "klingon"
                                         << "unknown log format \"klingon\" (known: test-generic, test-epoch)"
                                         << qint64(0);
    QTest::newRow("empty file") << QByteArray() << QString() << "the file has no lines to detect its format from"
                                << qint64(0);
}

void TestLogImport::failuresStoreNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    QFETCH(QString, error);
    QFETCH(qint64, line);
    const QString path = write(QStringLiteral("bad.log"), bytes);
    LogImportOptions options;
    options.format = format;
    options.batchSize = 100;
    const LogImportResult result = import(path, options);
    QVERIFY(!result.ok);
    QCOMPARE(result.error, error);
    if (line >= 0)
        QCOMPARE(result.errorLine, line);
    else
        QVERIFY(result.errorLine > 100); // somewhere in the middle of the file
    QVERIFY2(result.message().startsWith(path + (result.errorLine > 0 ? ":" : ": ")), qPrintable(result.message()));
    QCOMPARE(count("SELECT COUNT(*) FROM log_entries"), 0);
    QCOMPARE(count("SELECT COUNT(*) FROM log_sources"), 0);
    QCOMPARE(count("SELECT COUNT(*) FROM log_fts WHERE log_fts MATCH 'nginx'"), 0);
}

void TestLogImport::cancelMidwayStoresNothing()
{
    const QString path = write(QStringLiteral("big.log"), epochLines(50000));
    std::atomic<bool> cancel = false;
    qint64 seen = 0;
    LogImportOptions options;
    options.batchSize = 100;
    options.cancel = &cancel;
    options.progress = [&](const LogImportProgress& progress) {
        seen = progress.entries;
        if (progress.percent >= 30)
            cancel = true;
    };
    const LogImportResult result = import(path, options);
    QVERIFY(result.cancelled);
    QVERIFY(!result.ok);
    QVERIFY(seen > 0);
    QCOMPARE(count("SELECT COUNT(*) FROM log_entries"), 0);
    QCOMPARE(count("SELECT COUNT(*) FROM log_sources"), 0);
}

void TestLogImport::storeErrorSaysWhyInTheUsersTerms()
{
    const QString path = write(QStringLiteral("small.log"), epochLines(10));
    m_db->exec("PRAGMA query_only = 1"); // every write fails as on a read-only store
    const LogImportResult result = import(path);
    m_db->exec("PRAGMA query_only = 0");
    QVERIFY(!result.ok);
    QCOMPARE(result.error,
             QStringLiteral("the store cannot be written (a read-only file or folder); nothing was stored"));
    QCOMPARE(count("SELECT COUNT(*) FROM log_sources"), 0);
}

void TestLogImport::refusesAReimportUnlessForced()
{
    const QString path = write(QStringLiteral("app.log"), epochLines(500));
    const LogImportResult first = import(path);
    QVERIFY(first.ok);
    const LogImportResult again = import(write(QStringLiteral("copy.log"), epochLines(500)));
    QVERIFY(!again.ok);
    QVERIFY(again.alreadyImported);
    QVERIFY2(again.error.contains(QStringLiteral("log source %1").arg(first.sourceId)), qPrintable(again.error));
    QCOMPARE(count("SELECT COUNT(*) FROM log_entries"), 500);
    LogImportOptions force;
    force.force = true;
    const LogImportResult forced = import(path, force);
    QVERIFY2(forced.ok, qPrintable(forced.message()));
    QCOMPARE(forced.replacedSourceId, first.sourceId);
    QCOMPARE(count("SELECT COUNT(*) FROM log_sources"), 1);
    QCOMPARE(count("SELECT COUNT(*) FROM log_entries"), 500);
    QCOMPARE(count("SELECT COUNT(*) FROM log_fts WHERE log_fts MATCH 'served'"), 500);
    // Another incident may hold the same file.
    const IncidentId other = test::createIncident(*m_db);
    QVERIFY(LogImport::run(*m_db, other, path, {}, m_formats).ok);
}

// curl prints a Loki answer on one line, often longer than the reader's cut for log lines: the
// whole-file format gets it whole, and a line format's long line is still cut.
void TestLogImport::readsAWholeFileAnswerOnOneLongLine()
{
    QByteArray values;
    const int count = 3000;
    for (int i = 0; i < count; ++i) {
        values += (i ? "," : "") + QByteArray("[\"") + QByteArray::number(1723316400000000000LL + i * 1000000000LL)
            + "\",\"request " + QByteArray::number(i) + ' ' + QByteArray(500, 'x') + "\"]";
    }
    const QByteArray answer = R"({"status":"success","data":{"resultType":"streams","result":[{"stream":{"app":"api"},)"
                              R"("values":[)"
        + values + "]}]}}";
    QVERIFY(answer.size() > LogFileReader::kMaxLineBytes);
    const LogImportResult result = LogImport::run(*m_db, m_incident, write(QStringLiteral("loki.json"), answer));
    QVERIFY2(result.ok, qPrintable(result.message()));
    QCOMPARE(result.format, QStringLiteral("loki"));
    QCOMPARE(result.entries, count);
    QCOMPARE(result.cutLines, 0);
    QCOMPARE(result.lastAt, std::optional<UtcMillis>(UtcMillis {1723316400000LL + (count - 1) * 1000LL}));
}

void TestLogImport::reportsMonotonicProgress()
{
    const QString path = write(QStringLiteral("app.log"), epochLines(20000));
    QVector<LogImportProgress> reports;
    LogImportOptions options;
    options.batchSize = 50;
    options.progress = [&](const LogImportProgress& progress) { reports << progress; };
    QVERIFY(import(path, options).ok);
    QVERIFY(reports.size() > 10);
    for (int i = 1; i < reports.size(); ++i) {
        QVERIFY(reports[i].percent > reports[i - 1].percent); // only when the percentage changes
        QVERIFY(reports[i].bytesDone >= reports[i - 1].bytesDone);
        QVERIFY(reports[i].entries >= reports[i - 1].entries);
    }
    QCOMPARE(reports.constLast().percent, 100);
    QCOMPARE(reports.constLast().entries, 20000);
    QCOMPARE(reports.constLast().bytesTotal, QFileInfo(path).size());
}

void TestLogImport::statesItsAssumptions_data()
{
    QTest::addColumn<QString>("timezone");
    QTest::addColumn<std::optional<int>>("year");
    QTest::addColumn<QStringList>("assumptions");
    QTest::addColumn<QString>("error");
    QTest::newRow("defaults")
        << QString() << std::optional<int>()
        << QStringList {"times written without a year are taken to be in 2024, the incident's year",
                        "times written without a zone are taken to be in UTC"}
        << "";
    QTest::newRow("offset and year") << "+05:30" << std::optional<int>(2023)
                                     << QStringList {"times written without a zone are taken to be in UTC+05:30"} << "";
    QTest::newRow("IANA zone") << "Europe/Berlin" << std::optional<int>(2024)
                               << QStringList {"times written without a zone are taken to be in Europe/Berlin "
                                               "(UTC+02:00 on 2024-08-10)"}
                               << "";
    QTest::newRow("abbreviation, as in postmortems")
        << "PST" << std::optional<int>(2024)
        << QStringList {"times written without a zone are taken to be in PST (UTC-08:00)"} << "";
    QTest::newRow("unknown zone") << "Mars/Olympus" << std::optional<int>() << QStringList()
                                  << "unknown time zone \"Mars/Olympus\" (use UTC, an offset such as +02:00, or a "
                                     "name such as Europe/Berlin)";
}

void TestLogImport::statesItsAssumptions()
{
    QFETCH(QString, timezone);
    QFETCH(std::optional<int>, year);
    QFETCH(QStringList, assumptions);
    QFETCH(QString, error);
    LogImportOptions options;
    options.timezone = timezone;
    options.year = year;
    const LogImportResult result = import(write(QStringLiteral("a.log"), epochLines(3)), options);
    QCOMPARE(result.error, error);
    QCOMPARE(result.ok, error.isEmpty());
    if (result.ok)
        QCOMPARE(result.assumptions, assumptions);
}

// The order of events, not a time: an edit made on another connection while a large import runs is
// stored and visible to a third connection before the import ends, and until it ends that third
// connection sees none of the import's entries; then it sees them all.
void TestLogImport::editWhileAnImportRunsIsStoredAtOnce()
{
    const int lines = 300000;
    const QString path = write(QStringLiteral("large.log"), epochLines(lines));
    const QString store = m_dir.filePath(QStringLiteral("editWhileAnImportRunsIsStoredAtOnce.sqlite"));
    std::atomic<bool> started = false;
    std::atomic<bool> finished = false;
    std::atomic<qint64> written = 0; // entries the import has written so far
    LogImportResult result;
    std::thread importer([&] {
        Database db(store);
        LogImportOptions options;
        options.progress = [&started, &written](const LogImportProgress& p) {
            written = p.entries;
            if (p.entries > 0)
                started = true;
        };
        result = LogImport::run(db, m_incident, path, options, m_formats);
        finished = true;
    });
    while (!started && !finished)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));

    Database editor(store);
    ActionItem item;
    item.title = QStringLiteral("Page the on-call on pool saturation");
    bool stored = false;
    try {
        PostmortemEdits(editor).insertActionItem(m_incident, 0, item);
        stored = true;
    } catch (const StoreError& e) {
        qWarning("%s", qPrintable(e.message()));
    }
    // Written while the import was still writing: it had not yet written every entry (it reports
    // them all before its last commit, so an edit that waits for that commit sees them all).
    const bool storedWhileRunning = stored && written < lines;
    Database reader(store);
    const auto seen = IncidentRepository(reader).load(m_incident);
    const qint64 visibleDuring = LogSearch(reader).count(LogQuery::of(m_incident)).value;
    const bool stillRunning = !finished;
    importer.join();

    QVERIFY(stored);
    QVERIFY2(storedWhileRunning, "the edit waited for the import to end");
    QVERIFY(seen);
    QCOMPARE(seen->actionItems.size(), 1);
    if (stillRunning)
        QCOMPARE(visibleDuring, 0);
    QVERIFY2(result.ok, qPrintable(result.message()));
    QCOMPARE(LogSearch(reader).count(LogQuery::of(m_incident), 10 * lines).value, lines);
    QCOMPARE(LogRepository(reader).sources(m_incident).size(), 1);
}

QTEST_GUILESS_MAIN(TestLogImport)
#include "TestLogImport.moc"
