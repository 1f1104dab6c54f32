// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogRepository.h"

#include "Database.h"
#include "Transaction.h"

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace debrief {

namespace {

// 32 MiB: enough to keep the hot pages of log_entries, its indexes and the FTS segments being
// merged, small enough for the import's memory budget (100 MB peak for any file size).
constexpr qint64 kBulkCacheKiB = 32 * 1024;

constexpr const char* kSourceColumns = "id, incident_id, path, format, size_bytes, content_hash, entries, unparsed,"
                                       " first_at, last_at, imported_at, first_entry_id, last_entry_id";

std::optional<qint64> toOptional(const std::optional<UtcMillis>& time)
{
    return time ? std::optional<qint64>(time->value) : std::nullopt;
}

} // namespace

LogRepository::LogRepository(Database& db)
    : m_db(db)
{ }

qint64 LogRepository::insertSource(const LogSourceRecord& source)
{
    Statement insert = m_db.prepare("INSERT INTO log_sources (incident_id, path, format, size_bytes, content_hash,"
                                    " entries, unparsed, first_at, last_at, imported_at, complete, importer)"
                                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 0, ?11)");
    insert.bind(1, source.incident.value)
        .bind(2, source.path)
        .bind(3, source.format)
        .bind(4, source.sizeBytes)
        .bind(5, source.contentHash)
        .bind(6, source.entries)
        .bind(7, source.unparsed)
        .bind(8, toOptional(source.firstAt))
        .bind(9, toOptional(source.lastAt))
        .bind(10, source.importedAt.value)
        .bind(11, qint64(getpid()));
    insert.exec();
    return m_db.lastInsertId();
}

void LogRepository::noteEntries(const LogSourceRecord& source)
{
    Statement update = m_db.prepare("UPDATE log_sources SET first_entry_id = ?2, last_entry_id = ?3 WHERE id = ?1");
    update.bind(1, source.id)
        .bind(2, source.firstEntryId > 0 ? std::optional<qint64>(source.firstEntryId) : std::nullopt)
        .bind(3, source.lastEntryId > 0 ? std::optional<qint64>(source.lastEntryId) : std::nullopt);
    update.exec();
}

qint64 LogRepository::insertEntries(IncidentId incident, qint64 sourceId, std::span<const EncodedLogEntry> entries)
{
    if (!m_insertEntry) {
        m_insertEntry.emplace(
            m_db.handle(),
            "INSERT INTO log_entries (incident_id, source_id, line, at, time_text, level, host,"
            " service, message, fields, unparsed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
        // Written row by row next to its entry rather than rebuilt at the end: 'rebuild' re-reads
        // every entry of every incident, and FTS5 buffers these inserts in memory anyway.
        m_insertFts.emplace(m_db.handle(), "INSERT INTO log_fts (rowid, message, fields) VALUES (?1, ?2, ?3)");
    }
    Statement& entry = *m_insertEntry;
    Statement& fts = *m_insertFts;
    qint64 lastId = 0;
    for (const EncodedLogEntry& e : entries) {
        entry.bind(1, incident.value).bind(2, sourceId).bind(3, e.line).bind(4, e.at);
        entry.bindText(5, e.timeText).bind(6, e.level).bindText(7, e.host).bindText(8, e.service);
        entry.bindText(9, e.message);
        if (e.fields.isEmpty())
            entry.bindNull(10);
        else
            entry.bindText(10, e.fields);
        entry.bind(11, e.unparsed ? 1 : 0);
        entry.exec();
        lastId = m_db.lastInsertId();
        fts.bind(1, lastId).bindText(2, e.message);
        if (e.fields.isEmpty())
            fts.bindNull(3);
        else
            fts.bindText(3, e.fields);
        fts.exec();
    }
    return lastId;
}

void LogRepository::finishSource(const LogSourceRecord& source)
{
    Statement update = m_db.prepare("UPDATE log_sources SET format = ?2, size_bytes = ?3, content_hash = ?4,"
                                    " entries = ?5, unparsed = ?6, first_at = ?7, last_at = ?8,"
                                    " first_entry_id = ?9, last_entry_id = ?10, complete = 1 WHERE id = ?1");
    update.bind(1, source.id)
        .bind(2, source.format)
        .bind(3, source.sizeBytes)
        .bind(4, source.contentHash)
        .bind(5, source.entries)
        .bind(6, source.unparsed)
        .bind(7, toOptional(source.firstAt))
        .bind(8, toOptional(source.lastAt))
        .bind(9, source.firstEntryId > 0 ? std::optional<qint64>(source.firstEntryId) : std::nullopt)
        .bind(10, source.lastEntryId > 0 ? std::optional<qint64>(source.lastEntryId) : std::nullopt);
    update.exec();
}

LogSourceRecord LogRepository::readSource(const Statement& query) const
{
    LogSourceRecord source;
    source.id = query.int64(0);
    source.incident = IncidentId {query.int64(1)};
    source.path = query.text(2);
    source.format = query.text(3);
    source.sizeBytes = query.int64(4);
    source.contentHash = query.text(5);
    source.entries = query.int64(6);
    source.unparsed = query.int64(7);
    if (const auto first = query.optionalInt64(8))
        source.firstAt = UtcMillis {*first};
    if (const auto last = query.optionalInt64(9))
        source.lastAt = UtcMillis {*last};
    source.importedAt = UtcMillis {query.int64(10)};
    source.firstEntryId = query.optionalInt64(11).value_or(0);
    source.lastEntryId = query.optionalInt64(12).value_or(0);
    return source;
}

std::optional<LogSourceRecord> LogRepository::source(qint64 sourceId)
{
    Statement query = m_db.prepare(
        QByteArray("SELECT ").append(kSourceColumns).append(" FROM log_sources WHERE id = ?1").constData());
    query.bind(1, sourceId);
    if (!query.step())
        return std::nullopt;
    return readSource(query);
}

QVector<LogSourceRecord> LogRepository::sources(IncidentId incident)
{
    Statement query = m_db.prepare(QByteArray("SELECT ")
                                       .append(kSourceColumns)
                                       .append(" FROM log_sources WHERE incident_id = ?1 AND complete = 1"
                                               " ORDER BY id")
                                       .constData());
    query.bind(1, incident.value);
    QVector<LogSourceRecord> result;
    while (query.step())
        result << readSource(query);
    return result;
}

std::optional<LogSourceRecord> LogRepository::findByHash(IncidentId incident, const QString& contentHash, qint64 except)
{
    Statement query = m_db.prepare(QByteArray("SELECT ")
                                       .append(kSourceColumns)
                                       .append(" FROM log_sources WHERE incident_id = ?1 AND content_hash = ?2"
                                               " AND id != ?3 AND complete = 1")
                                       .constData());
    query.bind(1, incident.value).bind(2, contentHash).bind(3, except);
    if (!query.step())
        return std::nullopt;
    return readSource(query);
}

void LogRepository::removeSource(qint64 sourceId)
{
    const std::optional<LogSourceRecord> record = source(sourceId);
    if (!record)
        return;
    // A chunk of ids per transaction: each deletes its FTS rows too, which takes a while, and an
    // edit made meanwhile gets the store between two chunks. The source is incomplete throughout,
    // so no reader sees it half gone.
    constexpr qint64 kChunk = 20000;
    for (qint64 from = record->firstEntryId; record->lastEntryId > 0 && from <= record->lastEntryId; from += kChunk) {
        Transaction transaction(m_db);
        Statement entries = m_db.prepare("DELETE FROM log_entries WHERE id BETWEEN ?2 AND ?3 AND source_id = ?1");
        entries.bind(1, sourceId).bind(2, from).bind(3, std::min(from + kChunk - 1, record->lastEntryId));
        entries.exec();
        transaction.commit();
    }
    Transaction transaction(m_db);
    Statement remove = m_db.prepare("DELETE FROM log_sources WHERE id = ?1");
    remove.bind(1, sourceId);
    remove.exec();
    transaction.commit();
}

void LogRepository::hideSource(qint64 sourceId)
{
    // Its hash goes too: the import that replaces it takes the same one (unique per incident).
    Statement hide = m_db.prepare("UPDATE log_sources SET complete = 0, importer = ?2,"
                                  " content_hash = 'replaced:' || content_hash || ':' || id WHERE id = ?1");
    hide.bind(1, sourceId).bind(2, qint64(getpid()));
    hide.exec();
}

QVector<qint64> LogRepository::incompleteSources(IncidentId incident)
{
    Statement query = m_db.prepare("SELECT id FROM log_sources WHERE incident_id = ?1 AND complete = 0");
    query.bind(1, incident.value);
    QVector<qint64> ids;
    while (query.step())
        ids << query.int64(0);
    return ids;
}

int LogRepository::removeAbandonedImports()
{
    Statement query = m_db.prepare("SELECT id, importer FROM log_sources WHERE complete = 0");
    QVector<qint64> abandoned;
    while (query.step()) {
        // A process of this machine that no longer runs will never finish it (ours is alive).
        const auto pid = pid_t(query.int64(1));
        if (pid <= 0 || (kill(pid, 0) != 0 && errno == ESRCH))
            abandoned << query.int64(0);
    }
    query.reset();
    for (const qint64 id : abandoned)
        removeSource(id);
    return int(abandoned.size());
}

void LogRepository::beginBulk()
{
    Statement current = m_db.prepare("PRAGMA cache_size");
    m_savedCacheSize = current.step() ? current.int64(0) : -2000;
    m_db.exec(QByteArray("PRAGMA cache_size = -").append(QByteArray::number(kBulkCacheKiB)).constData());
}

void LogRepository::endBulk()
{
    if (m_savedCacheSize != 0)
        m_db.exec(QByteArray("PRAGMA cache_size = ").append(QByteArray::number(m_savedCacheSize)).constData());
    m_savedCacheSize = 0;
}

} // namespace debrief
