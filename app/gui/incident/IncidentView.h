// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DocumentVersion.h"
#include "Incident.h"
#include "IncidentPage.h"

#include <QDate>
#include <QIcon>
#include <QTabWidget>

namespace debrief {

class ActionItemsPage;
class DocumentPage;
class IncidentEditor;
class LogsPage;
class MetricsPage;
class OverviewPage;
class RootCausePage;
class TimelinePage;

// One incident, as tabs: Overview, Timeline, Root cause, Action items, Logs, Metrics and Document. It asks
// core for the derived values (PostmortemLinter, IncidentMetrics) once per incident and hands each
// page what it shows. The main window loads the incident and passes it in with the store's path:
// the evidence pages (logs, metrics, charts) read the store through core on their own worker
// connections, so that a 10-million-line store never blocks the window.
class IncidentView : public QTabWidget
{
    Q_OBJECT

public:
    explicit IncidentView(QWidget* parent = nullptr);

    void setIncident(const Incident& incident, const QDate& today, const QString& storePath);
    // The document the incident was imported from (DocumentHistory::currentDocument), after
    // setIncident(); none for one written by hand. Edits to the same incident keep it.
    void setDocument(const std::optional<DocumentVersion>& document);
    const Incident& incident() const { return m_incident; }
    const QString& storePath() const { return m_storePath; }

    // After an import: the evidence pages read the store again.
    void reloadEvidence();
    // Where the pages send the user's edits (the main window's, one per store).
    void setEditor(IncidentEditor* editor);
    // Opens the details dialog for the incident shown; an accepted change is one undoable edit.
    void editDetails();
    void showPage(IncidentPage page);
    IncidentPage currentPage() const;
    // The page's icon, as its tab and the View menu show it.
    static QIcon pageIcon(IncidentPage page);

    OverviewPage* overviewPage() const { return m_overview; }
    TimelinePage* timelinePage() const { return m_timeline; }
    RootCausePage* rootCausePage() const { return m_rootCause; }
    ActionItemsPage* actionItemsPage() const { return m_actions; }
    LogsPage* logsPage() const { return m_logs; }
    MetricsPage* metricsPage() const { return m_metrics; }
    DocumentPage* documentPage() const { return m_document; }

private:
    void loadEvidencePages();
    void addPage(IncidentPage page, QWidget* widget);

    Incident m_incident;
    IncidentEditor* m_editor = nullptr;
    QString m_storePath;
    OverviewPage* m_overview = nullptr;
    TimelinePage* m_timeline = nullptr;
    RootCausePage* m_rootCause = nullptr;
    ActionItemsPage* m_actions = nullptr;
    LogsPage* m_logs = nullptr;
    MetricsPage* m_metrics = nullptr;
    DocumentPage* m_document = nullptr;
    std::optional<DocumentVersion> m_documentVersion;
};

} // namespace debrief
