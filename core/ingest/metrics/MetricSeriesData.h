// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MetricPoint.h"

#include <QPair>
#include <QString>
#include <QVector>
#include <QtGlobal>

namespace debrief {

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
