// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"
#include "LogFormatRegistry.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <optional>

namespace debrief {

class Database;

struct LogImportProgress
{
    qint64 bytesDone = 0; // of the file as stored (compressed bytes for gzip)
    qint64 bytesTotal = 0;
    qint64 entries = 0; // written so far
    int percent = 0;
};

struct LogImportOptions
{
    QString format; // a format name; empty: detect from the content
    std::optional<int> year; // for times written without a year; default: the incident's year
    // For times written without a zone: "UTC", "+02:00", "-0530", or an IANA name such as
    // "Europe/Berlin" (its offset on the incident's date). Default: UTC.
    QString timezone;
    bool force = false; // import a file already imported into the incident again, replacing it
    // Called on the calling thread whenever the percentage changes.
    std::function<void(const LogImportProgress&)> progress;
    // Set from any thread to stop; checked every batch. A cancelled import stores nothing.
    const std::atomic<bool>* cancel = nullptr;
    int batchSize = 4096;
};

// What an import did. On failure nothing was stored and `error`, with `errorLine` when there is
// one, says why; message() gives the "FILE:LINE: error" form the CLI prints.
struct LogImportResult
{
    bool ok = false;
    bool cancelled = false;
    bool alreadyImported = false; // refused: the same content is already in the incident
    QString path;
    QString error;
    qint64 errorLine = 0;
    qint64 sourceId = 0;
    qint64 replacedSourceId = 0; // with force: the earlier import this one replaced
    QString format;
    double confidence = 0.0; // 1.0 when the format was given
    bool detected = false;
    qint64 lines = 0;
    qint64 entries = 0;
    qint64 unparsed = 0;
    qint64 nonEntries = 0; // kept raw, no log entry: prompts, directives (counted in entries, not unparsed)
    qint64 repairedSequences = 0; // invalid UTF-8 and NUL bytes replaced by U+FFFD
    qint64 cutLines = 0; // lines cut at LogFileReader::kMaxLineBytes
    std::optional<UtcMillis> firstAt;
    std::optional<UtcMillis> lastAt;
    QStringList assumptions; // what was assumed for times without year or zone
    QStringList warnings; // each "FILE:LINE: ..."

    QString message() const;
};

// Imports one log file into an incident: reader -> format (detected or given) -> parser ->
// batches -> LogRepository, all in one transaction, so a failure, an unreadable or truncated file,
// an unknown format or a cancel leaves the store as it was. Parsing runs on a second thread and
// hands bounded batches to the calling thread, which alone uses the SQLite connection; memory
// stays bounded whatever the file size. The entry point the CLI and the GUI share.
class LogImport
{
public:
    static LogImportResult run(Database& db, IncidentId incident, const QString& path,
                               const LogImportOptions& options = {},
                               const LogFormatRegistry& formats = LogFormatRegistry::builtIn());
};

} // namespace debrief
