// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"
#include "LogRateSeries.h"
#include "TimeWindow.h"

#include <QObject>
#include <QTimer>
#include <QVector>

namespace debrief {

class ChartDataLoader;
class EvidenceChartView;

// Fills an EvidenceChartView with the log-rate histogram: warnings, errors and critical entries
// per minute, stacked as stepped areas (one step per bucket) from EvidenceAnalyzer::logRates over
// the visible range, read again (debounced) after a zoom or pan. Info and debug are left out on
// purpose: they outnumber errors a hundredfold and would flatten the bars that matter.
class LogRateFeeder : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDebounceMs = 60;

    LogRateFeeder(EvidenceChartView* view, ChartDataLoader* loader, QObject* parent = nullptr);

    void setIncident(IncidentId incident);
    void reload();
    // The levels drawn, lowest first (the bottom of the stack).
    static QVector<int> shownLevels();
    // Buckets merged so that about `maxBuckets` remain, as entries per minute.
    static QVector<MetricPoint> perMinute(const LogRateSeries& series, int maxBuckets);
    // "Errors": the legend's name for a level.
    static QString levelTitle(int level);

private:
    void onRangeChanged();
    void show(const QVector<LogRateSeries>& rates);

    EvidenceChartView* m_view = nullptr;
    ChartDataLoader* m_loader = nullptr;
    IncidentId m_incident;
    quint64 m_channel = 0;
    TimeWindow m_loaded;
    qint64 m_loadedSpan = 0;
    int m_loadedWidth = 0;
    QTimer m_debounce;
};

} // namespace debrief
