// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogRateFeeder.h"

#include "ChartDataLoader.h"
#include "ChartTheme.h"
#include "EvidenceChartView.h"
#include "LogLevel.h"

#include <QAreaSeries>
#include <QLineSeries>

namespace debrief {

LogRateFeeder::LogRateFeeder(EvidenceChartView* view, ChartDataLoader* loader, QObject* parent)
    : QObject(parent)
    , m_view(view)
    , m_loader(loader)
    , m_channel(loader->newChannel())
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &LogRateFeeder::reload);
    connect(view, &EvidenceChartView::visibleRangeChanged, this, &LogRateFeeder::onRangeChanged);
    connect(view, &EvidenceChartView::plotWidthChanged, this, [this](int width) {
        if (m_incident.isValid() && std::abs(width - m_loadedWidth) > 30)
            m_debounce.start();
    });
}

QVector<int> LogRateFeeder::shownLevels()
{
    return {int(LogLevel::Warning), int(LogLevel::Error), int(LogLevel::Critical)};
}

void LogRateFeeder::setIncident(IncidentId incident)
{
    m_incident = incident;
    m_view->removeAllSeries();
    reload();
}

void LogRateFeeder::reload()
{
    m_debounce.stop();
    if (!m_incident.isValid())
        return;
    const TimeWindow visible = m_view->visibleRange();
    m_loaded = visible.padded(0.5);
    m_loadedSpan = visible.span();
    m_loadedWidth = m_view->plotWidth();
    m_loader->loadLogRates(m_channel, m_incident, m_loaded, this,
                           [this](const QVector<LogRateSeries>& rates) { show(rates); });
}

void LogRateFeeder::onRangeChanged()
{
    const TimeWindow visible = m_view->visibleRange();
    const bool sameScale = visible.span() * 4 >= m_loadedSpan * 3 && visible.span() * 3 <= m_loadedSpan * 4;
    if (!m_loaded.contains(visible) || !sameScale)
        m_debounce.start();
}

QVector<MetricPoint> LogRateFeeder::perMinute(const LogRateSeries& series, int maxBuckets)
{
    const qsizetype n = series.points.size();
    const qsizetype merge = std::max<qsizetype>(1, (n + maxBuckets - 1) / std::max(maxBuckets, 1));
    const double toPerMinute = double(LogRateSeries::kMinute) / double(series.bucketMs * merge);
    QVector<MetricPoint> out;
    out.reserve(n / merge + 1);
    for (qsizetype i = 0; i < n; i += merge) {
        double sum = 0;
        for (qsizetype j = i; j < std::min(n, i + merge); ++j)
            sum += series.points[j].value;
        out.append({series.points[i].at, sum * toPerMinute});
    }
    return out;
}

QString LogRateFeeder::levelTitle(int level)
{
    switch (LogLevel(level)) {
    case LogLevel::Warning:
        return tr("Warnings");
    case LogLevel::Error:
        return tr("Errors");
    case LogLevel::Critical:
        return tr("Critical");
    default:
        break;
    }
    return logLevelName(LogLevel(level));
}

void LogRateFeeder::show(const QVector<LogRateSeries>& rates)
{
    m_view->removeAllSeries();
    // Three pixels a bar at least: finer bars blur into an area anyway.
    const int maxBuckets = std::max(20, m_view->plotWidth() / 3);
    QVector<MetricPoint> stackTop;
    double highest = 0;
    for (const int level : shownLevels()) {
        const auto it = std::find_if(rates.cbegin(), rates.cend(), [level](const auto& r) { return r.level == level; });
        if (it == rates.cend())
            continue;
        const QVector<MetricPoint> rate = perMinute(*it, maxBuckets);
        const qint64 width = it->bucketMs * std::max<qint64>(1, (it->points.size() + maxBuckets - 1) / maxBuckets);
        if (stackTop.isEmpty())
            stackTop = QVector<MetricPoint>(rate.size(), MetricPoint {});
        auto* lower = new QLineSeries;
        auto* upper = new QLineSeries;
        QList<QPointF> lowerPoints;
        QList<QPointF> upperPoints;
        for (qsizetype i = 0; i < rate.size() && i < stackTop.size(); ++i) {
            const double base = stackTop[i].value;
            const double top = base + rate[i].value;
            // Two points a bucket make steps: a bar per minute, not a slope between minutes.
            for (const qint64 at : {rate[i].at, rate[i].at + width}) {
                lowerPoints.append(QPointF(double(at), base));
                upperPoints.append(QPointF(double(at), top));
            }
            stackTop[i].value = top;
            highest = std::max(highest, top);
        }
        lower->replace(lowerPoints);
        upper->replace(upperPoints);
        auto* area = new QAreaSeries(upper, lower);
        // The area draws its edges but does not own them.
        upper->setParent(area);
        lower->setParent(area);
        area->setName(levelTitle(level));
        QColor fill = ChartTheme::levelColor(level);
        area->setPen(QPen(fill, 1.0));
        fill.setAlphaF(0.75);
        area->setBrush(fill);
        m_view->addSeries(area);
    }
    ChartTheme::apply(*m_view->chart());
    m_view->setValueRange(0, std::max(1.0, highest * 1.08));
}

} // namespace debrief
