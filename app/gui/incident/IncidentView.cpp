// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentView.h"

#include "ActionItemsPage.h"
#include "AppIcons.h"
#include "DocumentPage.h"
#include "FindingNavigator.h"
#include "IncidentDetailsDialog.h"
#include "IncidentEditor.h"
#include "IncidentMetrics.h"
#include "LogsPage.h"
#include "MetricsPage.h"
#include "OverviewPage.h"
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
    , m_logs(new LogsPage)
    , m_metrics(new MetricsPage)
    , m_document(new DocumentPage)
{
    setAccessibleName(tr("Incident"));
    setDocumentMode(true);
    // Tab order is the IncidentPage order: showPage() relies on it.
    addPage(IncidentPage::Overview, m_overview);
    addPage(IncidentPage::Timeline, m_timeline);
    addPage(IncidentPage::RootCause, m_rootCause);
    addPage(IncidentPage::Actions, m_actions);
    addPage(IncidentPage::Logs, m_logs);
    addPage(IncidentPage::Metrics, m_metrics);
    addPage(IncidentPage::Document, m_document);
    // An entry chosen in the timeline shows the logs of its moment, ready on the Logs tab.
    connect(m_timeline, &TimelinePage::timeSelected, m_logs, &LogsPage::showTime);
    // An entry or item chosen on its page selects the line it was read from, ready on the Document tab.
    connect(m_timeline, &TimelinePage::eventSelected, m_document,
            [this](qint64 id) { m_document->showItem(DocumentLineRole::TimelineEntry, id); });
    connect(m_actions, &ActionItemsPage::itemSelected, m_document,
            [this](qint64 id) { m_document->showItem(DocumentLineRole::ActionItem, id); });
    // A review finding chosen on the overview opens the page and the row it names.
    connect(m_overview, &OverviewPage::findingActivated, this,
            [this](const LintFinding& finding) { FindingNavigator::reveal(finding, *this); });
}

void IncidentView::setIncident(const Incident& incident, const QDate& today, const QString& storePath)
{
    // The same incident again is an edit, undone or redone: the evidence did not change, so the
    // logs, metrics and charts keep their state (queries, zoom) and only the timeline's entries and
    // markers follow.
    const bool sameEvidence = incident.id == m_incident.id && storePath == m_storePath && !storePath.isEmpty();
    m_incident = incident;
    m_storePath = storePath;
    if (!sameEvidence)
        m_documentVersion.reset();
    m_document->setDocument(m_documentVersion, incident);
    const QVector<LintFinding> findings = PostmortemLinter::lint(incident);
    m_overview->setIncident(incident, IncidentMetrics::compute(incident), findings, storePath);
    m_rootCause->setIncident(incident, findings);
    m_actions->setItems(incident.actionItems, today, incident.id);
    m_actions->setMeasures(incident.measures);
    if (sameEvidence) {
        m_timeline->setEvents(incident.timeline);
        // An accepted, rejected or undone suggestion, or an entry moved to its moment, changes
        // which suggestions are still open.
        m_timeline->reloadSuggestions();
    } else
        loadEvidencePages();
}

void IncidentView::setDocument(const std::optional<DocumentVersion>& document)
{
    m_documentVersion = document;
    m_document->setDocument(document, m_incident);
}

void IncidentView::reloadEvidence()
{
    loadEvidencePages();
    m_overview->reloadEvidence();
}

// The pages that read the evidence from the store on their workers (the overview reads its own
// in setIncident() when the incident is new to it).
void IncidentView::loadEvidencePages()
{
    m_timeline->setIncident(m_incident, m_storePath);
    m_metrics->setIncident(m_incident, m_storePath);
    m_logs->setStore(m_storePath, m_incident.id);
}

void IncidentView::setEditor(IncidentEditor* editor)
{
    m_actions->setEditor(editor);
    m_timeline->setEditor(editor);
    m_rootCause->setEditor(editor);
    m_document->setEditor(editor);
    m_editor = editor;
    connect(m_overview, &OverviewPage::editDetailsRequested, this, &IncidentView::editDetails, Qt::QueuedConnection);
    connect(m_timeline, &TimelinePage::suggestionAccepted, editor,
            [this, editor](const SuggestedEvent& suggestion) { editor->acceptSuggestion(m_incident, suggestion); });
    connect(m_timeline, &TimelinePage::suggestionRejected, editor, [this, editor](const SuggestedEvent& suggestion) {
        editor->rejectSuggestion(m_incident.id, suggestion);
    });
}

void IncidentView::editDetails()
{
    if (!m_editor || !m_incident.id.isValid())
        return;
    if (const std::optional<Incident> edited = IncidentDetailsDialog::edit(this, m_incident))
        m_editor->editDetails(m_incident, *edited);
}

void IncidentView::showPage(IncidentPage page)
{
    setCurrentIndex(int(page));
}

IncidentPage IncidentView::currentPage() const
{
    return IncidentPage(qBound(0, currentIndex(), int(kLastIncidentPage)));
}

namespace {
AppIcon pageIconId(IncidentPage page)
{
    switch (page) {
    case IncidentPage::Overview:
        return AppIcon::Overview;
    case IncidentPage::Timeline:
        return AppIcon::Timeline;
    case IncidentPage::RootCause:
        return AppIcon::RootCause;
    case IncidentPage::Actions:
        return AppIcon::ActionItems;
    case IncidentPage::Logs:
        return AppIcon::Logs;
    case IncidentPage::Metrics:
        return AppIcon::Metrics;
    case IncidentPage::Document:
        break;
    }
    return AppIcon::Document;
}
} // namespace

QIcon IncidentView::pageIcon(IncidentPage page)
{
    return AppIcons::get(pageIconId(page));
}

void IncidentView::addPage(IncidentPage page, QWidget* widget)
{
    addTab(widget, pageIcon(page), incidentPageTitle(page));
}

} // namespace debrief
