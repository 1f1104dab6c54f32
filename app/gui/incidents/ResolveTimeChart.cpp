// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResolveTimeChart.h"

#include "ChartTheme.h"
#include "IncidentListModel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QEvent>
#include <QValueAxis>
#include <algorithm>

namespace debrief {

namespace {

struct Bar
{
    IncidentSummary incident;
    int minutes = 0;
};

// Sorted by when the incident started, so that the chart reads as a trend from left to right.
QVector<Bar> barsOf(const QVector<IncidentSummary>& incidents)
{
    QVector<Bar> bars;
    for (const IncidentSummary& incident : incidents) {
        if (const std::optional<int> minutes = IncidentListModel::durationMinutes(incident))
            bars.append(Bar {incident, *minutes});
    }
    std::stable_sort(bars.begin(), bars.end(),
                     [](const Bar& a, const Bar& b) { return a.incident.startedAt < b.incident.startedAt; });
    return bars;
}

QString dayLabel(const IncidentSummary& incident)
{
    const QDate day = incident.date.value_or(incident.startedAt->toDateTime().date());
    return day.toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace

ResolveTimeChart::ResolveTimeChart(QWidget* parent)
    : QChartView(parent)
    , m_bars(new QBarSet(tr("Time to resolve")))
    , m_categoryAxis(new QBarCategoryAxis)
    , m_valueAxis(new QValueAxis)
{
    setAccessibleName(tr("Time to resolve per incident"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(150);
    auto* series = new QBarSeries;
    series->append(m_bars);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    // Clicking a bar is a shortcut to the incident, like choosing it in the list.
    connect(m_bars, &QBarSet::clicked, this, [this](int bar) {
        if (bar >= 0 && bar < m_incidents.size())
            Q_EMIT incidentClicked(m_incidents[bar]);
    });

    auto* chart = new QChart;
    chart->addSeries(series);
    chart->addAxis(m_categoryAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);
    series->attachAxis(m_categoryAxis);
    series->attachAxis(m_valueAxis);
    chart->legend()->hide();
    chart->setTitle(tr("Time to resolve (minutes)"));
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_valueAxis->setLabelFormat(QStringLiteral("%d"));
    m_valueAxis->setTickCount(3);
    setChart(chart);
    applyColors();
}

void ResolveTimeChart::setModel(IncidentListModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        // The list model is only ever reset as a whole (IncidentListModel::setIncidents).
        connect(m_model, &QAbstractItemModel::modelReset, this, &ResolveTimeChart::rebuild);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &ResolveTimeChart::rebuild);
        connect(m_model, &QObject::destroyed, this, [this] { m_model = nullptr; });
    }
    rebuild();
}

void ResolveTimeChart::setSelectedIncident(IncidentId id)
{
    m_selected = id;
    updateSelection();
}

IncidentId ResolveTimeChart::incidentAtBar(int bar) const
{
    return bar >= 0 && bar < m_incidents.size() ? m_incidents[bar] : IncidentId {};
}

int ResolveTimeChart::selectedBar() const
{
    return m_selected.isValid() ? int(m_incidents.indexOf(m_selected)) : -1;
}

double ResolveTimeChart::minutesAtBar(int bar) const
{
    return bar >= 0 && bar < m_bars->count() ? m_bars->at(bar) : 0.0;
}

QStringList ResolveTimeChart::categories() const
{
    return m_categoryAxis->categories();
}

QSize ResolveTimeChart::sizeHint() const
{
    return QSize(320, 190);
}

void ResolveTimeChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyColors();
    QChartView::changeEvent(event);
}

void ResolveTimeChart::rebuild()
{
    fillBars();
    updateSelection();
    updateAccessibleDescription();
}

void ResolveTimeChart::fillBars()
{
    const QVector<Bar> bars = barsOf(m_model ? m_model->incidents() : QVector<IncidentSummary> {});
    m_bars->remove(0, m_bars->count());
    m_incidents.clear();
    QStringList categories;
    int longest = 0;
    for (const Bar& bar : bars) {
        // The axis refuses a category twice: two incidents on one day get a counter.
        QString label = dayLabel(bar.incident);
        for (int n = 2; categories.contains(label); ++n)
            label = dayLabel(bar.incident) + QStringLiteral(" (%1)").arg(n);
        categories << label;
        m_bars->append(bar.minutes);
        m_incidents.append(bar.incident.id);
        longest = std::max(longest, bar.minutes);
    }
    m_categoryAxis->clear();
    m_categoryAxis->append(categories);
    // Headroom above the longest bar keeps its value label inside the plot.
    m_valueAxis->setRange(0, std::max(10, int(longest * 1.15)));
    m_valueAxis->applyNiceNumbers();
}

void ResolveTimeChart::applyColors()
{
    ChartTheme::apply(*chart());
    m_bars->setColor(ChartTheme::seriesColor(0));
    m_bars->setBorderColor(Qt::transparent);
    // Orange against blue: apart for the common colour-vision deficiencies and on a washed-out
    // projector, where the palette's highlight (often another blue) would not be.
    m_bars->setSelectedColor(ChartTheme::seriesColor(1));
    m_bars->setLabelColor(ChartTheme::textColor());
    setBackgroundBrush(palette().brush(QPalette::Base));
}

void ResolveTimeChart::updateSelection()
{
    m_bars->deselectAllBars();
    const int bar = selectedBar();
    if (bar >= 0)
        m_bars->selectBar(bar);
}

void ResolveTimeChart::updateAccessibleDescription()
{
    if (m_incidents.isEmpty()) {
        setAccessibleDescription(tr("No incident has both a start and an end time."));
        return;
    }
    QStringList parts;
    const QStringList days = categories();
    for (int bar = 0; bar < m_incidents.size(); ++bar)
        parts << tr("%1: %2 minutes").arg(days.value(bar)).arg(int(m_bars->at(bar)));
    setAccessibleDescription(parts.join(QStringLiteral("; ")));
}

} // namespace debrief
