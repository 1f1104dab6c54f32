// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace debrief {

class LogTableModel;

// The rows of a LogTableModel that fit on screen, from a first row on: what the log table's
// QTableView is given instead of the whole model. Qt's item views keep a few bytes per row (the
// vertical header's sections: 80 MB for ten million rows); a screenful keeps that constant, and
// LogTableView scrolls by moving the first row. Rows, roles and headers are the source's.
class LogViewportModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit LogViewportModel(LogTableModel* source, QObject* parent = nullptr);

    LogTableModel* source() const { return m_source; }
    // The source row shown first, clamped to the source's rows.
    void setFirstRow(int row);
    int firstRow() const { return m_first; }
    // How many rows fit in the view (the last may show in part).
    void setVisibleRows(int rows);
    int sourceRow(int row) const { return m_first + row; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int wantedRows() const;
    void updateRows();
    void onSourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);
    void onSourceRowsChanged();

    LogTableModel* m_source;
    int m_first = 0;
    int m_visible = 0;
    int m_rows = 0;
};

} // namespace debrief
