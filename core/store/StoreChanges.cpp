// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreChanges.h"

#include "Database.h"

namespace debrief {

StoreChanges::StoreChanges(Database& db)
    : m_db(db)
    , m_version(dataVersion())
    , m_signature(signature())
{ }

bool StoreChanges::changed()
{
    const qint64 version = dataVersion();
    if (version == m_version)
        return false;
    m_version = version;
    QString now = signature();
    if (now == m_signature)
        return false;
    m_signature = std::move(now);
    return true;
}

qint64 StoreChanges::dataVersion()
{
    Statement query = m_db.prepare("PRAGMA data_version");
    return query.step() ? query.int64(0) : 0;
}

QString StoreChanges::signature()
{
    // Each part is a count or a maximum over a small table or an index: no entry or point is read.
    Statement query = m_db.prepare(
        "SELECT (SELECT count(*) FROM incidents), (SELECT coalesce(sum(updated_at), 0) FROM incidents),"
        " (SELECT count(*) FROM incidents WHERE deleted_at IS NOT NULL),"
        " (SELECT count(*) FROM log_sources WHERE complete = 1),"
        " (SELECT coalesce(max(id), 0) FROM log_sources WHERE complete = 1),"
        " (SELECT count(*) FROM metric_sources), (SELECT coalesce(max(id), 0) FROM metric_sources),"
        " (SELECT count(*) FROM document_versions), (SELECT count(*) FROM rejected_suggestions)");
    QString parts;
    if (query.step()) {
        for (int i = 0; i < 9; ++i)
            parts += QString::number(query.int64(i)) + u' ';
    }
    return parts;
}

} // namespace debrief
