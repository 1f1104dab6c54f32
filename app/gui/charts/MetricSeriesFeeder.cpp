// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricSeriesFeeder.h"

#include "ChartDataLoader.h"
#include "ChartTheme.h"
#include "EvidenceChartView.h"

#include <QLineSeries>
#include <cmath>
#include <limits>

namespace debrief {

MetricSeriesFeeder::MetricSeriesFeeder(EvidenceChartView* view, ChartDataLoader* loader, QObject* parent)
    : QObject(parent)
    , m_view(view)
    , m_loader(loader)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &MetricSeriesFeeder::reload);
    connect(view, &EvidenceChartView::visibleRangeChanged, this, &MetricSeriesFeeder::onRangeChanged);
    // A page laid out after its data arrived (a hidden tab) asks again for its real width.
    connect(view, &EvidenceChartView::plotWidthChanged, this, [this] {
        if (!m_series.isEmpty() && pointBudget() != m_loadedBudget)
            m_debounce.start();
    });
}

QString MetricSeriesFeeder::displayName(const MetricSeriesSummary& series)
{
    QString name = series.name;
    if (!series.labels.isEmpty())
        name += QLatin1Char('{') + series.labels + QLatin1Char('}');
    if (!series.unit.isEmpty())
        name += QStringLiteral(" (") + series.unit + QLatin1Char(')');
    return name;
}

void MetricSeriesFeeder::setSeries(const QVector<MetricSeriesSummary>& series)
{
    m_view->removeAllSeries();
    m_series = series;
    m_lines.clear();
    m_points = QVector<QVector<MetricPoint>>(series.size());
    m_segments = QVector<QVector<QLineSeries*>>(series.size());
    while (m_channels.size() < series.size())
        m_channels.append(m_loader->newChannel());
    for (int i = 0; i < series.size(); ++i) {
        auto* line = new QLineSeries;
        line->setName(displayName(series[i]));
        line->setPen(QPen(ChartTheme::seriesColor(i), 2.0));
        m_view->addSeries(line);
        m_lines.append(line);
    }
    // A shared unit names the value axis; mixed units leave it to the legend.
    QString unit = series.isEmpty() ? QString() : series.constFirst().unit;
    for (const MetricSeriesSummary& s : series) {
        if (s.unit != unit)
            unit.clear();
    }
    m_view->setValueTitle(unit);
    ChartTheme::apply(*m_view->chart());
    reload();
}

void MetricSeriesFeeder::reload()
{
    m_debounce.stop();
    const TimeWindow visible = m_view->visibleRange();
    m_loaded = visible.padded(0.5);
    m_loadedSpan = visible.span();
    const int budget = pointBudget();
    m_loadedBudget = budget;
    for (int i = 0; i < m_series.size(); ++i) {
        m_loader->loadSeries(m_channels[i], m_series[i].id, m_loaded, budget, m_lines[i],
                             [this, i](const QVector<MetricPoint>& points) { show(i, points); });
    }
}

int MetricSeriesFeeder::pointBudget() const
{
    // The loaded range is twice the visible one: two points per pixel there, one per visible pixel.
    return std::clamp(2 * m_view->plotWidth(), 300, kMaxPoints);
}

void MetricSeriesFeeder::onRangeChanged()
{
    fitValueAxis();
    const TimeWindow visible = m_view->visibleRange();
    const bool covered = m_loaded.contains(visible);
    const bool sameScale = visible.span() * 4 >= m_loadedSpan * 3 && visible.span() * 3 <= m_loadedSpan * 4;
    if (!covered || !sameScale)
        m_debounce.start();
}

void MetricSeriesFeeder::show(int index, const QVector<MetricPoint>& points)
{
    if (index >= m_lines.size())
        return;
    QVector<QList<QPointF>> runs(1);
    runs.front().reserve(points.size());
    for (const MetricPoint& p : points) {
        if (std::isfinite(p.value))
            runs.back().append(QPointF(double(p.at), p.value));
        else if (!runs.back().isEmpty())
            runs.append(QList<QPointF>());
    }
    m_points[index] = points;
    m_lines[index]->replace(runs.front());
    for (int run = 1; run < runs.size(); ++run)
        segment(index, run - 1)->replace(runs[run]);
    // Segments of an earlier answer with more gaps are emptied rather than removed: cheaper.
    for (qsizetype spare = runs.size() - 1; spare < m_segments[index].size(); ++spare)
        m_segments[index][spare]->clear();
    fitValueAxis();
}

QLineSeries* MetricSeriesFeeder::segment(int index, int run)
{
    QVector<QLineSeries*>& segments = m_segments[index];
    while (segments.size() <= run) {
        auto* line = new QLineSeries;
        line->setPen(m_lines[index]->pen());
        m_view->addSeries(line);
        segments.append(line);
    }
    return segments[run];
}

void MetricSeriesFeeder::fitValueAxis()
{
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    const TimeWindow visible = m_view->visibleRange();
    for (const QVector<MetricPoint>& points : std::as_const(m_points)) {
        for (const MetricPoint& p : points) {
            if (std::isfinite(p.value) && visible.contains(UtcMillis {p.at})) {
                low = std::min(low, p.value);
                high = std::max(high, p.value);
            }
        }
    }
    if (!std::isfinite(low))
        return;
    // Counts and utilisations start at zero: a flat line near the top must not look like a cliff.
    if (low >= 0)
        low = 0;
    m_view->setValueRange(low, high);
}

} // namespace debrief
