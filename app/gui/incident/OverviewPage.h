// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"
#include "Incident.h"
#include "IncidentMetrics.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;

namespace debrief {

class MetricTile;

// The first page of an incident: title and status line, the derived durations as large tiles
// (time to detect, identify, mitigate, resolve and the total), the stated facts (date, start and
// end in UTC, severity, status, time zone, impact, summary) and the linter's findings with their
// severities. It shows values computed by core (IncidentMetrics, PostmortemLinter); it computes
// nothing itself and edits nothing.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(QWidget* parent = nullptr);

    void setIncident(const Incident& incident, const IncidentMetrics& metrics, const QVector<LintFinding>& findings);
    QListWidget* findingsList() const { return m_findings; }

private:
    QWidget* createHeader();
    QWidget* createTiles();
    QWidget* createDetails();
    QWidget* createFindings();
    void showFacts(const Incident& incident);
    void showMetrics(const Incident& incident, const IncidentMetrics& metrics);
    void showFindings(const QVector<LintFinding>& findings);
    static QString subtitle(const Incident& incident);
    static QString durationText(const Incident& incident);
    static QLabel* createTextLabel(QWidget* parent);
    static QLabel* createHeading(const QString& text, QWidget* parent);

    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    MetricTile* m_detect = nullptr;
    MetricTile* m_identify = nullptr;
    MetricTile* m_mitigate = nullptr;
    MetricTile* m_resolve = nullptr;
    MetricTile* m_duration = nullptr;
    QLabel* m_date = nullptr;
    QLabel* m_started = nullptr;
    QLabel* m_ended = nullptr;
    QLabel* m_severity = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_timezone = nullptr;
    QLabel* m_impact = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_findingsHeading = nullptr;
    QListWidget* m_findings = nullptr;
};

} // namespace debrief
