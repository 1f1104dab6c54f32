// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"
#include "Ids.h"
#include "PostmortemImporter.h"

#include <QString>
#include <QVector>

#include <optional>

namespace debrief {

class Database;

// The outcome of importing one postmortem file: where it went and what was noticed on the way.
struct PostmortemFileImportResult
{
    bool ok = false;
    // Refused: the incident already has a document and the caller did not ask to replace it.
    bool needsReplace = false;
    IncidentId incident;
    bool newIncident = false;
    int version = 0; // the document version this import stored
    int keptEdits = 0; // with a replace: the version that kept the state before it, 0 when none was needed
    QString error; // when !ok: why, for a person; `errorLine` points at the line when there is one
    int errorLine = 0;
    QVector<ImportDiagnostic> diagnostics;
    int repairedBytes = 0;
    PostmortemReading reading; // what the document held, and where its timeline's day and zone came from
};

// Whether a document imported into an incident that already has one may replace it.
enum class DocumentReplace
{
    Refuse,
    Replace,
};

// Reads a postmortem file and stores it as a new incident, or as the new postmortem of an
// existing one, in one transaction together with its document version (DocumentHistory). The only
// place a document is replaced, so the guard sits here: into an incident that has a document,
// only with DocumentReplace::Replace, and then the state before is kept as a version first.
// Nothing is stored when the file cannot be read, is not a postmortem, or is refused. FileImport
// is the entry point the CLI and the GUI call.
class PostmortemFileImport
{
public:
    static PostmortemFileImportResult run(Database& db, const QString& path, const PostmortemImportOptions& options,
                                          std::optional<IncidentId> into = std::nullopt,
                                          DocumentReplace replace = DocumentReplace::Refuse);

    // The largest document accepted: far above any real postmortem, low enough that a log file
    // passed by mistake is refused instead of being read as prose.
    static constexpr qint64 kMaxBytes = 64 * 1024 * 1024;
};

} // namespace debrief
