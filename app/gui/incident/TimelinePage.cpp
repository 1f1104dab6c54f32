// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelinePage.h"

#include "AppIcons.h"
#include "ChartDataLoader.h"
#include "ChoiceDelegate.h"
#include "DisplayText.h"
#include "EvidenceChartView.h"
#include "EvidenceTimeRange.h"
#include "IncidentEditor.h"
#include "KindStyle.h"
#include "LogRateFeeder.h"
#include "MetricSeriesFeeder.h"
#include "PaddedItemDelegate.h"
#include "SuggestionPanel.h"
#include "SuggestionTriage.h"
#include "TimeAxisSync.h"
#include "TimelineModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace debrief {

TimelinePage::TimelinePage(QWidget* parent)
    : QWidget(parent)
    , m_model(new TimelineModel(this))
    , m_counts(new QLabel(this))
    , m_view(new QTableView(this))
    , m_suggestions(new SuggestionPanel(this))
    , m_loader(new ChartDataLoader(this))
    , m_sync(new TimeAxisSync(this))
{
    setAccessibleName(tr("Timeline"));
    m_counts->setForegroundRole(QPalette::PlaceholderText);
    m_counts->setWordWrap(true);
    m_seriesChannel = m_loader->newChannel();
    m_suggestionChannel = m_loader->newChannel();
    configureView();

    auto* events = new QSplitter(Qt::Vertical, this);
    auto* list = new QWidget(events);
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_counts);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(createEditBar());
    events->addWidget(list);
    events->addWidget(m_suggestions);
    events->setStretchFactor(0, 3);
    events->setStretchFactor(1, 1);
    events->setChildrenCollapsible(false);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(events);
    splitter->addWidget(createChartPane());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    // Proportions, not pixels: the entries' text needs about as much room as the charts.
    splitter->setSizes({1000, 1000});
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->addWidget(splitter);

    connect(m_suggestions, &SuggestionPanel::suggestionAccepted, this, [this](const SuggestedEvent& s) {
        m_suggested = m_suggestions->suggestions();
        updateMarkers();
        Q_EMIT suggestionAccepted(s);
    });
    connect(m_suggestions, &SuggestionPanel::suggestionRejected, this, [this](const SuggestedEvent& s) {
        m_suggested = m_suggestions->suggestions();
        updateMarkers();
        Q_EMIT suggestionRejected(s);
    });
    connect(m_suggestions, &SuggestionPanel::suggestionSelected, this, [this](const SuggestedEvent& s) {
        m_metricChart->setHighlight(s.at);
        m_logChart->setHighlight(s.at);
    });
}

QWidget* TimelinePage::createChartPane()
{
    m_metricChart = new EvidenceChartView;
    m_metricChart->setTitle(tr("Metrics"));
    m_metricChart->setAccessibleName(tr("Chart of the chosen metric series"));
    m_metricChart->setEmptyText(tr("No metric series imported for this incident"));
    m_logChart = new EvidenceChartView;
    m_logChart->setTitle(tr("Warnings and errors per minute"));
    m_logChart->setAccessibleName(tr("Log rate histogram"));
    m_logChart->setValueTitle(tr("entries / min"));
    m_logChart->setEmptyText(tr("No warnings or errors logged in this range"));
    m_sync->addView(m_metricChart);
    m_sync->addView(m_logChart);
    for (EvidenceChartView* chart : {m_metricChart, m_logChart})
        connect(chart, &EvidenceChartView::markerActivated, this, &TimelinePage::selectMarkedEvent);
    m_metricFeeder = new MetricSeriesFeeder(m_metricChart, m_loader, this);
    m_logFeeder = new LogRateFeeder(m_logChart, m_loader, this);

    m_seriesButton = new QToolButton;
    m_seriesButton->setText(tr("Series"));
    m_seriesButton->setIcon(AppIcons::get(AppIcon::Metrics));
    m_seriesButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_seriesButton->setAccessibleName(tr("Choose the metric series to chart"));
    m_seriesButton->setPopupMode(QToolButton::InstantPopup);
    m_seriesButton->setMenu(new QMenu(m_seriesButton));
    auto* hint = new QLabel(tr("Wheel or +/− zoom · drag or arrows pan · Home resets"));
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* bar = new QHBoxLayout;
    bar->addWidget(hint, 1);
    bar->addWidget(m_seriesButton);

    auto* charts = new QSplitter(Qt::Vertical);
    charts->addWidget(m_metricChart);
    charts->addWidget(m_logChart);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    charts->setChildrenCollapsible(false);

    auto* pane = new QWidget;
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(charts, 1);
    return pane;
}

void TimelinePage::setEvents(const QVector<TimelineEvent>& events)
{
    m_model->setEvents(events);
    const int untimed = m_model->untimedCount();
    // Labelled numbers rather than "%n entries": they read right without a plural translation.
    QStringList parts {tr("Entries: %1").arg(events.size())};
    if (untimed > 0)
        parts << tr("Without a time: %1").arg(untimed);
    parts << tr("Times in UTC, in the order of the postmortem");
    m_counts->setText(parts.join(QStringLiteral("  ·  ")));
    m_view->resizeRowsToContents();
    m_incident.timeline = events;
    updateMarkers();
}

void TimelinePage::setIncident(const Incident& incident, const QString& storePath)
{
    m_incident = incident;
    m_model->setDefaultDate(
        incident.date.value_or(incident.startedAt ? incident.startedAt->toDateTime().date() : QDate::currentDate()));
    setEvents(incident.timeline);
    m_allSeries.clear();
    m_suggested.clear();
    m_analysed.clear();
    m_chosen.clear();
    m_seriesLoaded = m_suggestionsLoaded = false;
    m_suggestions->setSuggestions({});
    m_metricFeeder->setSeries({});
    const std::optional<TimeWindow> window = EvidenceTimeRange::incidentWindow(incident);
    m_metricChart->setIncidentWindow(window);
    m_logChart->setIncidentWindow(window);
    applyRanges();
    m_loader->setStorePath(storePath);
    // The charts and suggestions read the evidence; on a big store that is seconds of work on the
    // workers, so it waits until the page is first shown (the Overview and Logs come first).
    m_logFeeder->setIncident({});
    m_evidencePending = true;
    if (isVisible())
        loadEvidence();
}

void TimelinePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_evidencePending)
        loadEvidence();
}

void TimelinePage::loadEvidence()
{
    m_evidencePending = false;
    m_logFeeder->setIncident(m_incident.id);
    m_loader->loadSeriesSummaries(m_seriesChannel, m_incident.id, this,
                                  [this](const QVector<MetricSeriesSummary>& series) { showSeriesList(series); });
    reloadSuggestions();
}

void TimelinePage::reloadSuggestions()
{
    if (m_evidencePending)
        return; // asked for when the page is first shown
    const auto show = [this](const QVector<SuggestedEvent>& suggestions) { showSuggestions(suggestions); };
    // After an edit only the statuses can have changed: mark the ones at hand again rather than
    // read the evidence (seconds on a big store) for the same suggestions.
    if (m_suggestionsLoaded && !m_analysed.isEmpty()) {
        m_loader->triageSuggestions(m_suggestionChannel, m_incident.id, m_analysed, this, show);
        return;
    }
    m_loader->loadSuggestions(m_suggestionChannel, m_incident.id, this, show);
}

void TimelinePage::applyRanges()
{
    const TimeWindow full = EvidenceTimeRange::fullRange(m_incident, m_allSeries);
    for (EvidenceChartView* chart : {m_metricChart, m_logChart})
        chart->setFullRange(full);
    // Through one chart only: the sync hands the range to the other.
    m_metricChart->setVisibleRange(EvidenceTimeRange::initialRange(m_incident, full));
    m_logChart->setVisibleRange(m_metricChart->visibleRange());
}

void TimelinePage::showSeriesList(const QVector<MetricSeriesSummary>& series)
{
    m_allSeries = series;
    m_seriesLoaded = true;
    applyRanges();
    rebuildSeriesMenu();
    chooseDefaultSeries();
}

void TimelinePage::showSuggestions(const QVector<SuggestedEvent>& all)
{
    // Only the open ones are asked; the others are in the timeline or were rejected.
    const QVector<SuggestedEvent> suggestions = SuggestionTriage::open(all);
    m_analysed = all;
    m_suggested = suggestions;
    m_suggestionsLoaded = true;
    m_suggestions->setSuggestions(suggestions);
    updateMarkers();
    chooseDefaultSeries();
}

void TimelinePage::chooseDefaultSeries()
{
    // Both answers are needed: the suggestions name the series that moved.
    if (!m_seriesLoaded || !m_suggestionsLoaded || !m_chosen.isEmpty())
        return;
    QVector<qint64> ids;
    for (const SuggestedEvent& suggestion : std::as_const(m_analysed)) {
        for (const SuggestionEvidence& evidence : suggestion.evidence) {
            if (evidence.seriesId != 0 && !ids.contains(evidence.seriesId) && ids.size() < kDefaultSeriesCount)
                ids.append(evidence.seriesId);
        }
    }
    for (int i = 0; ids.isEmpty() && i < std::min<int>(kDefaultSeriesCount, m_allSeries.size()); ++i)
        ids.append(m_allSeries[i].id);
    chooseSeries(ids);
}

void TimelinePage::chooseSeries(const QVector<qint64>& seriesIds)
{
    m_chosen = seriesIds;
    QVector<MetricSeriesSummary> chosen;
    for (const MetricSeriesSummary& series : std::as_const(m_allSeries)) {
        if (seriesIds.contains(series.id))
            chosen.append(series);
    }
    m_metricFeeder->setSeries(chosen);
    m_metricChart->setEmptyText(m_allSeries.isEmpty() ? tr("No metric series imported for this incident")
                                                      : tr("Choose series with the Series button"));
    for (QAction* action : m_seriesButton->menu()->actions())
        action->setChecked(seriesIds.contains(action->data().toLongLong()));
}

void TimelinePage::rebuildSeriesMenu()
{
    QMenu* menu = m_seriesButton->menu();
    menu->clear();
    for (const MetricSeriesSummary& series : std::as_const(m_allSeries)) {
        QAction* action = menu->addAction(MetricSeriesFeeder::displayName(series));
        action->setCheckable(true);
        action->setData(series.id);
        connect(action, &QAction::toggled, this, [this, id = series.id](bool on) {
            if (on == m_chosen.contains(id))
                return;
            QVector<qint64> ids = m_chosen;
            if (on)
                ids.append(id);
            else
                ids.removeAll(id);
            chooseSeries(ids);
        });
    }
    m_seriesButton->setEnabled(!m_allSeries.isEmpty());
}

void TimelinePage::updateMarkers()
{
    QVector<EventMarker> markers = EvidenceTimeRange::markers(m_incident.timeline);
    // Pending suggestions are drawn dashed, so that the room sees what it is asked to accept.
    for (const SuggestedEvent& suggestion : std::as_const(m_suggested))
        markers.append({suggestion.at, suggestion.kind, suggestion.text, true});
    for (EvidenceChartView* chart : {m_metricChart, m_logChart})
        chart->setMarkers(markers);
}

void TimelinePage::selectMarkedEvent(const EventMarker& marker)
{
    const QVector<TimelineEvent>& events = m_model->events();
    for (int row = 0; row < events.size(); ++row) {
        if (events[row].at == marker.at && events[row].text == marker.text) {
            m_view->selectRow(row);
            m_view->scrollTo(m_model->index(row, 0));
            return;
        }
    }
}

void TimelinePage::onCurrentRowChanged(int row)
{
    if (row < 0 || row >= m_model->events().size())
        return;
    Q_EMIT eventSelected(m_model->events().at(row).id);
    const std::optional<UtcMillis> at = m_model->events().at(row).at;
    if (!at)
        return;
    m_metricChart->setHighlight(at);
    m_logChart->setHighlight(at);
    Q_EMIT timeSelected(*at);
}

void TimelinePage::configureView()
{
    m_view->setModel(m_model);
    m_view->setItemDelegate(new PaddedItemDelegate(m_view));
    m_view->setAccessibleName(tr("Timeline entries"));
    // Tab leaves the table for the next control; F2 and the arrows still edit and move.
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    QVector<ChoiceDelegate::Choice> kinds;
    for (int k = int(TimelineKind::Detection); k <= int(TimelineKind::Note); ++k)
        kinds.append({k, DisplayText::timelineKind(TimelineKind(k)), KindStyle::kindIcon(TimelineKind(k))});
    m_view->setItemDelegateForColumn(TimelineModel::KindColumn, new ChoiceDelegate(tr("Kind"), kinds, m_view));
    connect(m_model, &TimelineModel::editRequested, this,
            [this](const TimelineEvent& before, const TimelineEvent& after) {
                if (m_editor)
                    m_editor->updateTimelineEvent(m_incident.id, before, after);
            });
    const auto addShortcut = [this](const QString& text, const QKeySequence& keys, auto slot) {
        auto* action = new QAction(text, m_view);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_view->addAction(action);
    };
    addShortcut(tr("Add entry"), QKeySequence(Qt::Key_Insert), [this] { addEntry(); });
    addShortcut(tr("Remove entry"), QKeySequence::Delete, [this] { removeSelectedEntry(); });
    addShortcut(tr("Move entry up"), QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveSelectedEntry(-1); });
    addShortcut(tr("Move entry down"), QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveSelectedEntry(1); });
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setIconSize(QSize(14, 14));
    m_view->verticalHeader()->hide();
    // Rows grow with wrapped text; a timeline is short enough for that to stay cheap.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView* header = m_view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(TimelineModel::TimeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TimelineModel::KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TimelineModel::TextColumn, QHeaderView::Stretch);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onCurrentRowChanged(current.row()); });
}

QWidget* TimelinePage::createEditBar()
{
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto button = [bar, layout](const QString& text, const QString& tip, AppIcon icon, auto slot) {
        auto* b = new QPushButton(AppIcons::get(icon), text, bar);
        b->setToolTip(tip);
        QObject::connect(b, &QPushButton::clicked, bar, slot);
        layout->addWidget(b);
    };
    button(tr("&Add entry"), tr("Add an entry after the selected one (Insert)"), AppIcon::Add, [this] { addEntry(); });
    button(tr("Remove"), tr("Remove the selected entry (Delete)"), AppIcon::Remove, [this] { removeSelectedEntry(); });
    button(tr("Up"), tr("Move the selected entry up (Ctrl+Up)"), AppIcon::MoveUp, [this] { moveSelectedEntry(-1); });
    button(tr("Down"), tr("Move the selected entry down (Ctrl+Down)"), AppIcon::MoveDown,
           [this] { moveSelectedEntry(1); });
    layout->addStretch(1);
    return bar;
}

int TimelinePage::selectedRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void TimelinePage::addEntry()
{
    if (!m_editor || !m_incident.id.isValid())
        return;
    const int row = selectedRow();
    const int position = row < 0 ? m_model->rowCount() : row + 1;
    TimelineEvent event;
    event.kind = TimelineKind::Note;
    event.text = tr("New entry");
    // At the selected entry's time, so that it sorts beside it; the user types the real one.
    if (row >= 0)
        event.at = m_model->events().at(row).at;
    m_editor->addTimelineEvent(m_incident.id, position, event);
    const QModelIndex text = m_model->index(position, TimelineModel::TextColumn);
    if (text.isValid()) {
        m_view->setCurrentIndex(text);
        m_view->edit(text);
    }
}

void TimelinePage::removeSelectedEntry()
{
    const int row = selectedRow();
    if (!m_editor || row < 0)
        return;
    m_editor->removeTimelineEvent(m_incident.id, row, m_model->events().at(row));
}

void TimelinePage::moveSelectedEntry(int delta)
{
    const int row = selectedRow();
    const int target = row + delta;
    if (!m_editor || row < 0 || target < 0 || target >= m_model->rowCount())
        return;
    m_editor->moveTimelineEvent(m_incident.id, m_model->events().at(row).id, row, target);
    m_view->setCurrentIndex(m_model->index(target, TimelineModel::TextColumn));
}

} // namespace debrief
