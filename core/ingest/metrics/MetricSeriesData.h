// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPair>
#include <QString>
#include <QVector>
#include <QtGlobal>

namespace debrief {

// One sample of a series: UTC milliseconds and a value. NaN marks a gap (a "NaN" or null in the
// source): kept, so that a chart shows the hole instead of a line across it.
struct MetricPoint
{
    qint64 at = 0;
    double value = 0.0;
};

// A series as a parser produces it: its name, its labels sorted by key, a unit when the source
// says one ("ms", "%", "bytes"), and its points in the order of the source (the store sorts
// them and resolves duplicate timestamps).
struct MetricSeriesData
{
    QString name;
    QVector<QPair<QString, QString>> labels; // sorted by key, keys unique
    QString unit;
    QVector<MetricPoint> points;
};

// Sorts labels by key and drops later duplicates of a key, the canonical form series are
// compared and stored in.
QVector<QPair<QString, QString>> canonicalLabels(QVector<QPair<QString, QString>> labels);
// "key=value,key2=value2" of canonical labels, as stored in metric_series.labels; ',' '=' and '\'
// inside keys and values are escaped with a backslash.
QString labelsText(const QVector<QPair<QString, QString>>& labels);

} // namespace debrief
