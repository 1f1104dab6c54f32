// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentListModel.h"

#include "DisplayText.h"
#include "KindStyle.h"

namespace debrief {

IncidentListModel::IncidentListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void IncidentListModel::setIncidents(const QVector<IncidentSummary>& incidents)
{
    beginResetModel();
    m_incidents = incidents;
    endResetModel();
}

IncidentId IncidentListModel::incidentAt(int row) const
{
    return row >= 0 && row < m_incidents.size() ? m_incidents[row].id : IncidentId {};
}

int IncidentListModel::rowOf(IncidentId id) const
{
    for (int row = 0; row < m_incidents.size(); ++row) {
        if (m_incidents[row].id == id)
            return row;
    }
    return -1;
}

int IncidentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_incidents.size());
}

int IncidentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IncidentSummary& incident = m_incidents[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(incident, column);
    case Qt::ToolTipRole:
        return column == ActionsColumn ? actionsToolTip(incident) : displayText(incident, column);
    case Qt::ForegroundRole:
        if (column == ActionsColumn && incident.overdueActionItems > 0)
            return KindStyle::attentionColor();
        return {};
    case Qt::TextAlignmentRole:
        if (column == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IncidentIdRole:
        return incident.id.value;
    case SortRole:
        return sortValue(incident, column);
    default:
        return {};
    }
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Incident");
    case DateColumn:
        return tr("Date");
    case DurationColumn:
        return tr("Duration");
    case SeverityColumn:
        return tr("Severity");
    case StatusColumn:
        return tr("Status");
    case ActionsColumn:
        return tr("Action items");
    default:
        return {};
    }
}

QString IncidentListModel::displayText(const IncidentSummary& incident, int column) const
{
    switch (column) {
    case TitleColumn:
        return incident.title.isEmpty() ? tr("(untitled incident)") : incident.title;
    case DateColumn:
        // The document's date when it states one, else the day the incident started.
        if (incident.date)
            return DisplayText::date(incident.date);
        return incident.startedAt ? DisplayText::date(incident.startedAt->toDateTime().date())
                                  : DisplayText::notStated();
    case DurationColumn:
        return DisplayText::duration(durationMinutes(incident));
    case SeverityColumn:
        return incident.severity.isEmpty() ? DisplayText::notStated() : incident.severity;
    case StatusColumn:
        return DisplayText::incidentStatus(incident.status);
    case ActionsColumn:
        return actionsText(incident);
    default:
        return {};
    }
}

QVariant IncidentListModel::sortValue(const IncidentSummary& incident, int column) const
{
    switch (column) {
    case DateColumn:
        return incident.date ? QVariant(*incident.date)
                             : (incident.startedAt ? QVariant(incident.startedAt->toDateTime().date()) : QVariant());
    case DurationColumn:
        return durationMinutes(incident).value_or(-1);
    case ActionsColumn:
        // Overdue work first when sorting descending: that is what a review meeting asks about.
        return incident.overdueActionItems * 10000 + incident.openActionItems;
    default:
        return displayText(incident, column);
    }
}

QString IncidentListModel::actionsText(const IncidentSummary& incident) const
{
    if (incident.actionItems == 0)
        return DisplayText::notStated();
    if (incident.openActionItems == 0)
        return tr("all done");
    if (incident.overdueActionItems == 0)
        return tr("%n open", nullptr, incident.openActionItems);
    return tr("%1 open · %2 overdue").arg(incident.openActionItems).arg(incident.overdueActionItems);
}

QString IncidentListModel::actionsToolTip(const IncidentSummary& incident) const
{
    return tr("%1 of %2 action items open, %3 overdue")
        .arg(incident.openActionItems)
        .arg(incident.actionItems)
        .arg(incident.overdueActionItems);
}

std::optional<int> IncidentListModel::durationMinutes(const IncidentSummary& incident)
{
    if (incident.startedAt && incident.endedAt)
        return int(incident.startedAt->minutesUntil(*incident.endedAt));
    return std::nullopt;
}

} // namespace debrief
