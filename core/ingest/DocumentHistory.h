// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DocumentVersion.h"
#include "Incident.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace debrief {

class Database;

// What DocumentHistory::restore() did: the version brought back, the new version it became, and
// the version that kept the edits made since the last one (0 when there were none).
struct DocumentRestoreResult
{
    bool ok = false;
    QString error; // for a person, when !ok
    int restored = 0;
    int newVersion = 0;
    int keptEdits = 0;
};

// The versions of an incident's document, so that no import, replace or restore loses what a user
// had: each version holds the canonical Markdown report (MarkdownExporter, which reads back to the
// same report) and, when it came from a file, the file's bytes. Lives in core/ingest because it
// needs both the store and the postmortem reader and writer. Every call is one transaction, or
// joins the caller's (a replace and its versions commit together). Throws StoreError.
class DocumentHistory
{
    Q_DECLARE_TR_FUNCTIONS(DocumentHistory)

public:
    explicit DocumentHistory(Database& db);

    // Oldest first, without reports.
    QVector<DocumentVersion> versions(IncidentId incident);
    // Before the document is replaced or restored: stores the incident's current state as a
    // version ("edits since version N") when it differs from its latest version or it has none.
    // Returns the version stored, 0 when the latest one already holds this state.
    int keepCurrentState(IncidentId incident);
    // After a document was imported into `incident`: stores it as a version from `fileName`.
    int recordImport(IncidentId incident, const QString& fileName, const QByteArray& original);
    // Brings `version` back as the incident's document, as a new version ("restore of version N"),
    // after keeping the current state. Evidence is not touched.
    DocumentRestoreResult restore(IncidentId incident, int version);
    // The text the incident's items point into with their source lines: the newest version's
    // imported bytes, or its report when a restore made it (a restore reads the report back, and
    // the report reads back to itself). None for an incident written by hand. Its `original` is set.
    std::optional<DocumentVersion> currentDocument(IncidentId incident);

    // "Title: 7 timeline entries, 2 root causes, 6 action items", one line for a list of versions.
    static QString summaryOf(const Incident& incident);

private:
    int add(IncidentId incident, const QString& source, const std::optional<QByteArray>& original);

    Database& m_db;
};

} // namespace debrief
