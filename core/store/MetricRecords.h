// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"
#include "MetricPoint.h"

#include <QString>
#include <QtGlobal>
#include <optional>

namespace debrief {

// The store's records of metric sources and series; points are the model's MetricPoint.

// One imported metrics file: the metric_sources row.
struct MetricSourceRecord
{
    qint64 id = 0;
    IncidentId incident;
    QString path;
    QString format;
    QString contentHash;
    UtcMillis importedAt;

    bool operator==(const MetricSourceRecord&) const = default;
};

// A series with what `debrief-cli series` shows of it. The times and values are empty when the
// series has no points; min and max ignore gaps and are empty when every point is a gap.
struct MetricSeriesSummary
{
    qint64 id = 0;
    qint64 sourceId = 0; // the source that first brought the series
    QString name;
    QString labels; // "key=value,..." as labelsText() writes it
    QString unit;
    qint64 points = 0; // gaps included
    qint64 gaps = 0;
    std::optional<UtcMillis> firstAt;
    std::optional<UtcMillis> lastAt;
    std::optional<double> min;
    std::optional<double> max;
};

// What MetricRepository::insertSeries did.
struct MetricSeriesInsert
{
    qint64 id = 0;
    bool merged = false; // an earlier series of the incident had the same name and labels
};

} // namespace debrief
