// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceRepository.h"

#include "Database.h"

namespace debrief {

EvidenceRepository::EvidenceRepository(Database& db)
    : m_db(db)
{
}

EvidenceSummary EvidenceRepository::summary(IncidentId incident)
{
    EvidenceSummary summary;
    Statement sources = m_db.prepare("SELECT id, path, format, entries, unparsed, first_at, last_at FROM log_sources"
                                     " WHERE incident_id = ?1 AND complete = 1 ORDER BY id");
    sources.bind(1, incident.value);
    while (sources.step()) {
        LogSourceSummary source;
        source.id = sources.int64(0);
        source.path = sources.text(1);
        source.format = sources.text(2);
        source.entries = sources.int64(3);
        source.unparsed = sources.int64(4);
        if (const auto first = sources.optionalInt64(5))
            source.firstAt = UtcMillis{*first};
        if (const auto last = sources.optionalInt64(6))
            source.lastAt = UtcMillis{*last};
        summary.logSources << source;
    }
    // Counted from the sources' totals rather than COUNT(*) over millions of entries.
    summary.logEntries = count("SELECT COALESCE(SUM(entries), 0) FROM log_sources WHERE incident_id = ?1", incident);
    summary.metricSeries = count("SELECT COUNT(*) FROM metric_series WHERE incident_id = ?1", incident);
    summary.metricPoints = count("SELECT COUNT(*) FROM metric_points p JOIN metric_series s ON s.id = p.series_id"
                                 " WHERE s.incident_id = ?1",
                                 incident);
    return summary;
}

qint64 EvidenceRepository::count(const char* sql, IncidentId incident)
{
    Statement query = m_db.prepare(sql);
    query.bind(1, incident.value);
    return query.step() ? query.int64(0) : 0;
}

} // namespace debrief
