// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentVersionRepository.h"

#include "Database.h"
#include "Transaction.h"

namespace debrief {

namespace {

DocumentVersion readRow(const Statement& row, IncidentId incident, bool withContent)
{
    DocumentVersion version;
    version.incident = incident;
    version.version = int(row.int64(0));
    version.at = UtcMillis {row.int64(1)};
    version.source = row.text(2);
    version.summary = row.text(3);
    if (withContent) {
        version.report = row.text(4);
        if (!row.isNull(5))
            version.original = row.blob(5);
    }
    return version;
}

} // namespace

DocumentVersionRepository::DocumentVersionRepository(Database& db)
    : m_db(db)
{ }

int DocumentVersionRepository::add(const DocumentVersion& version)
{
    Transaction transaction(m_db);
    Statement next = m_db.prepare("SELECT COALESCE(MAX(version), 0) + 1 FROM document_versions WHERE incident_id = ?1");
    next.bind(1, version.incident.value);
    next.step();
    const int number = int(next.int64(0));
    Statement insert = m_db.prepare("INSERT INTO document_versions (incident_id, version, at, source, summary, report,"
                                    " original) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    insert.bind(1, version.incident.value).bind(2, number).bind(3, version.at.value).bind(4, version.source);
    insert.bind(5, version.summary).bind(6, version.report).bind(7, version.original).exec();
    transaction.commit();
    return number;
}

QVector<DocumentVersion> DocumentVersionRepository::list(IncidentId incident)
{
    Statement row = m_db.prepare("SELECT version, at, source, summary FROM document_versions WHERE incident_id = ?1"
                                 " ORDER BY version");
    row.bind(1, incident.value);
    QVector<DocumentVersion> versions;
    while (row.step())
        versions << readRow(row, incident, false);
    return versions;
}

std::optional<DocumentVersion> DocumentVersionRepository::find(IncidentId incident, int version)
{
    Statement row = m_db.prepare("SELECT version, at, source, summary, report, original FROM document_versions"
                                 " WHERE incident_id = ?1 AND version = ?2");
    row.bind(1, incident.value).bind(2, version);
    if (!row.step())
        return std::nullopt;
    return readRow(row, incident, true);
}

std::optional<DocumentVersion> DocumentVersionRepository::latest(IncidentId incident)
{
    Statement row = m_db.prepare("SELECT version, at, source, summary, report, original FROM document_versions"
                                 " WHERE incident_id = ?1 ORDER BY version DESC LIMIT 1");
    row.bind(1, incident.value);
    if (!row.step())
        return std::nullopt;
    return readRow(row, incident, true);
}

} // namespace debrief
