// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogEntry.h"
#include "Statement.h"

#include <QVector>
#include <optional>
#include <span>

namespace debrief {

class Database;

// Writes imported log files into the store: the source row (incomplete until the end), its entries
// in batches and their full-text rows, the totals at the end; finds an earlier import by content
// hash and removes a source with everything it brought. It opens no transaction (but for the
// stepwise removal): the import commits its batches, and a caller removing a source wraps that
// call in one (Transaction). Only complete sources are listed or found. Searching is
// LogSearch's job. Keep one instance for a whole import: its insert statements are prepared once.
class LogRepository
{
public:
    explicit LogRepository(Database& db);

    // Inserts the source row (id ignored) and returns its id. Counts and times can come later
    // through finishSource().
    qint64 insertSource(const LogSourceRecord& source);
    // Inserts the entries of `sourceId` and their FTS rows; returns the id of the last one.
    qint64 insertEntries(IncidentId incident, qint64 sourceId, std::span<const EncodedLogEntry> entries);
    // Stores the totals that are known only once the file has been read.
    void finishSource(const LogSourceRecord& source);

    std::optional<LogSourceRecord> source(qint64 sourceId);
    QVector<LogSourceRecord> sources(IncidentId incident);
    // An earlier import of the same content into `incident`, other than `except` (the import in
    // progress, which stores its hash only at the end).
    std::optional<LogSourceRecord> findByHash(IncidentId incident, const QString& contentHash, qint64 except = 0);
    // Removes the source, its entries and their FTS rows (the v3 trigger deletes those), in
    // transactions of its own, a chunk of entries each, so that an edit never waits long: for an
    // incomplete source (an import that failed or was left by a killed process, a replaced one
    // hidden first), which no reader sees meanwhile. Inside a transaction they are savepoints.
    void removeSource(qint64 sourceId);
    // Makes a complete source incomplete again (no reader shows it), before it is removed in steps.
    void hideSource(qint64 sourceId);
    // Records the entry ids an incomplete source holds so far, so that it can be removed whole.
    void noteEntries(const LogSourceRecord& source);
    // The sources of `incident` still being imported: readers leave their entries out.
    QVector<qint64> incompleteSources(IncidentId incident);
    // Removes the incomplete sources whose importing process no longer runs; returns how many.
    int removeAbandonedImports();

    // Larger page cache while a big file is written; restored by endBulk(). Never touches
    // synchronous or the journal: the store must survive a crash mid-import like any edit.
    void beginBulk();
    void endBulk();

private:
    LogSourceRecord readSource(const Statement& query) const;

    Database& m_db;
    std::optional<Statement> m_insertEntry;
    std::optional<Statement> m_insertFts;
    qint64 m_savedCacheSize = 0;
};

} // namespace debrief
