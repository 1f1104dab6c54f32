// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DocumentVersion.h"

#include <QVector>
#include <optional>

namespace debrief {

class Database;

// The versions of incidents' documents in the store (table document_versions): add one, list them,
// read one back. Only storage: what a version holds and when one is made is DocumentHistory's
// (core/ingest), which renders the report. Each write is one transaction, or joins the caller's.
// Throws StoreError.
class DocumentVersionRepository
{
public:
    explicit DocumentVersionRepository(Database& db);

    // Stores `version` (its `version` field ignored) as the incident's next version; returns its number.
    int add(const DocumentVersion& version);
    // Oldest first, without report and original bytes.
    QVector<DocumentVersion> list(IncidentId incident);
    // One version with its report and original bytes.
    std::optional<DocumentVersion> find(IncidentId incident, int version);
    // The newest version with its report, none when the incident has no version yet.
    std::optional<DocumentVersion> latest(IncidentId incident);

private:
    Database& m_db;
};

} // namespace debrief
