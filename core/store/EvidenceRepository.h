// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EvidenceSummary.h"

namespace debrief {

class Database;

// Read access to the evidence of an incident (logs, metrics). The import pipelines that fill these
// tables live in core/ingest; this class only answers what is there.
class EvidenceRepository
{
public:
    explicit EvidenceRepository(Database& db);

    EvidenceSummary summary(IncidentId incident);

private:
    qint64 count(const char* sql, IncidentId incident);

    Database& m_db;
};

} // namespace debrief
