// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Incident.h"
#include "IncidentPage.h"

#include <QDate>
#include <QTabWidget>

namespace debrief {

class ActionItemsPage;
class OverviewPage;
class RootCausePage;
class TimelinePage;

// One incident, as tabs: Overview, Timeline, Root cause, Action items, and the Logs and Metrics
// pages that later issues fill in (placeholders for now). It asks core for the derived values
// (PostmortemLinter, IncidentMetrics) once per incident and hands each page what it shows. It
// never touches the store: the main window loads the incident and passes it in.
class IncidentView : public QTabWidget
{
    Q_OBJECT

public:
    explicit IncidentView(QWidget* parent = nullptr);

    void setIncident(const Incident& incident, const QDate& today);
    const Incident& incident() const { return m_incident; }

    void showPage(IncidentPage page);
    IncidentPage currentPage() const;

    OverviewPage* overviewPage() const { return m_overview; }
    TimelinePage* timelinePage() const { return m_timeline; }
    RootCausePage* rootCausePage() const { return m_rootCause; }
    ActionItemsPage* actionItemsPage() const { return m_actions; }

private:
    void addPage(IncidentPage page, QWidget* widget);

    Incident m_incident;
    OverviewPage* m_overview = nullptr;
    TimelinePage* m_timeline = nullptr;
    RootCausePage* m_rootCause = nullptr;
    ActionItemsPage* m_actions = nullptr;
};

} // namespace debrief
