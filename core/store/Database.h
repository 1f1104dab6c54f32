// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Statement.h"

#include <QString>

struct sqlite3;

namespace debrief {

// An open incident store: one SQLite file in WAL mode with foreign keys and a busy timeout, its
// schema migrated to the current version on open (after a backup copy of the file). The only
// owner of the sqlite3 handle. Not thread-safe: one Database per thread, except interrupt().
class Database
{
public:
    // Opens or creates the store at `path` (":memory:" for a private in-memory store).
    // Throws StoreError when the file is not a store or cannot be migrated.
    explicit Database(const QString& path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }
    int schemaVersion();
    // The backup written before the last migration on open, empty if none was needed.
    const QString& backupPath() const { return m_backupPath; }

    Statement prepare(const char* sql) { return Statement(m_db, sql); }
    void exec(const char* sql);
    qint64 lastInsertId() const;
    // Rows changed by the last INSERT, UPDATE or DELETE.
    int changes() const;
    sqlite3* handle() const { return m_db; }

    // Thread-safe: makes the statement running on this connection, if any, fail with SQLite's
    // "interrupted" (a reader's long count, when its answer is no longer wanted). Does nothing when
    // none is running; the connection stays usable. Never call it on a Database being destroyed.
    void interrupt();
    // True when the statement that failed last was stopped by interrupt(): ask before resetting it.
    bool wasInterrupted() const;

    // The default store path: QStandardPaths::AppDataLocation/incidents.sqlite, overridden by
    // the DEBRIEF_STORE environment variable.
    static QString defaultPath();

private:
    void configure();
    void migrate();

    QString m_path;
    QString m_backupPath;
    sqlite3* m_db = nullptr;
};

} // namespace debrief
