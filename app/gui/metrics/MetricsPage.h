// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Incident.h"
#include "MetricRecords.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace debrief {

class ChartDataLoader;
class EvidenceChartView;
class MetricSeriesFeeder;
class MetricSeriesListModel;

// The Metrics tab: the incident's metric series in a filterable list and, beside it, a chart of
// the selected ones overlaid over the incident window (shaded, with the timeline's events as
// markers). Everything is read through a ChartDataLoader on a worker thread; the chart zooms and
// pans like every evidence chart and loads finer points as it does.
class MetricsPage : public QWidget
{
    Q_OBJECT

public:
    explicit MetricsPage(QWidget* parent = nullptr);

    void setIncident(const Incident& incident, const QString& storePath);

    QLineEdit* filterEdit() const { return m_filter; }
    QTableView* seriesView() const { return m_view; }
    MetricSeriesListModel* seriesModel() const { return m_model; }
    QSortFilterProxyModel* filteredModel() const { return m_proxy; }
    EvidenceChartView* chartView() const { return m_chart; }
    MetricSeriesFeeder* feeder() const { return m_feeder; }
    ChartDataLoader* loader() const { return m_loader; }

private:
    void configureView();
    void showSummaries(const QVector<MetricSeriesSummary>& series);
    void chartSelection();
    void updateCounts();

    Incident m_incident;
    ChartDataLoader* m_loader = nullptr;
    quint64 m_listChannel = 0;
    MetricSeriesListModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_counts = nullptr;
    QTableView* m_view = nullptr;
    EvidenceChartView* m_chart = nullptr;
    MetricSeriesFeeder* m_feeder = nullptr;
};

} // namespace debrief
