// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MetricPoint.h"
#include "MetricRecords.h"
#include "TimeWindow.h"

#include <QObject>
#include <QTimer>
#include <QVector>

class QLineSeries;

namespace debrief {

class ChartDataLoader;
class EvidenceChartView;

// Fills an EvidenceChartView with metric series, one line each: it asks the ChartDataLoader for
// each series' points over the visible range (with half a range to spare on each side, so that a
// pan shows data at once) downsampled to about two points per pixel, at most kMaxPoints, and asks
// again, debounced, when a zoom or pan leaves what it loaded or changes the scale. The value axis
// follows what is visible. A gap (NaN) breaks the line: QLineSeries cannot, so each run after a
// gap is an unnamed segment series in the same pen (the legend shows named series only).
class MetricSeriesFeeder : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxPoints = 2000;
    static constexpr int kDebounceMs = 60;

    MetricSeriesFeeder(EvidenceChartView* view, ChartDataLoader* loader, QObject* parent = nullptr);

    void setSeries(const QVector<MetricSeriesSummary>& series);
    const QVector<MetricSeriesSummary>& series() const { return m_series; }
    QVector<QLineSeries*> lines() const { return m_lines; }
    // Requests every series for the visible range now.
    void reload();
    static QString displayName(const MetricSeriesSummary& series);

private:
    void onRangeChanged();
    void show(int index, const QVector<MetricPoint>& points);
    QLineSeries* segment(int index, int run);
    void fitValueAxis();
    int pointBudget() const;

    EvidenceChartView* m_view = nullptr;
    ChartDataLoader* m_loader = nullptr;
    QVector<MetricSeriesSummary> m_series;
    QVector<QLineSeries*> m_lines;
    QVector<QVector<MetricPoint>> m_points;
    QVector<QVector<QLineSeries*>> m_segments; // per series, the runs after its first gap
    QVector<quint64> m_channels;
    TimeWindow m_loaded;
    qint64 m_loadedSpan = 0; // the visible span the loaded points were chosen for
    int m_loadedBudget = 0;
    QTimer m_debounce;
};

} // namespace debrief
