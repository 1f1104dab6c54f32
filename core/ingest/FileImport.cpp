// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileImport.h"

#include "LogImport.h"
#include "MetricImport.h"
#include "PostmortemFileImport.h"
#include "StoreError.h"

#include <QFileInfo>

namespace debrief {

namespace {

FileImportResult failed(FileImportResult result, FileImportStatus status, const QString& error, qint64 line = 0)
{
    result.status = status;
    result.error = error;
    result.errorLine = line;
    return result;
}

void importPostmortem(Database& db, std::optional<IncidentId> into, const FileImportOptions& options,
                      FileImportResult& result)
{
    PostmortemImportOptions postmortem;
    postmortem.timezone = options.timezone;
    postmortem.year = options.year;
    postmortem.date = options.date;
    const PostmortemFileImportResult r = PostmortemFileImport::run(
        db, result.path, postmortem, into, options.replace ? DocumentReplace::Replace : DocumentReplace::Refuse);
    result.diagnostics = r.diagnostics;
    if (!r.ok) {
        result = failed(result, r.needsReplace ? FileImportStatus::NeedsReplace : FileImportStatus::Error, r.error,
                        r.errorLine);
        if (r.needsReplace)
            result.incident = r.incident;
        return;
    }
    result.status = FileImportStatus::Ok;
    result.incident = r.incident;
    result.newIncident = r.newIncident;
    result.reading = r.reading;
    result.version = r.version;
    result.keptEdits = r.keptEdits;
}

void importLog(Database& db, IncidentId into, const FileImportOptions& options, FileImportResult& result)
{
    LogImportOptions log;
    log.format = result.kind == ImportKind::Log ? options.format : QString();
    log.timezone = options.timezone;
    log.year = options.year;
    log.force = options.force;
    log.cancel = options.cancel;
    if (options.progress)
        log.progress = [&options](const LogImportProgress& p) { options.progress(p.percent, p.entries); };
    const LogImportResult r = LogImport::run(db, into, result.path, log);
    result.assumptions = r.assumptions;
    result.warnings = r.warnings;
    result.format = r.format;
    result.confidence = r.confidence;
    result.entries = r.entries;
    result.unparsed = r.unparsed;
    result.nonEntries = r.nonEntries;
    result.firstAt = r.firstAt;
    result.lastAt = r.lastAt;
    if (!r.ok) {
        const FileImportStatus status = r.cancelled ? FileImportStatus::Cancelled
            : r.alreadyImported                     ? FileImportStatus::AlreadyImported
                                                    : FileImportStatus::Error;
        result = failed(result, status, r.error, r.errorLine);
        return;
    }
    result.status = FileImportStatus::Ok;
    result.incident = into;
}

void importMetrics(Database& db, IncidentId into, const FileImportOptions& options, FileImportResult& result)
{
    MetricImportOptions metrics;
    metrics.format = options.format;
    metrics.timezone = options.timezone;
    metrics.at = options.at;
    metrics.force = options.force;
    const MetricImportResult r = MetricImport::run(db, into, result.path, metrics);
    result.assumptions = r.assumptions;
    result.warnings = r.warnings;
    result.format = r.format;
    result.confidence = r.confidence;
    result.series = r.series;
    result.points = r.points;
    result.gaps = r.gaps;
    result.firstAt = r.firstAt;
    result.lastAt = r.lastAt;
    if (!r.ok) {
        result = failed(result, r.alreadyImported ? FileImportStatus::AlreadyImported : FileImportStatus::Error,
                        r.error, r.errorLine);
        return;
    }
    result.status = FileImportStatus::Ok;
    result.incident = into;
}

} // namespace

QString FileImportResult::message() const
{
    if (ok())
        return QString();
    return errorLine > 0 ? QStringLiteral("%1:%2: %3").arg(path, QString::number(errorLine), error)
                         : QStringLiteral("%1: %2").arg(path, error);
}

FileImportResult FileImport::run(Database& db, const QString& path, std::optional<IncidentId> into,
                                 const FileImportOptions& options)
{
    FileImportResult result;
    result.path = path;
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile() || !info.isReadable())
        return failed(result, FileImportStatus::Error, tr("cannot read the file: no such readable file"));
    const ImportKindDetection detection = ImportKindDetector::detect(path, options.format);
    result.kind = detection.kind;
    if (detection.kind == ImportKind::Unknown)
        return failed(result, FileImportStatus::NotRecognised, detection.refusal());
    if (detection.kind != ImportKind::Postmortem && !into)
        return failed(result, FileImportStatus::NeedsIncident, tr("logs and metrics go into an incident"));
    try {
        switch (detection.kind) {
        case ImportKind::Postmortem:
            importPostmortem(db, options.documentsAsNewIncidents ? std::nullopt : into, options, result);
            break;
        case ImportKind::Log:
            importLog(db, *into, options, result);
            break;
        case ImportKind::Metric:
            importMetrics(db, *into, options, result);
            break;
        case ImportKind::Unknown:
            break;
        }
    } catch (const StoreError&) {
        // Every write is one transaction, so the store is as it was; SQLite's own words are no help here.
        return failed(result, FileImportStatus::Error,
                      tr("the store could not be written (is it read-only, full or locked by another program?); "
                         "nothing of the file was stored"));
    }
    return result;
}

} // namespace debrief
