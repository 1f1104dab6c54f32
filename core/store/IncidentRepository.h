// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Incident.h"

#include <QVector>

#include <optional>

namespace debrief {

class Database;

// Typed access to the incidents of a store: the whole postmortem as one value (the single edits a
// user makes are PostmortemEdits'). Every write is one transaction. Throws StoreError on failure, leaving the
// store as it was.
class IncidentRepository
{
public:
    explicit IncidentRepository(Database& db);

    // Stores a new incident with everything in it; returns its id. Row ids inside `incident` are
    // ignored and assigned anew.
    IncidentId create(const Incident& incident);
    // Replaces an incident's postmortem content (not its evidence) by `incident`, keeping its id.
    void replace(const Incident& incident);
    std::optional<Incident> load(IncidentId id);
    QVector<IncidentSummary> list(const QDate& today);
    bool exists(IncidentId id);
    // True when the incident holds a document a replace would lose: a title, a summary or any of
    // its sections, entries, causes or action items.
    bool hasDocument(IncidentId id);
    void remove(IncidentId id);

private:
    void addActionItem(IncidentId incident, const ActionItem& item);
    void insertContent(IncidentId id, const Incident& incident);
    void insertIncidentRow(const Incident& incident);
    void deleteContent(IncidentId id);

    Database& m_db;
};

} // namespace debrief
