// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportWorker.h"

#include "Database.h"
#include "FileImport.h"
#include "StoreError.h"

#include <QFileInfo>

namespace debrief {

ImportWorker::ImportWorker(QObject* parent)
    : QObject(parent)
{ }

void ImportWorker::run(const QString& storePath, const QStringList& files, qint64 intoIncident)
{
    m_files = int(files.size());
    ImportSummary summary;
    const std::optional<IncidentId> into
        = intoIncident > 0 ? std::optional<IncidentId>(IncidentId {intoIncident}) : std::nullopt;
    try {
        Database db(storePath);
        for (m_file = 0; m_file < m_files && !m_cancel; ++m_file) {
            Q_EMIT progress(m_file, m_files, 0, files[m_file]);
            importOne(db, files[m_file], into, summary);
        }
    } catch (const StoreError& e) {
        summary.errors << e.message();
    }
    summary.cancelled = m_cancel;
    Q_EMIT finished(summary);
}

void ImportWorker::importOne(Database& db, const QString& file, std::optional<IncidentId> into, ImportSummary& summary)
{
    const QString name = QFileInfo(file).fileName();
    FileImportOptions options;
    options.cancel = &m_cancel;
    // A dropped postmortem is a new incident: replacing the open one's document is a decision the
    // user makes explicitly, not a drop.
    options.documentsAsNewIncidents = true;
    options.progress = [this, &file](int percent, qint64) { Q_EMIT progress(m_file, m_files, percent, file); };
    const FileImportResult result = FileImport::run(db, file, summary.incident ? summary.incident : into, options);
    switch (result.status) {
    case FileImportStatus::Ok:
        break;
    case FileImportStatus::Cancelled:
        return;
    case FileImportStatus::NeedsIncident:
        summary.errors << tr("%1: logs and metrics go into an incident: open or import one first").arg(file);
        return;
    default:
        summary.errors << result.message();
        return;
    }
    summary.incident = result.incident;
    switch (result.kind) {
    case ImportKind::Postmortem:
        summary.imported << tr("%1: a new incident with %n timeline entries", nullptr, result.timelineEntries).arg(name);
        break;
    case ImportKind::Log:
        summary.imported << tr("%1: %2 log entries as %3, %4 kept raw")
                                .arg(name)
                                .arg(result.entries)
                                .arg(result.format)
                                .arg(result.unparsed);
        break;
    case ImportKind::Metric:
        summary.imported << tr("%1: %2 series, %3 points as %4")
                                .arg(name)
                                .arg(result.series)
                                .arg(result.points)
                                .arg(result.format);
        break;
    case ImportKind::Unknown:
        break;
    }
}

} // namespace debrief
