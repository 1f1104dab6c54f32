// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportWorker.h"

#include "Database.h"
#include "ImportKindDetector.h"
#include "LogImport.h"
#include "MetricImport.h"
#include "PostmortemFileImport.h"
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
    const ImportKind kind = ImportKindDetector::detect(file).kind;
    if (kind == ImportKind::Postmortem) {
        // A dropped postmortem is a new incident: replacing the open one's document is a
        // decision the command line makes explicitly (--incident), not a drop.
        const PostmortemFileImportResult result = PostmortemFileImport::run(db, file, PostmortemImportOptions {});
        if (!result.ok) {
            summary.errors << QStringLiteral("%1:%2: %3").arg(file).arg(result.errorLine).arg(result.error);
            return;
        }
        summary.incident = result.incident;
        summary.imported
            << tr("%1: a new incident with %n timeline entries", nullptr, result.timelineEntries).arg(name);
        return;
    }
    const std::optional<IncidentId> target = summary.incident ? summary.incident : into;
    if (!target) {
        summary.errors << tr("%1: logs and metrics go into an incident: open or import one first").arg(file);
        return;
    }
    if (kind == ImportKind::Metric)
        importMetrics(db, file, *target, summary);
    else
        importLog(db, file, *target, summary);
}

void ImportWorker::importLog(Database& db, const QString& file, IncidentId into, ImportSummary& summary)
{
    LogImportOptions options;
    options.cancel = &m_cancel;
    options.progress = [this, &file](const LogImportProgress& p) { Q_EMIT progress(m_file, m_files, p.percent, file); };
    const LogImportResult result = LogImport::run(db, into, file, options);
    if (!result.ok) {
        if (!result.cancelled)
            summary.errors << result.message();
        return;
    }
    summary.incident = into;
    summary.imported << tr("%1: %2 log entries as %3, %4 kept raw")
                            .arg(QFileInfo(file).fileName())
                            .arg(result.entries)
                            .arg(result.format)
                            .arg(result.unparsed);
}

void ImportWorker::importMetrics(Database& db, const QString& file, IncidentId into, ImportSummary& summary)
{
    const MetricImportResult result = MetricImport::run(db, into, file, MetricImportOptions {});
    if (!result.ok) {
        summary.errors << result.message();
        return;
    }
    summary.incident = into;
    summary.imported << tr("%1: %2 series, %3 points as %4")
                            .arg(QFileInfo(file).fileName())
                            .arg(result.series)
                            .arg(result.points)
                            .arg(result.format);
}

} // namespace debrief
