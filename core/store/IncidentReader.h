// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Incident.h"

#include <QVector>

#include <optional>

namespace debrief {

class Database;

// The read side of IncidentRepository: assembles an Incident value from its tables, and the
// dashboard rows of the incident list. Reads only.
class IncidentReader
{
public:
    explicit IncidentReader(Database& db);

    std::optional<Incident> load(IncidentId id);
    QVector<IncidentSummary> list(const QDate& today);

private:
    void readSections(Incident& incident);
    void readTimeline(Incident& incident);
    void readRootCauses(Incident& incident);
    void readWhys(Incident& incident);
    void readMeasures(Incident& incident);
    void readActionItems(Incident& incident);
    void readUnknownSections(Incident& incident);

    Database& m_db;
};

} // namespace debrief
