// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentHistory.h"

#include "Database.h"
#include "DocumentVersionRepository.h"
#include "IncidentRepository.h"
#include "MarkdownExporter.h"
#include "PostmortemImporter.h"
#include "StoreError.h"
#include "Transaction.h"

#include <QDateTime>

namespace debrief {

DocumentHistory::DocumentHistory(Database& db)
    : m_db(db)
{ }

QVector<DocumentVersion> DocumentHistory::versions(IncidentId incident)
{
    return DocumentVersionRepository(m_db).list(incident);
}

QString DocumentHistory::summaryOf(const Incident& incident)
{
    const QString title = incident.title.isEmpty() ? tr("(untitled)") : incident.title.simplified();
    return tr("%1: %2, %3, %4")
        .arg(title, tr("%n timeline entries", nullptr, int(incident.timeline.size())),
             tr("%n root causes", nullptr, int(incident.rootCauses.size())),
             tr("%n action items", nullptr, int(incident.actionItems.size())));
}

int DocumentHistory::add(IncidentId incident, const QString& source, const std::optional<QByteArray>& original)
{
    const std::optional<Incident> current = IncidentRepository(m_db).load(incident);
    if (!current)
        throw StoreError(tr("no incident %1").arg(incident.value));
    DocumentVersion version;
    version.incident = incident;
    version.at = UtcMillis {QDateTime::currentMSecsSinceEpoch()};
    version.source = source;
    version.summary = summaryOf(*current);
    version.report = MarkdownExporter::exportIncident(*current);
    version.original = original;
    return DocumentVersionRepository(m_db).add(version);
}

int DocumentHistory::keepCurrentState(IncidentId incident)
{
    Transaction transaction(m_db);
    const std::optional<Incident> current = IncidentRepository(m_db).load(incident);
    if (!current)
        return 0;
    const std::optional<DocumentVersion> latest = DocumentVersionRepository(m_db).latest(incident);
    // The report is canonical, so equal reports are the same document: nothing was edited since.
    if (latest && latest->report == MarkdownExporter::exportIncident(*current))
        return 0;
    const QString source = latest ? tr("edits since version %1").arg(latest->version)
                                  : tr("the document before its first recorded version");
    const int stored = add(incident, source, std::nullopt);
    transaction.commit();
    return stored;
}

int DocumentHistory::recordImport(IncidentId incident, const QString& fileName, const QByteArray& original)
{
    return add(incident, fileName, original);
}

std::optional<DocumentVersion> DocumentHistory::currentDocument(IncidentId incident)
{
    DocumentVersionRepository versions(m_db);
    const std::optional<DocumentVersion> newest = versions.latest(incident);
    if (!newest)
        return std::nullopt;
    std::optional<DocumentVersion> whole = versions.find(incident, newest->version);
    if (whole && !whole->original)
        whole->original = whole->report.toUtf8();
    return whole;
}

DocumentRestoreResult DocumentHistory::restore(IncidentId incident, int version)
{
    DocumentRestoreResult result;
    Transaction transaction(m_db);
    IncidentRepository incidents(m_db);
    const std::optional<Incident> current = incidents.load(incident);
    if (!current) {
        result.error = tr("no incident %1").arg(incident.value);
        return result;
    }
    const std::optional<DocumentVersion> wanted = DocumentVersionRepository(m_db).find(incident, version);
    if (!wanted) {
        result.error = tr("incident %1 has no version %2 (see 'history %1')").arg(incident.value).arg(version);
        return result;
    }
    PostmortemImportResult parsed = PostmortemImporter::import(wanted->report.toUtf8(), wanted->source);
    if (!parsed.ok) {
        result.error = tr("version %1 of incident %2 cannot be read back").arg(version).arg(incident.value);
        return result;
    }
    result.keptEdits = keepCurrentState(incident);
    parsed.incident.id = incident;
    parsed.incident.sourcePath = current->sourcePath;
    incidents.replace(parsed.incident);
    result.restored = version;
    result.newVersion = add(incident, tr("restore of version %1").arg(version), std::nullopt);
    transaction.commit();
    result.ok = true;
    return result;
}

} // namespace debrief
