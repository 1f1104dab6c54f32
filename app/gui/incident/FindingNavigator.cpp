// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindingNavigator.h"

#include "ActionItemsModel.h"
#include "ActionItemsPage.h"
#include "IncidentView.h"
#include "TimelineModel.h"
#include "TimelinePage.h"

#include <QComboBox>
#include <QTableView>

namespace debrief {

IncidentPage FindingNavigator::pageFor(const LintFinding& finding, const Incident& incident)
{
    if (const std::optional<IncidentPage> page = pageForRule(finding.rule))
        return *page;
    return pageForSection(finding.section, incident).value_or(IncidentPage::Overview);
}

void FindingNavigator::reveal(const LintFinding& finding, IncidentView& view)
{
    const Incident& incident = view.incident();
    const IncidentPage page = pageFor(finding, incident);
    view.showPage(page);
    if (page == IncidentPage::Timeline) {
        selectRow(view.timelinePage()->view(), TimelineModel::EventIdRole, timelineEventAt(incident, finding.line));
    } else if (page == IncidentPage::Actions) {
        ActionItemsPage* actions = view.actionItemsPage();
        const qint64 id = actionItemAt(incident, finding.line);
        // The item may be hidden by the page's filter ("overdue items"): show all and try again.
        if (!selectRow(actions->view(), ActionItemsModel::ActionItemIdRole, id) && id != 0) {
            actions->showChooser()->setCurrentIndex(0);
            selectRow(actions->view(), ActionItemsModel::ActionItemIdRole, id);
        }
    }
}

std::optional<IncidentPage> FindingNavigator::pageForRule(const QString& rule)
{
    // The rules of PostmortemLinter that point at one page whatever the section is called.
    if (rule == QLatin1String("untimed-entry") || rule == QLatin1String("timeline-out-of-order")
        || rule == QLatin1String("no-timezone"))
        return IncidentPage::Timeline;
    if (rule == QLatin1String("conflicting-root-causes") || rule == QLatin1String("resolution-contradicts-timeline"))
        return IncidentPage::RootCause;
    if (rule == QLatin1String("action-item-no-owner") || rule == QLatin1String("action-item-no-due"))
        return IncidentPage::Actions;
    return std::nullopt;
}

std::optional<IncidentPage> FindingNavigator::pageForSection(const QString& section, const Incident& incident)
{
    if (section.trimmed().isEmpty())
        return std::nullopt;
    for (const DocumentSection& s : incident.sections) {
        if (s.heading.trimmed().compare(section.trimmed(), Qt::CaseInsensitive) != 0)
            continue;
        switch (s.role) {
        case SectionRole::Timeline:
            return IncidentPage::Timeline;
        case SectionRole::RootCause:
        case SectionRole::Resolution:
        case SectionRole::Measures:
            return IncidentPage::RootCause;
        case SectionRole::ActionItems:
            return IncidentPage::Actions;
        default:
            return std::nullopt;
        }
    }
    return std::nullopt;
}

qint64 FindingNavigator::timelineEventAt(const Incident& incident, int line)
{
    for (const TimelineEvent& event : incident.timeline) {
        if (line > 0 && event.sourceLine == line)
            return event.id;
    }
    return 0;
}

qint64 FindingNavigator::actionItemAt(const Incident& incident, int line)
{
    for (const ActionItem& item : incident.actionItems) {
        if (line > 0 && item.sourceLine == line)
            return item.id;
    }
    return 0;
}

bool FindingNavigator::selectRow(QTableView* view, int idRole, qint64 id)
{
    // Id 0 is an entry not yet stored: it names no row for certain.
    if (!view || !view->model() || id == 0)
        return false;
    const QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(idRole).toLongLong() != id)
            continue;
        view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->scrollTo(index);
        view->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return false;
}

} // namespace debrief
