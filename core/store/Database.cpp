// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "LogRepository.h"
#include "Migrations.h"
#include "StoreError.h"
#include "Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <sqlite3.h>

namespace debrief {

Database::Database(const QString& path)
    : m_path(path)
{
    if (path != QLatin1String(":memory:")) {
        const QFileInfo info(path);
        if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
            throw StoreError(QStringLiteral("%1: cannot create the folder of the store").arg(path));
    }
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString why = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
        sqlite3_close(m_db);
        m_db = nullptr;
        throw StoreError(QStringLiteral("%1: cannot open the store: %2").arg(path, why));
    }
    try {
        configure();
        migrate();
        // An import a killed process left incomplete was never visible: it goes now.
        LogRepository(*this).removeAbandonedImports();
    } catch (const StoreError& e) {
        sqlite3_close(m_db);
        m_db = nullptr;
        // Statement errors do not know the file; the person reading this needs it.
        if (e.message().startsWith(path))
            throw;
        throw StoreError(QStringLiteral("%1: %2").arg(path, e.message()));
    }
}

Database::~Database()
{
    sqlite3_close(m_db);
}

void Database::exec(const char* sql)
{
    char* error = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : sqlite3_errmsg(m_db));
        sqlite3_free(error);
        throw StoreError(QStringLiteral("%1: %2").arg(m_path, message), sqlite3_extended_errcode(m_db));
    }
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

void Database::interrupt()
{
    sqlite3_interrupt(m_db);
}

bool Database::wasInterrupted() const
{
    // Statement::step() resets a failed statement, which leaves its error code on the connection.
    return sqlite3_errcode(m_db) == SQLITE_INTERRUPT;
}

int Database::schemaVersion()
{
    Statement query = prepare("PRAGMA user_version");
    return query.step() ? int(query.int64(0)) : 0;
}

namespace {

// Another connection writes: wait up to about 5 s, asking again every millisecond. An import frees
// the store for a moment after each of its short transactions, and SQLite's own schedule (sleeps
// growing to 100 ms) would mostly miss that moment and leave an edit waiting for the whole import.
int waitForOtherWriter(void*, int attempts)
{
    if (attempts >= 5000)
        return 0;
    sqlite3_sleep(1);
    return 1;
}

} // namespace

void Database::configure()
{
    // A non-store file fails here, on the first read, with SQLite's "file is not a database".
    sqlite3_busy_handler(m_db, waitForOtherWriter, nullptr);
    exec("PRAGMA foreign_keys = ON");
    Statement journal = prepare("PRAGMA journal_mode = WAL");
    journal.step();
    // NORMAL is durable across application crashes in WAL mode; only a power loss may lose the
    // last commits, never consistency.
    exec("PRAGMA synchronous = NORMAL");
}

void Database::migrate()
{
    const int from = schemaVersion();
    const int to = currentSchemaVersion();
    if (from > to) {
        throw StoreError(QStringLiteral("%1: the store has schema version %2, newer than this Debrief (%3)")
                             .arg(m_path)
                             .arg(from)
                             .arg(to));
    }
    if (from == to)
        return;
    if (from > 0 && m_path != QLatin1String(":memory:")) {
        // A consistent copy taken through SQLite itself (not a file copy, which could catch a WAL
        // half-checkpointed), so a failed migration can always be undone by hand.
        m_backupPath = QStringLiteral("%1.v%2.bak").arg(m_path).arg(from);
        QFile::remove(m_backupPath);
        Statement backup = prepare("VACUUM INTO ?1");
        backup.bind(1, m_backupPath);
        backup.exec();
    }
    Transaction transaction(*this);
    for (const Migration& migration : storeMigrations()) {
        if (migration.toVersion <= from)
            continue;
        exec(migration.sql);
        exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.toVersion).toUtf8().constData());
    }
    transaction.commit();
}

QString Database::defaultPath()
{
    const QByteArray fromEnvironment = qgetenv("DEBRIEF_STORE");
    if (!fromEnvironment.isEmpty())
        return QString::fromLocal8Bit(fromEnvironment);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/incidents.sqlite");
}

} // namespace debrief
