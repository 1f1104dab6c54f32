// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricsPage.h"

#include "AppIcons.h"
#include "ChartDataLoader.h"
#include "EvidenceChartView.h"
#include "EvidenceTimeRange.h"
#include "MetricSeriesFeeder.h"
#include "MetricSeriesListModel.h"
#include "PaddedItemDelegate.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace debrief {

MetricsPage::MetricsPage(QWidget* parent)
    : QWidget(parent)
    , m_loader(new ChartDataLoader(this))
    , m_model(new MetricSeriesListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_counts(new QLabel(this))
    , m_view(new QTableView(this))
    , m_chart(new EvidenceChartView(this))
{
    setAccessibleName(tr("Metrics"));
    m_listChannel = m_loader->newChannel();
    m_feeder = new MetricSeriesFeeder(m_chart, m_loader, this);
    m_filter->setPlaceholderText(tr("Filter by name, label or unit"));
    m_filter->setAccessibleName(tr("Filter metric series"));
    m_filter->setClearButtonEnabled(true);
    // The magnifier says "type here to narrow the list" before anything is typed.
    m_filter->addAction(AppIcons::get(AppIcon::Search), QLineEdit::LeadingPosition);
    m_counts->setForegroundRole(QPalette::PlaceholderText);
    m_chart->setTitle(tr("Selected series"));
    m_chart->setAccessibleName(tr("Chart of the selected metric series"));
    m_chart->setEmptyText(tr("Select one or more series in the list to chart them"));
    configureView();

    auto* list = new QWidget(this);
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(8);
    listLayout->addWidget(m_filter);
    listLayout->addWidget(m_counts);
    listLayout->addWidget(m_view, 1);

    // The chart above the list: time runs across, so the chart wants the whole width, and the
    // list's long names and label sets want it too.
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(list);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({3000, 2000});
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->addWidget(splitter);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        updateCounts();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MetricsPage::chartSelection);
    connect(m_loader, &ChartDataLoader::failed, this,
            [this](const QString& message) { m_counts->setText(tr("The store could not be read: %1").arg(message)); });
}

void MetricsPage::configureView()
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new PaddedItemDelegate(m_view));
    m_view->setAccessibleName(tr("Metric series"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Read-only rows: Tab moves on to the chart rather than walking the cells (a keyboard trap).
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    // One line a series: long label sets are elided in the middle (the tooltip has them whole).
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MetricSeriesListModel::NameColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    QHeaderView* header = m_view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Label sets take what is left and elide; the tooltip shows the whole series.
    header->setSectionResizeMode(MetricSeriesListModel::LabelsColumn, QHeaderView::Stretch);
}

void MetricsPage::setIncident(const Incident& incident, const QString& storePath)
{
    m_incident = incident;
    m_model->setSeries({});
    m_feeder->setSeries({});
    m_chart->setIncidentWindow(EvidenceTimeRange::incidentWindow(incident));
    m_chart->setMarkers(EvidenceTimeRange::markers(incident.timeline));
    m_counts->setText(tr("Loading the series…"));
    m_loader->setStorePath(storePath);
    m_loader->loadSeriesSummaries(m_listChannel, incident.id, this,
                                  [this](const QVector<MetricSeriesSummary>& series) { showSummaries(series); });
}

void MetricsPage::showSummaries(const QVector<MetricSeriesSummary>& series)
{
    const TimeWindow full = EvidenceTimeRange::fullRange(m_incident, series);
    m_chart->setFullRange(full);
    m_chart->setVisibleRange(EvidenceTimeRange::initialRange(m_incident, full));
    m_model->setSeries(series);
    updateCounts();
    // The first series is charted at once: an empty chart on a projector wastes the room.
    if (m_proxy->rowCount() > 0)
        m_view->selectRow(0);
}

void MetricsPage::chartSelection()
{
    QVector<MetricSeriesSummary> chosen;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        chosen.append(m_model->summary(m_proxy->mapToSource(index).row()));
    m_feeder->setSeries(chosen);
}

void MetricsPage::updateCounts()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (total == 0)
        m_counts->setText(tr("No metric series imported for this incident"));
    else if (shown == total)
        m_counts->setText(tr("Series: %1  ·  Ctrl+click to overlay several").arg(total));
    else
        m_counts->setText(tr("Series: %1 of %2").arg(shown).arg(total));
}

} // namespace debrief
