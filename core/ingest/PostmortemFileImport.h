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
    IncidentId incident;
    QString error; // when !ok: why, for a person; `errorLine` points at the line when there is one
    int errorLine = 0;
    QVector<ImportDiagnostic> diagnostics;
    int repairedBytes = 0;
    int timelineEntries = 0;
    int rootCauses = 0;
    int actionItems = 0;
};

// Reads a postmortem file and stores it as a new incident, or as the new postmortem of an
// existing one, in one transaction: the one entry point the CLI and the GUI share. Nothing is
// stored when the file cannot be read or is not a postmortem.
class PostmortemFileImport
{
public:
    static PostmortemFileImportResult run(Database& db, const QString& path, const PostmortemImportOptions& options,
                                          std::optional<IncidentId> into = std::nullopt);

    // The largest document accepted: far above any real postmortem, low enough that a log file
    // passed by mistake is refused instead of being read as prose.
    static constexpr qint64 kMaxBytes = 64 * 1024 * 1024;
};

} // namespace debrief
