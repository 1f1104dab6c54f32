// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"
#include "Statement.h"

#include <QVector>
#include <optional>

namespace debrief {

class Database;

// How many entries of one level fall into one bucket of time.
struct LogLevelBucket
{
    qint64 start = 0; // UTC ms of the bucket's start
    int level = 2; // LogLevel value, 0 trace .. 6 critical
    qint64 count = 0;

    bool operator==(const LogLevelBucket&) const = default;
};

// Counts an incident's log entries per level and per bucket of time: the raw material of the
// log-rate histogram a chart draws and of the suggestions. Walks the (incident, time, level)
// index only, never the entries themselves. Entries without a time are not counted.
class LogLevelHistogram
{
public:
    explicit LogLevelHistogram(Database& db);

    // The non-empty buckets of [from, to), by level then time; buckets start at from + k * bucketMs.
    QVector<LogLevelBucket> count(IncidentId incident, UtcMillis from, UtcMillis to, qint64 bucketMs);
    // The first and last time of the incident's timed entries, from the sources' totals; none
    // when it has no timed entry.
    std::optional<std::pair<UtcMillis, UtcMillis>> timeRange(IncidentId incident);
    // SQLite's query plan of count() (tests check that it walks the level index only).
    QString plan(IncidentId incident, UtcMillis from, UtcMillis to, qint64 bucketMs);

private:
    Statement prepare(const QByteArray& prefix, IncidentId incident, UtcMillis from, UtcMillis to, qint64 bucketMs);

    Database& m_db;
};

} // namespace debrief
