// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogImport.h"
#include "LogRepository.h"
#include "LogSearch.h"
#include "LogTestSupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace debrief;

// A log import killed with SIGKILL at any moment (its source just written, amid its short
// transactions of entries, near its end) leaves a store that opens, passes its integrity checks and
// shows nothing of the import: the incomplete source a killed process left is removed on open.
class TestImportCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killDuringAnImportLeavesNothing_data();
    void killDuringAnImportLeavesNothing();
};

namespace {

[[noreturn]] void importAndExit(const QString& store, IncidentId incident, const QString& log)
{
    try {
        Database db(store);
        LogImport::run(db, incident, log, {}, test::testRegistry());
    } catch (...) {
    }
    _exit(3);
}

QByteArray lines(int count)
{
    QByteArray bytes;
    for (int i = 0; i < count; ++i)
        bytes += QByteArray::number(1723316400000 + i * 1000LL) + " info web nginx request " + QByteArray::number(i)
            + " served\n";
    return bytes;
}

qint64 count(Database& db, const char* sql)
{
    Statement query = db.prepare(sql);
    return query.step() ? query.int64(0) : -1;
}

// Read through SQLite alone, read-only: a Database would remove an abandoned import on opening.
qint64 rawCount(const QString& store, const char* sql)
{
    sqlite3* raw = nullptr;
    qint64 value = -1;
    if (sqlite3_open_v2(store.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* query = nullptr;
        if (sqlite3_prepare_v2(raw, sql, -1, &query, nullptr) == SQLITE_OK && sqlite3_step(query) == SQLITE_ROW)
            value = sqlite3_column_int64(query, 0);
        sqlite3_finalize(query);
    }
    sqlite3_close(raw);
    return value;
}

} // namespace

void TestImportCrashSafety::killDuringAnImportLeavesNothing_data()
{
    // The kill comes once the import has committed this many entries (0: at once, whatever it did).
    QTest::addColumn<int>("committed");
    QTest::newRow("at the start") << 0;
    QTest::newRow("amid the batches") << 1;
    QTest::newRow("later") << 100000;
}

void TestImportCrashSafety::killDuringAnImportLeavesNothing()
{
    QFETCH(int, committed);
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("crash.sqlite"));
    const QString log = dir.filePath(QStringLiteral("big.log"));
    test::writeFile(log, lines(400000));
    IncidentId incident;
    {
        Database db(store);
        incident = test::createIncident(db);
    }
    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0)
        importAndExit(store, incident, log);
    // By what the child has done, not by a time: its committed entries, while its source is still
    // incomplete (the deadline only keeps a broken import from hanging the test).
    QElapsedTimer deadline;
    deadline.start();
    while (committed > 0 && deadline.elapsed() < 120000
           && rawCount(store, "SELECT COUNT(*) FROM log_entries") < committed)
        QTest::qWait(2);
    const qint64 completeAtKill = rawCount(store, "SELECT COUNT(*) FROM log_sources WHERE complete = 1");
    QCOMPARE(kill(child, SIGKILL), 0);
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY2(WIFSIGNALED(status), "the import ended before the kill: make the file larger");
    QCOMPARE(completeAtKill, 0);

    // What the killed import committed is there, incomplete, until the store is next opened.
    const qint64 leftBehind = rawCount(store, "SELECT COUNT(*) FROM log_entries");
    qInfo("%lld entries of the killed import were committed", leftBehind);
    QVERIFY(leftBehind >= committed);

    Database db(store);
    Statement check = db.prepare("PRAGMA integrity_check");
    QVERIFY(check.step());
    QCOMPARE(check.text(0), QStringLiteral("ok"));
    db.exec("INSERT INTO log_fts(log_fts) VALUES('integrity-check')");
    QCOMPARE(count(db, "SELECT COUNT(*) FROM log_sources"), 0);
    QCOMPARE(count(db, "SELECT COUNT(*) FROM log_entries"), 0);
    QCOMPARE(LogSearch(db).count(LogQuery::of(incident)).value, 0);
    // And the same file imports whole afterwards.
    const LogImportResult again = LogImport::run(db, incident, log, {}, test::testRegistry());
    QVERIFY2(again.ok, qPrintable(again.message()));
    QCOMPARE(LogRepository(db).sources(incident).size(), 1);
}

QTEST_GUILESS_MAIN(TestImportCrashSafety)
#include "TestImportCrashSafety.moc"
