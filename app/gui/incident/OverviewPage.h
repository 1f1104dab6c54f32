// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EvidenceMetrics.h"
#include "Finding.h"
#include "Incident.h"
#include "IncidentMetrics.h"
#include "IncidentPage.h"
#include "SuggestedEvent.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QTableView;

namespace debrief {

class ChartDataLoader;
class IncidentView;
class MetricTile;

// The first page of an incident: title and status line, the derived durations as large tiles
// (time to detect, identify, mitigate, resolve and the total) each with what the evidence says
// beside the stated value, the stated facts (date, start and end in UTC, severity, status, time
// zone, impact, summary) and the linter's findings with their severities. A finding is activated
// by click or Enter and handed on (findingActivated) for the incident view to go to the place it
// names. It shows values computed by core (IncidentMetrics, EvidenceMetrics, PostmortemLinter);
// the evidence is read from the store on a ChartDataLoader's worker, never on the GUI thread. It
// computes nothing itself and edits nothing.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    // Evidence and statement may differ by this much before the tile calls it a disagreement:
    // timelines are written to the minute from memory, evidence is bucketed by the minute.
    static constexpr int kAgreementToleranceMinutes = 5;

    explicit OverviewPage(QWidget* parent = nullptr);

    // An empty store path means no evidence: every tile says so.
    // The same incident again (an edit) sets the evidence already read against it, without reading.
    void setIncident(const Incident& incident, const IncidentMetrics& metrics, const QVector<LintFinding>& findings,
                     const QString& storePath = {});
    // After an import into the incident shown: its evidence is read again.
    void reloadEvidence();
    QListWidget* findingsList() const { return m_findings; }
    MetricTile* detectTile() const { return m_detect; }
    MetricTile* mitigateTile() const { return m_mitigate; }
    MetricTile* resolveTile() const { return m_resolve; }
    MetricTile* durationTile() const { return m_duration; }
    ChartDataLoader* loader() const { return m_loader; }

Q_SIGNALS:
    void findingActivated(const debrief::LintFinding& finding);
    // The "Edit details…" button: whoever holds the editor opens the dialog.
    void editDetailsRequested();

private:
    QWidget* createHeader();
    QWidget* createTiles();
    QWidget* createDetails();
    QWidget* createFindings();
    void showFacts(const Incident& incident);
    void showMetrics(const Incident& incident, const IncidentMetrics& metrics);
    void loadEvidence(const QString& storePath);
    void showEvidence(const QVector<SuggestedEvent>& suggestions);
    void showEvidenceText(const QString& text);
    static void showEvidenceOn(MetricTile* tile, std::optional<int> stated, std::optional<int> measured,
                               std::optional<UtcMillis> start, std::optional<UtcMillis> end);
    void showFindings(const QVector<LintFinding>& findings);
    void activateFinding(QListWidgetItem* item);
    static QString findingWhere(const LintFinding& finding);
    static QString subtitle(const Incident& incident);
    static QString durationText(const Incident& incident);
    static QLabel* createTextLabel(QWidget* parent);
    static QLabel* createHeading(const QString& text, QWidget* parent);

    Incident m_incident;
    IncidentMetrics m_metrics;
    QVector<LintFinding> m_shownFindings; // in list order
    ChartDataLoader* m_loader = nullptr;
    quint64 m_evidenceChannel = 0;
    QVector<SuggestedEvent> m_evidence; // what the worker answered for the incident shown
    bool m_evidenceKnown = false;
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
