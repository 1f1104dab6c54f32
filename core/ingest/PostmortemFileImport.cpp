// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostmortemFileImport.h"

#include "Database.h"
#include "DocumentHistory.h"
#include "IncidentRepository.h"
#include "StoreError.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace debrief {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PostmortemFileImport)
};

PostmortemFileImportResult failure(const QString& message, int line = 0)
{
    PostmortemFileImportResult result;
    result.error = message;
    result.errorLine = line;
    return result;
}

} // namespace

PostmortemFileImportResult PostmortemFileImport::run(Database& db, const QString& path,
                                                     const PostmortemImportOptions& options,
                                                     std::optional<IncidentId> into, DocumentReplace replace)
{
    IncidentRepository repository(db);
    // Asked before the file is read, so that a refusal is the same whatever the file holds.
    if (into && !repository.exists(*into))
        return failure(Tr::tr("no incident %1").arg(into->value));
    if (into && replace == DocumentReplace::Refuse && repository.hasDocument(*into)) {
        PostmortemFileImportResult refused = failure(
            Tr::tr("incident %1 already has a document; it is replaced only when that is asked for").arg(into->value));
        refused.needsReplace = true;
        refused.incident = *into;
        return refused;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Tr::tr("cannot read the file: %1").arg(file.errorString()));
    if (file.size() > kMaxBytes)
        return failure(Tr::tr("%1 bytes is larger than any postmortem (limit %2 bytes)").arg(file.size()).arg(kMaxBytes));
    const QByteArray bytes = file.readAll();

    PostmortemImportResult parsed = PostmortemImporter::import(bytes, QFileInfo(path).fileName(), options);
    const auto firstError = std::find_if(parsed.diagnostics.cbegin(), parsed.diagnostics.cend(),
                                         [](const ImportDiagnostic& d) { return d.severity == Severity::Error; });
    if (!parsed.ok || firstError != parsed.diagnostics.cend()) {
        PostmortemFileImportResult result = firstError != parsed.diagnostics.cend()
            ? failure(firstError->message, firstError->line)
            : failure(Tr::tr("not a postmortem document"));
        result.diagnostics = parsed.diagnostics;
        return result;
    }

    Incident& incident = parsed.incident;
    incident.sourcePath = QFileInfo(path).absoluteFilePath();
    PostmortemFileImportResult result;
    // One transaction: the state before, the new document and its version are stored together or not at all.
    Transaction transaction(db);
    DocumentHistory history(db);
    if (into) {
        result.keptEdits = history.keepCurrentState(*into);
        incident.id = *into;
        repository.replace(incident);
    } else {
        incident.id = repository.create(incident);
        result.newIncident = true;
    }
    result.version = history.recordImport(incident.id, QFileInfo(path).fileName(), bytes);
    transaction.commit();

    result.ok = true;
    result.incident = incident.id;
    result.diagnostics = parsed.diagnostics;
    result.repairedBytes = parsed.repairedBytes;
    result.reading = parsed.reading;
    return result;
}

} // namespace debrief
