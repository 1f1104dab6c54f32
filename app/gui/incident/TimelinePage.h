// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EventMarker.h"
#include "Incident.h"
#include "MetricRecords.h"
#include "SuggestedEvent.h"
#include "TimelineEvent.h"

#include <QWidget>

class QLabel;
class QShowEvent;
class QTableView;
class QToolButton;

namespace debrief {

class ChartDataLoader;
class EvidenceChartView;
class IncidentEditor;
class LogRateFeeder;
class MetricSeriesFeeder;
class SuggestionPanel;
class TimeAxisSync;
class TimelineModel;

// The timeline tab: the entries in order (TimelineModel, kind by colour and icon) and the events
// suggested from the evidence on the left; on the right two charts on one shared UTC axis (the
// chosen metric series and the log-rate histogram), each with a marker per timed entry and the
// incident window shaded, zoomed and panned together. Selecting an entry highlights its moment on
// the charts and announces it (timeSelected) so that the Logs page can jump there. The evidence
// (charts, suggestions) is read when the page is first shown for an incident, not before. The panel asks
// only about the open suggestions (not in the timeline, not rejected). Accepting or rejecting one
// is only announced: the listener writes the timeline or the rejection. The entries edit in
// place (time, kind, text); Insert adds an entry after the selected one, Delete removes it and
// Ctrl+Up / Ctrl+Down move it, each through the IncidentEditor (stored at once, undoable).
class TimelinePage : public QWidget
{
    Q_OBJECT

public:
    // Series charted when no suggestion names any.
    static constexpr int kDefaultSeriesCount = 3;

    explicit TimelinePage(QWidget* parent = nullptr);

    // The entries only, without evidence (no store).
    void setEvents(const QVector<TimelineEvent>& events);
    // The entries and, read from the store on a worker, the charts and suggestions.
    void setIncident(const Incident& incident, const QString& storePath);
    // Asks the store again which suggestions are open (after an edit of the timeline or a review).
    void reloadSuggestions();
    // False until the page has been shown for its incident: the evidence is read then.
    bool evidenceRequested() const { return !m_evidencePending; }

    void setEditor(IncidentEditor* editor) { m_editor = editor; }
    void addEntry();
    void removeSelectedEntry();
    void moveSelectedEntry(int delta);
    // Which metric series the upper chart shows.
    void chooseSeries(const QVector<qint64>& seriesIds);

    TimelineModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    EvidenceChartView* metricChart() const { return m_metricChart; }
    EvidenceChartView* logRateChart() const { return m_logChart; }
    MetricSeriesFeeder* metricFeeder() const { return m_metricFeeder; }
    SuggestionPanel* suggestionPanel() const { return m_suggestions; }
    ChartDataLoader* loader() const { return m_loader; }

Q_SIGNALS:
    void timeSelected(debrief::UtcMillis at);
    void eventSelected(qint64 eventId);
    void suggestionAccepted(const debrief::SuggestedEvent& suggestion);
    void suggestionRejected(const debrief::SuggestedEvent& suggestion);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void loadEvidence();
    void configureView();
    QWidget* createEditBar();
    int selectedRow() const;
    QWidget* createChartPane();
    void showSeriesList(const QVector<MetricSeriesSummary>& series);
    void showSuggestions(const QVector<SuggestedEvent>& all);
    void chooseDefaultSeries();
    void rebuildSeriesMenu();
    void applyRanges();
    void updateMarkers();
    void onCurrentRowChanged(int row);
    // A click on a chart's marker selects its entry in the list.
    void selectMarkedEvent(const EventMarker& marker);

    Incident m_incident;
    IncidentEditor* m_editor = nullptr;
    QVector<MetricSeriesSummary> m_allSeries;
    bool m_evidencePending = false;
    QVector<SuggestedEvent> m_suggested; // the open ones, asked in the panel
    QVector<SuggestedEvent> m_analysed; // all of them, whatever their status: they name the series that moved
    QVector<qint64> m_chosen;
    bool m_seriesLoaded = false;
    bool m_suggestionsLoaded = false;

    TimelineModel* m_model = nullptr;
    QLabel* m_counts = nullptr;
    QTableView* m_view = nullptr;
    SuggestionPanel* m_suggestions = nullptr;
    ChartDataLoader* m_loader = nullptr;
    quint64 m_seriesChannel = 0;
    quint64 m_suggestionChannel = 0;
    QToolButton* m_seriesButton = nullptr;
    EvidenceChartView* m_metricChart = nullptr;
    EvidenceChartView* m_logChart = nullptr;
    TimeAxisSync* m_sync = nullptr;
    MetricSeriesFeeder* m_metricFeeder = nullptr;
    LogRateFeeder* m_logFeeder = nullptr;
};

} // namespace debrief
