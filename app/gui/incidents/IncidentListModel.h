// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Incident.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QVector>

namespace debrief {

// The incidents of a store as a table for the main window's list: title, date, duration,
// severity, status and the open/overdue action items, from IncidentRepository::list. It holds
// summaries only, never whole incidents, so that a store with many incidents lists quickly. Not
// editable; the store is refreshed by setting the summaries again.
class IncidentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        DateColumn,
        DurationColumn,
        SeverityColumn,
        StatusColumn,
        ActionsColumn,
        ColumnCount,
    };
    enum Role
    {
        IncidentIdRole = Qt::UserRole + 1,
        // A value that sorts naturally (dates as dates, durations as minutes).
        SortRole,
    };

    explicit IncidentListModel(QObject* parent = nullptr);

    void setIncidents(const QVector<IncidentSummary>& incidents);
    const QVector<IncidentSummary>& incidents() const { return m_incidents; }
    IncidentId incidentAt(int row) const;
    // -1 when the incident is not listed.
    int rowOf(IncidentId id) const;
    // Minutes from start to end when both are known: the list's duration and the dashboard's bars.
    static std::optional<int> durationMinutes(const IncidentSummary& incident);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const IncidentSummary& incident, int column) const;
    QVariant sortValue(const IncidentSummary& incident, int column) const;
    QString actionsText(const IncidentSummary& incident) const;
    QString actionsToolTip(const IncidentSummary& incident) const;

    QVector<IncidentSummary> m_incidents;
};

} // namespace debrief
