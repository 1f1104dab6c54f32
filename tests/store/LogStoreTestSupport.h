// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "IncidentRepository.h"
#include "LogRepository.h"

#include <vector>

namespace debrief::test {

inline IncidentId createLogIncident(Database& db)
{
    Incident incident;
    incident.title = QStringLiteral("Login outage");
    return IncidentRepository(db).create(incident);
}

inline EncodedLogEntry entry(qint64 line, std::optional<qint64> at, int level, const QByteArray& message,
                             const QByteArray& host = "web", const QByteArray& service = "nginx")
{
    EncodedLogEntry e;
    e.line = line;
    e.at = at;
    e.level = level;
    e.host = host;
    e.service = service;
    e.message = message;
    e.timeText = at ? QByteArray::number(*at) : QByteArray();
    return e;
}

// Stores `entries` as one finished source of `incident`, as an import would.
inline qint64 storeSource(Database& db, IncidentId incident, const std::vector<EncodedLogEntry>& entries,
                          const QString& hash)
{
    LogRepository repository(db);
    LogSourceRecord source;
    source.incident = incident;
    source.path = QStringLiteral("/var/log/%1.log").arg(hash);
    source.format = QStringLiteral("test");
    source.contentHash = hash;
    source.id = repository.insertSource(source);
    source.lastEntryId = repository.insertEntries(incident, source.id, entries);
    source.firstEntryId = entries.empty() ? 0 : source.lastEntryId - qint64(entries.size()) + 1;
    source.entries = qint64(entries.size());
    repository.finishSource(source);
    return source.id;
}

} // namespace debrief::test
