// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineModel.h"

#include "DisplayText.h"
#include "KindStyle.h"

#include <QFont>
#include <algorithm>

namespace debrief {

TimelineModel::TimelineModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_timeFormat(QStringLiteral("HH:mm"))
{ }

void TimelineModel::setEvents(const QVector<TimelineEvent>& events)
{
    beginResetModel();
    m_events = events;
    chooseTimeFormat();
    endResetModel();
}

int TimelineModel::untimedCount() const
{
    return int(std::count_if(m_events.begin(), m_events.end(), [](const TimelineEvent& e) { return !e.at; }));
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEvent& event = m_events[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(event, column);
    case Qt::ToolTipRole:
        return toolTip(event, column);
    case Qt::DecorationRole:
        return column == KindColumn ? QVariant(KindStyle::kindIcon(event.kind)) : QVariant();
    case Qt::FontRole:
        if (column == TimeColumn && !event.at) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case KindNameRole:
        return timelineKindName(event.kind);
    case EventIdRole:
        return event.id;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time (UTC)");
    case KindColumn:
        return tr("Kind");
    case TextColumn:
        return tr("What happened");
    default:
        return {};
    }
}

QVariant TimelineModel::display(const TimelineEvent& event, int column) const
{
    switch (column) {
    case TimeColumn:
        return timeText(event);
    case KindColumn:
        return DisplayText::timelineKind(event.kind);
    case TextColumn:
        // An untimed entry shows its label in the time column; a timed one keeps it with the text.
        return event.at && !event.label.isEmpty() ? tr("%1: %2").arg(event.label, event.text) : event.text;
    default:
        return {};
    }
}

QVariant TimelineModel::toolTip(const TimelineEvent& event, int column) const
{
    if (column == TextColumn)
        return event.text;
    if (column == KindColumn)
        return DisplayText::timelineKind(event.kind);
    // The time as the document wrote it: the UTC conversion should be checkable against it.
    QStringList lines;
    if (event.at)
        lines << DisplayText::dateTimeUtc(event.at);
    if (!event.timeText.isEmpty())
        lines << tr("As written: %1").arg(event.timeText);
    if (event.sourceLine > 0)
        lines << tr("Line %1 of the postmortem").arg(event.sourceLine);
    return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
}

QString TimelineModel::timeText(const TimelineEvent& event) const
{
    if (!event.at)
        return event.label.isEmpty() ? tr("untimed") : event.label;
    return event.at->toDateTime().toString(m_timeFormat);
}

void TimelineModel::chooseTimeFormat()
{
    std::optional<QDate> day;
    bool oneDay = true;
    bool seconds = false;
    for (const TimelineEvent& event : m_events) {
        if (!event.at)
            continue;
        const QDateTime at = event.at->toDateTime();
        seconds = seconds || at.time().second() != 0;
        if (day && *day != at.date())
            oneDay = false;
        day = at.date();
    }
    QString format = seconds ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
    m_timeFormat = oneDay ? format : QStringLiteral("yyyy-MM-dd ") + format;
}

} // namespace debrief
