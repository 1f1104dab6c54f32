// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrashRepository.h"

#include "Database.h"
#include "Transaction.h"

#include <QDateTime>

namespace debrief {

TrashRepository::TrashRepository(Database& db)
    : m_db(db)
{ }

bool TrashRepository::moveToTrash(IncidentId id)
{
    Transaction transaction(m_db);
    m_db.prepare("UPDATE incidents SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL")
        .bind(1, id.value)
        .bind(2, QDateTime::currentMSecsSinceEpoch())
        .exec();
    const bool moved = m_db.changes() > 0;
    transaction.commit();
    return moved;
}

bool TrashRepository::restore(IncidentId id)
{
    Transaction transaction(m_db);
    m_db.prepare("UPDATE incidents SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL")
        .bind(1, id.value)
        .exec();
    const bool restored = m_db.changes() > 0;
    transaction.commit();
    return restored;
}

bool TrashRepository::contains(IncidentId id)
{
    Statement query = m_db.prepare("SELECT 1 FROM incidents WHERE id = ?1 AND deleted_at IS NOT NULL");
    query.bind(1, id.value);
    return query.step();
}

QVector<TrashedIncident> TrashRepository::list()
{
    Statement row = m_db.prepare(
        "SELECT i.id, i.title, i.deleted_at,"
        " (SELECT COUNT(*) FROM log_entries e WHERE e.incident_id = i.id),"
        " (SELECT COUNT(*) FROM metric_points p JOIN metric_series s ON s.id = p.series_id WHERE s.incident_id = i.id)"
        " FROM incidents i WHERE i.deleted_at IS NOT NULL ORDER BY i.deleted_at DESC, i.id DESC");
    QVector<TrashedIncident> incidents;
    while (row.step()) {
        TrashedIncident incident;
        incident.id = IncidentId {row.int64(0)};
        incident.title = row.text(1);
        incident.deletedAt = UtcMillis {row.int64(2)};
        incident.logEntries = row.int64(3);
        incident.metricPoints = row.int64(4);
        incidents << incident;
    }
    return incidents;
}

int TrashRepository::empty()
{
    int removed = 0;
    {
        Transaction transaction(m_db);
        // The evidence goes with the incident through ON DELETE CASCADE (and the FTS delete trigger).
        m_db.prepare("DELETE FROM incidents WHERE deleted_at IS NOT NULL").exec();
        removed = m_db.changes();
        transaction.commit();
    }
    // VACUUM cannot run inside a transaction; it is what gives the pages back to the file system.
    if (removed > 0)
        m_db.exec("VACUUM");
    return removed;
}

} // namespace debrief
