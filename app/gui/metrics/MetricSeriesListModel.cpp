// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricSeriesListModel.h"

#include <QLocale>

namespace debrief {

MetricSeriesListModel::MetricSeriesListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void MetricSeriesListModel::setSeries(const QVector<MetricSeriesSummary>& series)
{
    beginResetModel();
    m_series = series;
    endResetModel();
}

int MetricSeriesListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_series.size());
}

int MetricSeriesListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetricSeriesListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MetricSeriesSummary& series = m_series.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(series, index.column());
    case Qt::ToolTipRole:
        return toolTip(series);
    case Qt::TextAlignmentRole:
        return index.column() == PointsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SeriesIdRole:
        return series.id;
    default:
        break;
    }
    return {};
}

QVariant MetricSeriesListModel::display(const MetricSeriesSummary& series, int column) const
{
    switch (column) {
    case NameColumn:
        return series.name;
    case LabelsColumn:
        return series.labels;
    case UnitColumn:
        return series.unit;
    case PointsColumn:
        return QLocale().toString(series.points);
    case RangeColumn:
        return rangeText(series);
    default:
        break;
    }
    return {};
}

QString MetricSeriesListModel::toolTip(const MetricSeriesSummary& series)
{
    QStringList lines {series.labels.isEmpty() ? series.name
                                               : series.name + QLatin1Char('{') + series.labels + QLatin1Char('}')};
    if (!series.unit.isEmpty())
        lines << tr("Unit: %1").arg(series.unit);
    lines << tr("Points: %1").arg(QLocale().toString(series.points));
    if (series.min && series.max)
        lines << tr("Values: %1 to %2").arg(QLocale().toString(*series.min), QLocale().toString(*series.max));
    lines << tr("UTC: %1 to %2")
                 .arg(series.firstAt ? series.firstAt->toIso() : QString(),
                      series.lastAt ? series.lastAt->toIso() : QString());
    return lines.join(QLatin1Char('\n'));
}

QString MetricSeriesListModel::rangeText(const MetricSeriesSummary& series)
{
    if (!series.firstAt || !series.lastAt)
        return {};
    // Within one day the times say enough (the tooltip has the date); the column stays narrow.
    const bool oneDay = series.firstAt->toDateTime().date() == series.lastAt->toDateTime().date();
    const QString format = oneDay ? QStringLiteral("HH:mm") : QStringLiteral("MMM d HH:mm");
    const auto text = [&format](UtcMillis at) { return at.toDateTime().toString(format); };
    return text(*series.firstAt) + QStringLiteral("–") + text(*series.lastAt);
}

QVariant MetricSeriesListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Series");
    case LabelsColumn:
        return tr("Labels");
    case UnitColumn:
        return tr("Unit");
    case PointsColumn:
        return tr("Points");
    case RangeColumn:
        return tr("Range (UTC)");
    default:
        break;
    }
    return {};
}

} // namespace debrief
