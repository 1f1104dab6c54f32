// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineModel.h"

#include "DisplayText.h"
#include "KindStyle.h"

#include <QDateTime>
#include <QFont>
#include <QTimeZone>
#include <algorithm>

namespace debrief {

TimelineModel::TimelineModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_timeFormat(QStringLiteral("HH:mm"))
{ }

void TimelineModel::setEvents(const QVector<TimelineEvent>& events)
{
    const auto sameRows = std::equal(events.begin(), events.end(), m_events.begin(), m_events.end(),
                                     [](const TimelineEvent& a, const TimelineEvent& b) { return a.id == b.id; });
    if (sameRows && !events.isEmpty()) {
        // An edit of one entry: update in place, so that the selection and scrolling stay.
        m_events = events;
        chooseTimeFormat();
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
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
    case Qt::EditRole:
        return editValue(event, column);
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

Qt::ItemFlags TimelineModel::flags(const QModelIndex& index) const
{
    return QAbstractTableModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

bool TimelineModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const TimelineEvent& before = m_events[index.row()];
    const std::optional<TimelineEvent> after = edited(before, index.column(), value);
    if (!after || *after == before)
        return false;
    Q_EMIT editRequested(before, *after);
    return true;
}

QVariant TimelineModel::editValue(const TimelineEvent& event, int column) const
{
    switch (column) {
    case TimeColumn:
        return event.at ? event.at->toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
    case KindColumn:
        return int(event.kind);
    case TextColumn:
        return event.text;
    default:
        return {};
    }
}

// The entry with the edit applied; none when the input cannot be one (a time that is not a time,
// an emptied text): the editor closes and nothing changes.
std::optional<TimelineEvent> TimelineModel::edited(TimelineEvent event, int column, const QVariant& value) const
{
    switch (column) {
    case TimeColumn: {
        const QString text = value.toString().trimmed();
        if (text.isEmpty()) {
            event.at.reset();
            event.timeText.clear();
            return event;
        }
        const std::optional<UtcMillis> at = parseTime(text, dayOf(event));
        if (!at)
            return std::nullopt;
        event.at = at;
        // What the user typed is now the time "as written", as the importer keeps the document's.
        event.timeText = text + QStringLiteral(" (UTC)");
        return event;
    }
    case KindColumn:
        if (const int kind = value.toInt(); kind >= int(TimelineKind::Detection) && kind <= int(TimelineKind::Note))
            event.kind = TimelineKind(kind);
        return event;
    case TextColumn:
        if (value.toString().trimmed().isEmpty())
            return std::nullopt;
        event.text = value.toString().trimmed();
        return event;
    default:
        return std::nullopt;
    }
}

QDate TimelineModel::dayOf(const TimelineEvent& event) const
{
    if (event.at)
        return event.at->toDateTime().date();
    for (const TimelineEvent& other : m_events) {
        if (other.at)
            return other.at->toDateTime().date();
    }
    return m_defaultDate.isValid() ? m_defaultDate : QDate::currentDate();
}

std::optional<UtcMillis> TimelineModel::parseTime(const QString& text, const QDate& day)
{
    const QString t = text.trimmed();
    for (const QString& format : {QStringLiteral("yyyy-MM-dd HH:mm:ss"), QStringLiteral("yyyy-MM-dd HH:mm"),
                                  QStringLiteral("yyyy-MM-ddTHH:mm:ss"), QStringLiteral("yyyy-MM-ddTHH:mm")}) {
        const QDateTime dt = QDateTime::fromString(t, format);
        if (dt.isValid())
            return UtcMillis::fromDateTime(QDateTime(dt.date(), dt.time(), QTimeZone::utc()));
    }
    for (const QString& format : {QStringLiteral("H:mm:ss"), QStringLiteral("H:mm")}) {
        const QTime time = QTime::fromString(t, format);
        if (time.isValid() && day.isValid())
            return UtcMillis::fromDateTime(QDateTime(day, time, QTimeZone::utc()));
    }
    return std::nullopt;
}

} // namespace debrief
