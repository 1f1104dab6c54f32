// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"
#include "IncidentRepository.h"
#include "Migrations.h"
#include "StoreError.h"
#include "Transaction.h"
#include "TrashRepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace debrief;

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newStoreHasCurrentSchemaAndPragmas();
    void migratesVersion1FixtureKeepingItsData();
    void migrationWritesABackupOfTheOldStore();
    void migratesVersion2FixtureRebuildingTheLogIndex();
    void migratesEveryOlderVersionToTheCurrentOne_data();
    void migratesEveryOlderVersionToTheCurrentOne();
    void migrationIndexesTheFieldsOfStoredEntries();
    void nestedTransactionRollsBackOnlyItsOwnPart();
    void refusesAStoreFromANewerDebrief();
    void refusesAFileThatIsNotAStore();
    void transactionRollsBackWhenNotCommitted();
    void createsTheFolderOfANewStore();

private:
    QString copyFixture(const QString& name);
    QTemporaryDir m_dir;
};

QString TestDatabase::copyFixture(const QString& name)
{
    const QString target = m_dir.filePath(QStringLiteral("%1-%2").arg(QTest::currentTestFunction(), name));
    QFile::remove(target);
    if (!QFile::copy(QStringLiteral(DEBRIEF_TEST_DATA "/store/") + name, target))
        qFatal("cannot copy fixture %s", qPrintable(name));
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

void TestDatabase::newStoreHasCurrentSchemaAndPragmas()
{
    Database db(m_dir.filePath(QStringLiteral("new.sqlite")));
    QCOMPARE(db.schemaVersion(), currentSchemaVersion());
    Statement journal = db.prepare("PRAGMA journal_mode");
    QVERIFY(journal.step());
    QCOMPARE(journal.text(0), QStringLiteral("wal"));
    Statement keys = db.prepare("PRAGMA foreign_keys");
    QVERIFY(keys.step());
    QCOMPARE(keys.int64(0), 1);
    QVERIFY(db.backupPath().isEmpty()); // nothing to back up in a new store
}

void TestDatabase::migratesVersion1FixtureKeepingItsData()
{
    const QString path = copyFixture(QStringLiteral("v1.sqlite"));
    Database db(path);
    QCOMPARE(db.schemaVersion(), currentSchemaVersion());
    const auto incident = IncidentRepository(db).load(IncidentId{1});
    QVERIFY(incident);
    QCOMPARE(incident->title, QStringLiteral("Checkout API returned 503s"));
    QCOMPARE(incident->timeline.size(), 3);
    QCOMPARE(incident->timeline[1].kind, TimelineKind::RedHerring);
    QCOMPARE(incident->measures[0].items.size(), 2);
    QCOMPARE(incident->actionItems[0].owner, QStringLiteral("alice"));
    QVERIFY(!incident->actionItems[1].due); // stored as '' by the old store: read as no date
    QCOMPARE(incident->unknownSections[0].after, SectionRole::ActionItems);
    // The tables of version 2 are there and usable.
    Statement evidence = db.prepare("SELECT COUNT(*) FROM log_entries");
    QVERIFY(evidence.step());
    QCOMPARE(evidence.int64(0), 0);
}

void TestDatabase::migrationWritesABackupOfTheOldStore()
{
    const QString path = copyFixture(QStringLiteral("v1.sqlite"));
    QString backup;
    {
        Database db(path);
        backup = db.backupPath();
    }
    QCOMPARE(backup, path + QStringLiteral(".v1.bak"));
    QVERIFY(QFile::exists(backup));
    // The backup is the old store, still at version 1, and opening it again migrates it too.
    Database old(backup);
    QCOMPARE(IncidentRepository(old).load(IncidentId{1})->title, QStringLiteral("Checkout API returned 503s"));
    QCOMPARE(old.backupPath(), backup + QStringLiteral(".v1.bak"));
}

void TestDatabase::migratesVersion2FixtureRebuildingTheLogIndex()
{
    // v2.sqlite holds one incident with three log entries, and the FTS rows of a second incident
    // deleted under v2, which had no trigger to remove them.
    const QString path = copyFixture(QStringLiteral("v2.sqlite"));
    Database db(path);
    QCOMPARE(db.schemaVersion(), currentSchemaVersion());
    QCOMPARE(db.backupPath(), path + QStringLiteral(".v2.bak"));
    const auto matches = [&db](const char* query) {
        Statement select = db.prepare("SELECT COUNT(*) FROM log_fts WHERE log_fts MATCH ?1");
        select.bind(1, QString::fromUtf8(query));
        return select.step() ? select.int64(0) : -1;
    };
    QCOMPARE(matches("orphanword"), 0);
    QCOMPARE(matches("\"pool exhausted\" OR upstream OR garbage"), 3);
    // The v3 trigger now keeps the index exact when entries go.
    db.exec("DELETE FROM log_entries WHERE id = 2");
    QCOMPARE(matches("upstream"), 0);
    db.exec("INSERT INTO log_fts(log_fts) VALUES('integrity-check')");
}

void TestDatabase::migratesEveryOlderVersionToTheCurrentOne_data()
{
    QTest::addColumn<int>("version");
    for (int version = 1; version < currentSchemaVersion(); ++version)
        QTest::newRow(qPrintable(QStringLiteral("v%1").arg(version))) << version;
}

void TestDatabase::migratesEveryOlderVersionToTheCurrentOne()
{
    // A store as version N of Debrief wrote it: the first N migrations and an incident, made with
    // SQLite alone so that nothing of the current code takes part.
    QFETCH(int, version);
    const QString path = m_dir.filePath(QStringLiteral("v%1-built.sqlite").arg(version));
    QFile::remove(path);
    sqlite3* raw = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
    for (const Migration& migration : storeMigrations()) {
        if (migration.toVersion > version)
            break;
        QCOMPARE(sqlite3_exec(raw, migration.sql, nullptr, nullptr, nullptr), SQLITE_OK);
    }
    const QByteArray setup
        = QByteArrayLiteral("INSERT INTO incidents (id, title, created_at, updated_at)"
                            " VALUES (1, 'Old incident', 0, 0);"
                            "INSERT INTO root_causes (incident_id, position, text) VALUES (1, 0, 'disk');"
                            "PRAGMA user_version = ")
        + QByteArray::number(version);
    QCOMPARE(sqlite3_exec(raw, setup.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(raw);

    Database db(path);
    QCOMPARE(db.schemaVersion(), currentSchemaVersion());
    QVERIFY(!db.backupPath().isEmpty());
    const auto incident = IncidentRepository(db).load(IncidentId {1});
    QVERIFY(incident);
    QCOMPARE(incident->title, QStringLiteral("Old incident"));
    QCOMPARE(incident->rootCauses.size(), 1);
    // Version 6: no versions yet, and the incident is not in the trash; both can be used.
    Statement versions = db.prepare("SELECT COUNT(*) FROM document_versions");
    QVERIFY(versions.step());
    QCOMPARE(versions.int64(0), 0);
    QVERIFY(TrashRepository(db).list().isEmpty());
    QVERIFY(TrashRepository(db).moveToTrash(IncidentId {1}));
    QVERIFY(!IncidentRepository(db).load(IncidentId {1}));
    QVERIFY(TrashRepository(db).restore(IncidentId {1}));
    QVERIFY(IncidentRepository(db).load(IncidentId {1}));
}

// v11: entries stored before it get their fields into the full-text index, and the delete trigger
// keeps that index exact afterwards.
void TestDatabase::migrationIndexesTheFieldsOfStoredEntries()
{
    const QString path = m_dir.filePath(QStringLiteral("v10-fields.sqlite"));
    QFile::remove(path);
    sqlite3* raw = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
    for (const Migration& migration : storeMigrations()) {
        if (migration.toVersion > 10)
            break;
        QCOMPARE(sqlite3_exec(raw, migration.sql, nullptr, nullptr, nullptr), SQLITE_OK);
    }
    const char* setup = "INSERT INTO incidents (id, title, created_at, updated_at) VALUES (1, 'Old', 0, 0);"
                        "INSERT INTO log_sources (id, incident_id, path, format, content_hash, imported_at)"
                        " VALUES (1, 1, 'a.jsonl', 'json-lines', 'h', 0);"
                        "INSERT INTO log_entries (id, incident_id, source_id, line, at, message, fields)"
                        " VALUES (1, 1, 1, 1, 0, 'login failed', '{\"user\":\"u_fdfd4e30\"}'),"
                        " (2, 1, 1, 2, 0, 'session validated', '{\"user\":\"u_e8912eee\"}');"
                        "INSERT INTO log_fts(log_fts) VALUES('rebuild');"
                        "PRAGMA user_version = 10;";
    QCOMPARE(sqlite3_exec(raw, setup, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(raw);

    Database db(path);
    const auto matches = [&db](const char* query) {
        Statement select = db.prepare("SELECT COUNT(*) FROM log_fts WHERE log_fts MATCH ?1");
        select.bind(1, QString::fromUtf8(query));
        return select.step() ? select.int64(0) : -1;
    };
    QCOMPARE(matches("u_fdfd4e30"), 1);
    QCOMPARE(matches("{message} : u_fdfd4e30"), 0);
    db.exec("DELETE FROM log_entries WHERE id = 1");
    QCOMPARE(matches("u_fdfd4e30"), 0);
    QCOMPARE(matches("u_e8912eee"), 1);
    db.exec("INSERT INTO log_fts(log_fts) VALUES('integrity-check')");
}

void TestDatabase::nestedTransactionRollsBackOnlyItsOwnPart()
{
    Database db(QStringLiteral(":memory:"));
    Transaction outer(db);
    db.exec("INSERT INTO incidents (title, created_at, updated_at) VALUES ('kept', 0, 0)");
    {
        Transaction inner(db);
        db.exec("INSERT INTO incidents (title, created_at, updated_at) VALUES ('dropped', 0, 0)");
    } // not committed: rolled back to its savepoint
    {
        Transaction inner(db);
        db.exec("INSERT INTO incidents (title, created_at, updated_at) VALUES ('nested', 0, 0)");
        inner.commit();
    }
    outer.commit();
    Statement titles = db.prepare("SELECT group_concat(title, ',') FROM (SELECT title FROM incidents ORDER BY id)");
    QVERIFY(titles.step());
    QCOMPARE(titles.text(0), QStringLiteral("kept,nested"));
}

void TestDatabase::refusesAStoreFromANewerDebrief()
{
    const QString path = m_dir.filePath(QStringLiteral("future.sqlite"));
    {
        Database db(path);
        db.exec("PRAGMA user_version = 999");
    }
    try {
        Database db(path);
        QFAIL("a store of a newer schema was opened");
    } catch (const StoreError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("999")), qPrintable(e.message()));
    }
}

void TestDatabase::refusesAFileThatIsNotAStore()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    try {
        Database db(path);
        QFAIL("a text file was opened as a store");
    } catch (const StoreError& e) {
        QVERIFY2(e.message().contains(path), qPrintable(e.message()));
    }
    QFile check(path);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray(4096, 'x')); // untouched
}

void TestDatabase::transactionRollsBackWhenNotCommitted()
{
    Database db(m_dir.filePath(QStringLiteral("rollback.sqlite")));
    try {
        Transaction transaction(db);
        db.exec("INSERT INTO incidents (title, created_at, updated_at) VALUES ('half', 0, 0)");
        throw StoreError(QStringLiteral("interrupted"));
    } catch (const StoreError&) {
    }
    Statement count = db.prepare("SELECT COUNT(*) FROM incidents");
    QVERIFY(count.step());
    QCOMPARE(count.int64(0), 0);
}

void TestDatabase::createsTheFolderOfANewStore()
{
    const QString path = m_dir.filePath(QStringLiteral("a/b/store.sqlite"));
    Database db(path);
    QVERIFY(QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
