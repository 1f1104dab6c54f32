// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Incident.h"
#include "IncidentRepository.h"
#include "StoreChanges.h"

#include <QDate>
#include <QVector>
#include <optional>

namespace debrief {

// An open incident store as the GUI sees it: the Database and its IncidentRepository kept
// together for as long as the window shows that store. It only forwards to core; it exists so
// that the window holds one object whose lifetime is the store's (the repository refers to the
// database). Constructing it throws StoreError when the file is not a store.
class StoreSession
{
public:
    explicit StoreSession(const QString& path);

    const QString& path() const { return m_db.path(); }
    QVector<IncidentSummary> incidents(const QDate& today) { return m_repository.list(today); }
    std::optional<Incident> load(IncidentId id) { return m_repository.load(id); }
    // A new incident written by hand rather than imported: one transaction, like an import.
    IncidentId create(const Incident& incident) { return m_repository.create(incident); }
    // The connection the edits write through (IncidentEditor); the GUI thread's only one.
    Database& database() { return m_db; }
    // Whether another connection (a CLI edit or import, a worker of this window) changed what the
    // window shows since it last asked.
    bool changedElsewhere() { return m_changes.changed(); }

private:
    Database m_db;
    IncidentRepository m_repository;
    StoreChanges m_changes;
};

} // namespace debrief
