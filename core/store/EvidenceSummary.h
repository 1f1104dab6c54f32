// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"

#include <QString>
#include <QVector>

#include <optional>

namespace debrief {

// One imported log file, as `show` lists it.
struct LogSourceSummary
{
    qint64 id = 0;
    QString path;
    QString format;
    qint64 entries = 0;
    qint64 unparsed = 0;
    std::optional<UtcMillis> firstAt;
    std::optional<UtcMillis> lastAt;
};

// How much evidence an incident has: its log sources and the counts of entries, series, points.
struct EvidenceSummary
{
    QVector<LogSourceSummary> logSources;
    qint64 logEntries = 0;
    qint64 metricSeries = 0;
    qint64 metricPoints = 0;
};

} // namespace debrief
