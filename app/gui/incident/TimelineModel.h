// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TimelineEvent.h"

#include <QAbstractTableModel>
#include <QVector>

namespace debrief {

// An incident's timeline as a table in document order: the time in UTC (or the label of an
// untimed entry, in italics), the kind with its colour, and the text. Times drop the date when
// every entry falls on one UTC day, so that a projector shows "19:00" rather than a wall of
// dates. Read-only for now; editing arrives with the undo commands.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        KindColumn,
        TextColumn,
        ColumnCount,
    };
    enum Role
    {
        // The kind's stable name ("red_herring"), for tests and filters.
        KindNameRole = Qt::UserRole + 1,
        EventIdRole,
    };

    explicit TimelineModel(QObject* parent = nullptr);

    void setEvents(const QVector<TimelineEvent>& events);
    const QVector<TimelineEvent>& events() const { return m_events; }
    int untimedCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const TimelineEvent& event, int column) const;
    QVariant toolTip(const TimelineEvent& event, int column) const;
    QString timeText(const TimelineEvent& event) const;
    void chooseTimeFormat();

    QVector<TimelineEvent> m_events;
    QString m_timeFormat;
};

} // namespace debrief
