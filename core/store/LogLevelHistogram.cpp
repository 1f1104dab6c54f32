// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogLevelHistogram.h"

#include "Database.h"
#include "LogRepository.h"
#include "StoreError.h"

namespace debrief {

LogLevelHistogram::LogLevelHistogram(Database& db)
    : m_db(db)
{ }

QVector<LogLevelBucket> LogLevelHistogram::count(IncidentId incident, UtcMillis from, UtcMillis to, qint64 bucketMs)
{
    Statement query = prepare(QByteArray(), incident, from, to, bucketMs);
    QVector<LogLevelBucket> buckets;
    while (query.step())
        buckets << LogLevelBucket {from.value + query.int64(1) * bucketMs, int(query.int64(0)), query.int64(2)};
    return buckets;
}

QString LogLevelHistogram::plan(IncidentId incident, UtcMillis from, UtcMillis to, qint64 bucketMs)
{
    Statement query = prepare(QByteArrayLiteral("EXPLAIN QUERY PLAN "), incident, from, to, bucketMs);
    QStringList steps;
    while (query.step())
        steps << query.text(3);
    return steps.join(u'\n');
}

Statement LogLevelHistogram::prepare(const QByteArray& prefix, IncidentId incident, UtcMillis from, UtcMillis to,
                                     qint64 bucketMs)
{
    if (bucketMs <= 0)
        throw StoreError(QStringLiteral("log histogram: a bucket must be longer than 0 ms"));
    // log_entries_by_time (incident_id, at, level) holds all it needs: SQLite walks exactly the
    // time range of the index and counts, with no access to the entries' rows, for a narrow zoom
    // as for the whole incident (the groups, at most one per bucket and level, gather in a small
    // temporary tree).
    // While an import runs its entries are left out by source, which only then costs a row access.
    QByteArray incomplete;
    for (const qint64 id : LogRepository(m_db).incompleteSources(incident))
        incomplete += (incomplete.isEmpty() ? " AND source_id NOT IN (" : ",") + QByteArray::number(id);
    if (!incomplete.isEmpty())
        incomplete += ')';
    const QByteArray sql = prefix
        + "SELECT level, (at - ?2) / ?4, COUNT(*) FROM log_entries"
          " WHERE incident_id = ?1 AND at >= ?2 AND at < ?3" + incomplete
        + " GROUP BY level, (at - ?2) / ?4 ORDER BY level, 2";
    Statement query = m_db.prepare(sql.constData());
    query.bind(1, incident.value).bind(2, from.value).bind(3, to.value).bind(4, bucketMs);
    return query;
}

std::optional<std::pair<UtcMillis, UtcMillis>> LogLevelHistogram::timeRange(IncidentId incident)
{
    Statement query = m_db.prepare("SELECT MIN(first_at), MAX(last_at) FROM log_sources WHERE incident_id = ?1");
    query.bind(1, incident.value);
    if (!query.step() || query.isNull(0) || query.isNull(1))
        return std::nullopt;
    return std::pair {UtcMillis {query.int64(0)}, UtcMillis {query.int64(1)}};
}

} // namespace debrief
