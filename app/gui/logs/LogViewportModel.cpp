// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogViewportModel.h"

#include "LogTableModel.h"

#include <algorithm>

namespace debrief {

LogViewportModel::LogViewportModel(LogTableModel* source, QObject* parent)
    : QAbstractTableModel(parent)
    , m_source(source)
{
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, &LogViewportModel::beginResetModel);
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        m_first = 0;
        m_rows = wantedRows();
        endResetModel();
    });
    connect(source, &QAbstractItemModel::rowsInserted, this, &LogViewportModel::onSourceRowsChanged);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &LogViewportModel::onSourceRowsChanged);
    connect(source, &QAbstractItemModel::dataChanged, this, &LogViewportModel::onSourceDataChanged);
}

void LogViewportModel::setFirstRow(int row)
{
    const int first = std::clamp(row, 0, std::max(0, m_source->rowCount() - 1));
    if (first == m_first)
        return;
    m_first = first;
    updateRows();
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1));
}

void LogViewportModel::setVisibleRows(int rows)
{
    m_visible = std::max(rows, 0);
    updateRows();
}

int LogViewportModel::wantedRows() const
{
    return std::clamp(m_source->rowCount() - m_first, 0, m_visible);
}

void LogViewportModel::updateRows()
{
    const int wanted = wantedRows();
    if (wanted > m_rows) {
        beginInsertRows({}, m_rows, wanted - 1);
        m_rows = wanted;
        endInsertRows();
    } else if (wanted < m_rows) {
        beginRemoveRows({}, wanted, m_rows - 1);
        m_rows = wanted;
        endRemoveRows();
    }
}

void LogViewportModel::onSourceRowsChanged()
{
    if (m_first >= m_source->rowCount())
        m_first = std::max(0, m_source->rowCount() - 1);
    updateRows();
}

void LogViewportModel::onSourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                           const QList<int>& roles)
{
    const int first = std::max(topLeft.row(), m_first) - m_first;
    const int last = std::min(bottomRight.row(), m_first + m_rows - 1) - m_first;
    if (first <= last)
        Q_EMIT dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()), roles);
}

int LogViewportModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int LogViewportModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_source->columnCount();
}

QVariant LogViewportModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return m_source->data(m_source->index(m_first + index.row(), index.column()), role);
}

QVariant LogViewportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_source->headerData(section, orientation, role);
}

} // namespace debrief
