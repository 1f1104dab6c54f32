// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TimelineEvent.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QVector>

namespace debrief {

// An incident's timeline as a table in document order: the time in UTC (or the label of an
// untimed entry, in italics), the kind with its colour, and the text. Times drop the date when
// every entry falls on one UTC day, so that a projector shows "19:00" rather than a wall of
// dates. Editable like ActionItemsModel: an edit asks for the change (editRequested) and the
// stored result comes back through setEvents(). The time is typed as "19:05", "19:05:30" or
// "2024-08-10 19:05" in UTC (a time alone falls on the entry's day, else the timeline's); emptied,
// the entry becomes untimed.
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
    // The day a typed time alone falls on when the entry has none yet (the incident's date).
    void setDefaultDate(const QDate& date) { m_defaultDate = date; }
    // A typed time (see above) on `day`; none when the text is not a time.
    static std::optional<UtcMillis> parseTime(const QString& text, const QDate& day);
    const QVector<TimelineEvent>& events() const { return m_events; }
    int untimedCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void editRequested(const debrief::TimelineEvent& before, const debrief::TimelineEvent& after);

private:
    QVariant display(const TimelineEvent& event, int column) const;
    QVariant toolTip(const TimelineEvent& event, int column) const;
    QString timeText(const TimelineEvent& event) const;
    void chooseTimeFormat();
    QVariant editValue(const TimelineEvent& event, int column) const;
    std::optional<TimelineEvent> edited(TimelineEvent event, int column, const QVariant& value) const;
    QDate dayOf(const TimelineEvent& event) const;

    QVector<TimelineEvent> m_events;
    QString m_timeFormat;
    QDate m_defaultDate;
};

} // namespace debrief
