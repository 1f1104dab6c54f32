// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MetricRecords.h"

#include <QAbstractTableModel>
#include <QVector>

namespace debrief {

// An incident's metric series as a table: name, labels, unit, point count and time range (UTC),
// as `debrief-cli series` lists them. Read-only; the Metrics page filters it through a proxy.
class MetricSeriesListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        LabelsColumn,
        UnitColumn,
        PointsColumn,
        RangeColumn,
        ColumnCount,
    };
    enum Role
    {
        SeriesIdRole = Qt::UserRole + 1,
    };

    explicit MetricSeriesListModel(QObject* parent = nullptr);

    void setSeries(const QVector<MetricSeriesSummary>& series);
    const QVector<MetricSeriesSummary>& series() const { return m_series; }
    const MetricSeriesSummary& summary(int row) const { return m_series.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const MetricSeriesSummary& series, int column) const;
    static QString rangeText(const MetricSeriesSummary& series);
    static QString toolTip(const MetricSeriesSummary& series);

    QVector<MetricSeriesSummary> m_series;
};

} // namespace debrief
