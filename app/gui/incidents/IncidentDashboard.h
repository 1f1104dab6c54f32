// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"

#include <QWidget>

class QModelIndex;
class QSplitter;
class QTableView;

namespace debrief {

class IncidentListModel;
class ResolveTimeChart;

// The incident list as a dashboard: the main window's list of incidents (title, date, duration,
// severity, status, open and overdue action items) above a small chart of the time to resolve
// across incidents (ResolveTimeChart). The list stays the main window's: it owns the model, the
// sorting and what choosing a row does; the dashboard only lays the two out, shows the duration
// column, keeps the chart's highlight on the current row and turns a click on a bar into choosing
// that row.
class IncidentDashboard : public QWidget
{
    Q_OBJECT

public:
    // `list` shows `model` (directly or through a proxy) and is reparented into the dashboard.
    IncidentDashboard(QTableView* list, IncidentListModel* model, QWidget* parent = nullptr);

    QTableView* list() const { return m_list; }
    ResolveTimeChart* chart() const { return m_chart; }

    // Makes the list's row of `id` current, as if the user had chosen it; false when not listed.
    bool selectIncident(IncidentId id);

private:
    void followCurrentRow(const QModelIndex& current);

    QTableView* m_list = nullptr;
    ResolveTimeChart* m_chart = nullptr;
    QSplitter* m_splitter = nullptr;
};

} // namespace debrief
