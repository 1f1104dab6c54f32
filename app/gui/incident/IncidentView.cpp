// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentView.h"

#include "ActionItemsPage.h"
#include "IncidentMetrics.h"
#include "OverviewPage.h"
#include "PlaceholderPage.h"
#include "PostmortemLinter.h"
#include "RootCausePage.h"
#include "TimelinePage.h"

namespace debrief {

IncidentView::IncidentView(QWidget* parent)
    : QTabWidget(parent)
    , m_overview(new OverviewPage)
    , m_timeline(new TimelinePage)
    , m_rootCause(new RootCausePage)
    , m_actions(new ActionItemsPage)
{
    setAccessibleName(tr("Incident"));
    setDocumentMode(true);
    // Tab order is the IncidentPage order: showPage() relies on it.
    addPage(IncidentPage::Overview, m_overview);
    addPage(IncidentPage::Timeline, m_timeline);
    addPage(IncidentPage::RootCause, m_rootCause);
    addPage(IncidentPage::Actions, m_actions);
    addPage(IncidentPage::Logs,
            new PlaceholderPage(tr("Logs are not available yet"),
                                tr("The log viewer, with search across the imported log files and the lines "
                                   "around each timeline entry, arrives in a later version of Debrief.")));
    addPage(IncidentPage::Metrics,
            new PlaceholderPage(tr("Metrics are not available yet"),
                                tr("Charts of the imported metric series, with the timeline drawn over them, "
                                   "arrive in a later version of Debrief.")));
}

void IncidentView::setIncident(const Incident& incident, const QDate& today)
{
    m_incident = incident;
    const QVector<LintFinding> findings = PostmortemLinter::lint(incident);
    m_overview->setIncident(incident, IncidentMetrics::compute(incident), findings);
    m_timeline->setEvents(incident.timeline);
    m_rootCause->setIncident(incident, findings);
    m_actions->setItems(incident.actionItems, today);
}

void IncidentView::showPage(IncidentPage page)
{
    setCurrentIndex(int(page));
}

IncidentPage IncidentView::currentPage() const
{
    return IncidentPage(qBound(0, currentIndex(), int(IncidentPage::Metrics)));
}

void IncidentView::addPage(IncidentPage page, QWidget* widget)
{
    addTab(widget, incidentPageTitle(page));
}

} // namespace debrief
