// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"
#include "Ids.h"
#include "ImportKindDetector.h"
#include "PostmortemReading.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>
#include <atomic>
#include <functional>
#include <optional>

namespace debrief {

class Database;

struct FileImportOptions
{
    // "postmortem", a log format or a metrics format: skips detection. Empty: detect from the content.
    QString format;
    QString timezone; // for times that state no zone (postmortems, logs, formatted metric times)
    std::optional<int> year; // for dates that state no year
    std::optional<QDate> date; // a postmortem's day, when its document states none
    std::optional<UtcMillis> at; // the time of a metrics snapshot without timestamps
    bool force = false; // evidence: import a file the incident already has again, replacing it
    // A document into an incident that already has one replaces it (recoverably, see DocumentHistory);
    // without it such an import is refused with FileImportStatus::NeedsReplace.
    bool replace = false;
    // A postmortem makes a new incident even when `into` is given, which then takes only the
    // evidence: the GUI's drop of several files on the incident shown.
    bool documentsAsNewIncidents = false;
    // A log file's progress in percent, on the calling thread, when the percentage changes.
    std::function<void(int percent, qint64 entries)> progress;
    // Set from any thread to stop a log import at its next batch; a cancelled import stores nothing.
    const std::atomic<bool>* cancel = nullptr;
};

enum class FileImportStatus
{
    Ok,
    Cancelled,
    AlreadyImported, // the same evidence is already in the incident (FileImportOptions::force replaces it)
    NeedsIncident, // logs and metrics go into an incident and none was given
    NeedsReplace, // a document into an incident that has one, without FileImportOptions::replace
    NotRecognised, // no kind fits: not a postmortem, log or metrics file Debrief can read
    Error, // `error` (and `errorLine`) say why
};

// What one file's import did, whatever its kind: the status, where it went, what was stored, and
// what was noticed on the way. When the status is not Ok nothing of the file was stored.
struct FileImportResult
{
    FileImportStatus status = FileImportStatus::Error;
    ImportKind kind = ImportKind::Unknown;
    QString path;
    QString error; // for a person, when not Ok
    qint64 errorLine = 0;
    QVector<ImportDiagnostic> diagnostics; // a postmortem's warnings and notes, with their lines
    QStringList assumptions; // what was assumed for the whole file (times without year or zone)
    QStringList warnings; // each "FILE:LINE: ..."

    std::optional<IncidentId> incident;
    bool newIncident = false;
    // A postmortem: what the document holds and the version it became.
    PostmortemReading reading;
    int version = 0;
    int keptEdits = 0; // the version that kept the state before a replace, 0 when none was needed
    // Evidence: the format read and what went in.
    QString format;
    double confidence = 0.0;
    qint64 entries = 0;
    qint64 unparsed = 0;
    qint64 nonEntries = 0; // lines kept raw that are no log entry (in `entries`, not in `unparsed`)
    qint64 series = 0;
    qint64 points = 0;
    qint64 gaps = 0;
    std::optional<UtcMillis> firstAt;
    std::optional<UtcMillis> lastAt;

    bool ok() const { return status == FileImportStatus::Ok; }
    // "FILE:LINE: error" or "FILE: error" when not Ok; empty when Ok.
    QString message() const;
};

// The one import path of Debrief: detects the kind of a file (ImportKindDetector, or --format),
// routes it to the postmortem, log or metrics import, and returns one result. A postmortem without
// `into` makes a new incident; into an incident it replaces the document only with `replace`.
// Logs and metrics need `into`. A file of no kind Debrief reads is refused, naming the closest
// format. The CLI's import and the GUI's import worker both call it; neither routes by kind.
class FileImport
{
    Q_DECLARE_TR_FUNCTIONS(FileImport)

public:
    static FileImportResult run(Database& db, const QString& path, std::optional<IncidentId> into,
                                const FileImportOptions& options = {});
};

} // namespace debrief
