// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricRepository.h"

#include "Database.h"
#include "StoreError.h"

#include <cmath>
#include <limits>

namespace debrief {

namespace {

constexpr const char* kSourceColumns = "id, incident_id, path, format, content_hash, imported_at";

MetricSourceRecord readSource(const Statement& query)
{
    MetricSourceRecord source;
    source.id = query.int64(0);
    source.incident = IncidentId {query.int64(1)};
    source.path = query.text(2);
    source.format = query.text(3);
    source.contentHash = query.text(4);
    source.importedAt = UtcMillis {query.int64(5)};
    return source;
}

std::optional<double> optionalReal(const Statement& query, int column)
{
    return query.isNull(column) ? std::nullopt : std::optional<double>(query.real(column));
}

} // namespace

MetricRepository::MetricRepository(Database& db)
    : m_db(db)
{ }

qint64 MetricRepository::insertSource(const MetricSourceRecord& source)
{
    Statement insert = m_db.prepare("INSERT INTO metric_sources (incident_id, path, format, content_hash, imported_at)"
                                    " VALUES (?1, ?2, ?3, ?4, ?5)");
    insert.bind(1, source.incident.value)
        .bind(2, source.path)
        .bind(3, source.format)
        .bind(4, source.contentHash)
        .bind(5, source.importedAt.value);
    insert.exec();
    return m_db.lastInsertId();
}

MetricSeriesInsert MetricRepository::insertSeries(IncidentId incident, qint64 sourceId, const QString& name,
                                                  const QString& labels, const QString& unit)
{
    if (!m_findSeries) {
        // metric_series_by_incident (incident_id, name) narrows the lookup to the few label sets
        // of one name, so no unique index is needed for it to stay fast.
        m_findSeries.emplace(m_db.handle(),
                             "SELECT id, unit FROM metric_series WHERE incident_id = ?1 AND name = ?2 AND labels = ?3"
                             " ORDER BY id LIMIT 1");
        m_insertSeries.emplace(m_db.handle(),
                               "INSERT INTO metric_series (incident_id, source_id, name, labels, unit)"
                               " VALUES (?1, ?2, ?3, ?4, ?5)");
    }
    Statement& find = *m_findSeries;
    find.bind(1, incident.value).bind(2, name).bind(3, labels);
    if (find.step()) {
        const MetricSeriesInsert existing {find.int64(0), true};
        const bool hadNoUnit = find.text(1).isEmpty();
        find.reset();
        if (hadNoUnit && !unit.isEmpty()) {
            Statement update = m_db.prepare("UPDATE metric_series SET unit = ?2 WHERE id = ?1");
            update.bind(1, existing.id).bind(2, unit);
            update.exec();
        }
        return existing;
    }
    find.reset();
    Statement& insert = *m_insertSeries;
    insert.bind(1, incident.value).bind(3, name).bind(4, labels).bind(5, unit);
    // No source: a derived series (log rates) that no file brought.
    if (sourceId > 0)
        insert.bind(2, sourceId);
    else
        insert.bindNull(2);
    insert.exec();
    return {m_db.lastInsertId(), false};
}

void MetricRepository::insertPoints(qint64 seriesId, std::span<const MetricPoint> points)
{
    if (!m_insertPoint) {
        // An upsert rather than INSERT OR REPLACE: same outcome for a WITHOUT ROWID table, but it
        // says the intent (the last value written for a timestamp wins) and updates in place.
        m_insertPoint.emplace(m_db.handle(),
                              "INSERT INTO metric_points (series_id, ts, value) VALUES (?1, ?2, ?3)"
                              " ON CONFLICT(series_id, ts) DO UPDATE SET value = excluded.value");
    }
    Statement& insert = *m_insertPoint;
    for (const MetricPoint& point : points) {
        insert.bind(1, seriesId).bind(2, point.at);
        // SQLite would turn NaN into NULL on its own; said here so the gap is not an accident.
        if (std::isnan(point.value))
            insert.bindNull(3);
        else
            insert.bind(3, point.value);
        insert.exec();
    }
}

QVector<MetricSourceRecord> MetricRepository::sources(IncidentId incident)
{
    Statement query = m_db.prepare(QByteArray("SELECT ")
                                       .append(kSourceColumns)
                                       .append(" FROM metric_sources WHERE incident_id = ?1 ORDER BY id")
                                       .constData());
    query.bind(1, incident.value);
    QVector<MetricSourceRecord> result;
    while (query.step())
        result << readSource(query);
    return result;
}

std::optional<MetricSourceRecord> MetricRepository::findByHash(IncidentId incident, const QString& contentHash,
                                                               qint64 except)
{
    Statement query = m_db.prepare(QByteArray("SELECT ")
                                       .append(kSourceColumns)
                                       .append(" FROM metric_sources WHERE incident_id = ?1 AND content_hash = ?2"
                                               " AND id != ?3 ORDER BY id LIMIT 1")
                                       .constData());
    query.bind(1, incident.value).bind(2, contentHash).bind(3, except);
    if (!query.step())
        return std::nullopt;
    return readSource(query);
}

void MetricRepository::removeSource(qint64 sourceId)
{
    // Explicit rather than left to ON DELETE CASCADE, so that the removal does not depend on the
    // connection's foreign_keys setting; points go by their primary key prefix (series_id).
    Statement points = m_db.prepare(
        "DELETE FROM metric_points WHERE series_id IN (SELECT id FROM metric_series WHERE source_id = ?1)");
    points.bind(1, sourceId);
    points.exec();
    Statement series = m_db.prepare("DELETE FROM metric_series WHERE source_id = ?1");
    series.bind(1, sourceId);
    series.exec();
    Statement source = m_db.prepare("DELETE FROM metric_sources WHERE id = ?1");
    source.bind(1, sourceId);
    source.exec();
}

QVector<MetricSeriesSummary> MetricRepository::seriesSummaries(IncidentId incident)
{
    // COUNT(p.ts) and the p.ts test keep a series without points at zero: the LEFT JOIN gives it
    // one row of NULLs, which must not count as a point or a gap.
    Statement query = m_db.prepare(
        "SELECT s.id, s.source_id, s.name, s.labels, s.unit, COUNT(p.ts),"
        " COALESCE(SUM(p.ts IS NOT NULL AND p.value IS NULL), 0), MIN(p.ts), MAX(p.ts), MIN(p.value), MAX(p.value)"
        " FROM metric_series s LEFT JOIN metric_points p ON p.series_id = s.id"
        " WHERE s.incident_id = ?1 GROUP BY s.id ORDER BY s.name, s.labels, s.id");
    query.bind(1, incident.value);
    QVector<MetricSeriesSummary> result;
    while (query.step()) {
        MetricSeriesSummary series;
        series.id = query.int64(0);
        series.sourceId = query.optionalInt64(1).value_or(0);
        series.name = query.text(2);
        series.labels = query.text(3);
        series.unit = query.text(4);
        series.points = query.int64(5);
        series.gaps = query.int64(6);
        if (const auto first = query.optionalInt64(7))
            series.firstAt = UtcMillis {*first};
        if (const auto last = query.optionalInt64(8))
            series.lastAt = UtcMillis {*last};
        series.min = optionalReal(query, 9);
        series.max = optionalReal(query, 10);
        result << series;
    }
    return result;
}

QVector<MetricPoint> MetricRepository::points(qint64 seriesId, UtcMillis from, UtcMillis to)
{
    Statement query = m_db.prepare("SELECT ts, value FROM metric_points WHERE series_id = ?1 AND ts BETWEEN ?2 AND ?3"
                                   " ORDER BY ts");
    query.bind(1, seriesId).bind(2, from.value).bind(3, to.value);
    QVector<MetricPoint> result;
    while (query.step()) {
        const double value = query.isNull(1) ? std::numeric_limits<double>::quiet_NaN() : query.real(1);
        result << MetricPoint {query.int64(0), value};
    }
    return result;
}

QVector<MetricPoint> MetricRepository::bucketMeans(qint64 seriesId, UtcMillis from, UtcMillis to, qint64 bucketMs)
{
    if (bucketMs <= 0)
        throw StoreError(QStringLiteral("metric buckets must be longer than 0 ms"));
    Statement query = m_db.prepare("SELECT (ts - ?2) / ?4, AVG(value) FROM metric_points"
                                   " WHERE series_id = ?1 AND ts BETWEEN ?2 AND ?3 GROUP BY 1 ORDER BY 1");
    query.bind(1, seriesId).bind(2, from.value).bind(3, to.value).bind(4, bucketMs);
    QVector<MetricPoint> result;
    while (query.step()) {
        const double mean = query.isNull(1) ? std::numeric_limits<double>::quiet_NaN() : query.real(1);
        result << MetricPoint {from.value + query.int64(0) * bucketMs, mean};
    }
    return result;
}

} // namespace debrief
