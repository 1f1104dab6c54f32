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

void ImportWorker::run(const QString& storePath, const QStringList& files, qint64 intoIncident, bool replaceDocument,
                       const QDate& day)
{
    m_files = int(files.size());
    ImportSummary summary;
    const std::optional<IncidentId> into
        = intoIncident > 0 ? std::optional<IncidentId>(IncidentId {intoIncident}) : std::nullopt;
    try {
        Database db(storePath);
        for (m_file = 0; m_file < m_files && !m_cancel; ++m_file) {
            Q_EMIT progress(m_file, m_files, 0, files[m_file]);
            importOne(db, files[m_file], into, replaceDocument, day, summary);
        }
    } catch (const StoreError& e) {
        summary.errors << e.message();
    }
    summary.cancelled = m_cancel;
    Q_EMIT finished(summary);
}

void ImportWorker::importOne(Database& db, const QString& file, std::optional<IncidentId> into, bool replaceDocument,
                             const QDate& day, ImportSummary& summary)
{
    const QString name = QFileInfo(file).fileName();
    FileImportOptions options;
    options.cancel = &m_cancel;
    // A dropped postmortem is a new incident: replacing the open one's document is a decision the
    // user makes explicitly (Incident › Replace Document…, after a question), not a drop.
    options.documentsAsNewIncidents = !replaceDocument;
    options.replace = replaceDocument;
    if (day.isValid())
        options.date = day;
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
        if (result.reading.timeOnlyEntries > 0 && result.reading.dateSource == TimelineDateSource::None)
            summary.dateless.append({file, *result.incident, result.reading.timeOnlyEntries});
        if (result.newIncident)
            summary.imported << tr("%1: a new incident: %2").arg(name, result.reading.describe());
        else
            summary.imported << tr("%1: the document replaced (%2); the one before is in the history")
                                    .arg(name, result.reading.describe());
        break;
    case ImportKind::Log:
        summary.imported << tr("%1: %2 log entries as %3, %4 kept raw")
                                .arg(name)
                                .arg(result.entries)
                                .arg(result.format)
                                .arg(result.unparsed);
        break;
    case ImportKind::Metric:
        summary.imported
            << tr("%1: %2 series, %3 points as %4").arg(name).arg(result.series).arg(result.points).arg(result.format);
        break;
    case ImportKind::Unknown:
        break;
    }
}

} // namespace debrief
