// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"

#include <QString>
#include <QVector>

namespace debrief {

class Database;

// An incident in the trash: deleted by a user, kept with all its rows and evidence until the trash
// is emptied.
struct TrashedIncident
{
    IncidentId id;
    QString title;
    UtcMillis deletedAt;
    qint64 logEntries = 0;
    qint64 metricPoints = 0;
};

// The trash of a store: deleting an incident only marks it (incidents.deleted_at), so that it and
// its evidence can come back; IncidentReader and IncidentRepository no longer see it. Emptying the
// trash removes the rows for good and gives the space back to the file system. Each call is one
// transaction. Throws StoreError.
class TrashRepository
{
public:
    explicit TrashRepository(Database& db);

    // False when there is no such incident outside the trash.
    bool moveToTrash(IncidentId id);
    // False when the incident is not in the trash.
    bool restore(IncidentId id);
    bool contains(IncidentId id);
    // Most recently deleted first.
    QVector<TrashedIncident> list();
    // Removes every incident in the trash with its evidence, then compacts the file; returns how many.
    int empty();

private:
    Database& m_db;
};

} // namespace debrief
