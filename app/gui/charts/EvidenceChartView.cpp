// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceChartView.h"

#include "ChartTheme.h"
#include "KindStyle.h"
#include "UtcTimeTicks.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QEvent>
#include <QKeyEvent>
#include <QLegend>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QValueAxis>
#include <QWheelEvent>
#include <QXYSeries>
#include <cmath>

namespace debrief {

namespace {

// Room around the plot, fixed so that stacked charts line their time axes up exactly whatever
// their value labels measure.
constexpr qreal kLeftMargin = 76;
constexpr qreal kRightMargin = 20;
constexpr qreal kTopMargin = 76; // the title, two rows of legend and the marker flags
constexpr qreal kBottomMargin = 46;
constexpr double kWheelStep = 1.25;
constexpr double kKeyPan = 0.1;

} // namespace

EvidenceChartView::EvidenceChartView(QWidget* parent)
    : QChartView(new QChart, parent)
    , m_timeAxis(new QCategoryAxis)
    , m_valueAxis(new QValueAxis)
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Evidence chart"));
    setAccessibleDescription(tr("Mouse wheel or + and - zoom, dragging or the arrow keys pan, Home shows everything"));
    setMinimumHeight(160);

    m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_timeAxis->setTitleText(tr("UTC"));
    m_valueAxis->setLabelFormat(QStringLiteral("%.4g"));
    m_valueAxis->setTickCount(5);
    chart()->addAxis(m_timeAxis, Qt::AlignBottom);
    chart()->addAxis(m_valueAxis, Qt::AlignLeft);
    // Qt's legend gets squeezed into a corner once the plot area is fixed; drawLegend() lays the
    // entries out in the row above the plot instead.
    chart()->legend()->hide();
    applyPalette();

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_fullRange = {UtcMillis {now - 3600 * 1000}, UtcMillis {now}};
    m_visible = m_fullRange;
    applyVisibleRangeToAxis();
}

void EvidenceChartView::setTitle(const QString& title)
{
    // Drawn by drawTitle(), left-aligned above the legend: QChart centres it over the legend.
    m_title = title;
    setAccessibleName(title);
    viewport()->update();
}

void EvidenceChartView::setValueTitle(const QString& title)
{
    m_valueAxis->setTitleText(title);
}

void EvidenceChartView::setFullRange(const TimeWindow& range)
{
    if (!range.isValid())
        return;
    m_fullRange = range;
    setVisibleRange(m_visible);
}

void EvidenceChartView::setVisibleRange(const TimeWindow& range)
{
    qint64 span = std::clamp(range.span(), kMinimumSpan, std::max(m_fullRange.span(), kMinimumSpan));
    qint64 from = std::clamp(range.from.value, m_fullRange.from.value,
                             std::max(m_fullRange.to.value - span, m_fullRange.from.value));
    const TimeWindow clamped {UtcMillis {from}, UtcMillis {from + span}};
    if (clamped == m_visible)
        return;
    m_visible = clamped;
    applyVisibleRangeToAxis();
    Q_EMIT visibleRangeChanged(m_visible);
}

void EvidenceChartView::resetZoom()
{
    setVisibleRange(m_fullRange);
}

void EvidenceChartView::zoomBy(double factor, std::optional<UtcMillis> anchor)
{
    // The anchor keeps its place on screen: zooming at the pointer zooms into what it points at.
    const qint64 at = anchor ? anchor->value : m_visible.from.value + m_visible.span() / 2;
    const double left = double(at - m_visible.from.value) / factor;
    const double right = double(m_visible.to.value - at) / factor;
    setVisibleRange({UtcMillis {at - qint64(left)}, UtcMillis {at + qint64(right)}});
}

void EvidenceChartView::panBy(double fraction)
{
    const auto shift = qint64(double(m_visible.span()) * fraction);
    setVisibleRange({UtcMillis {m_visible.from.value + shift}, UtcMillis {m_visible.to.value + shift}});
}

void EvidenceChartView::setIncidentWindow(std::optional<TimeWindow> window)
{
    m_incidentWindow = window;
    viewport()->update();
}

void EvidenceChartView::setMarkers(const QVector<EventMarker>& markers)
{
    m_markers = markers;
    viewport()->update();
}

void EvidenceChartView::setHighlight(std::optional<UtcMillis> at)
{
    m_highlight = at;
    if (at && !m_visible.contains(*at)) {
        const qint64 half = m_visible.span() / 2;
        setVisibleRange({UtcMillis {at->value - half}, UtcMillis {at->value + half}});
    }
    viewport()->update();
}

void EvidenceChartView::addSeries(QAbstractSeries* series)
{
    chart()->addSeries(series);
    series->attachAxis(m_timeAxis);
    series->attachAxis(m_valueAxis);
}

void EvidenceChartView::removeAllSeries()
{
    chart()->removeAllSeries();
}

void EvidenceChartView::setValueRange(double min, double max)
{
    if (!std::isfinite(min) || !std::isfinite(max))
        return;
    if (max <= min)
        max = min + (min == 0 ? 1.0 : std::abs(min) * 0.1);
    // Round steps of 1, 2, 2.5 or 5 times a power of ten; QValueAxis::applyNiceNumbers() turns a
    // maximum of exactly 100 into 150, wasting a third of the plot.
    const double rough = (max - min) / 4.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    const double norm = rough / magnitude;
    const double step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10) * magnitude;
    const double low = std::floor(min / step) * step;
    const double high = std::ceil(max / step) * step;
    m_valueAxis->setRange(low, high);
    m_valueAxis->setTickCount(int(std::lround((high - low) / step)) + 1);
}

void EvidenceChartView::setEmptyText(const QString& text)
{
    m_emptyText = text;
    viewport()->update();
}

int EvidenceChartView::plotWidth() const
{
    return std::max(100, int(chart()->plotArea().width()));
}

void EvidenceChartView::applyVisibleRangeToAxis()
{
    m_timeAxis->setRange(double(m_visible.from.value), double(m_visible.to.value));
    updateTimeTicks();
    viewport()->update();
}

void EvidenceChartView::updateTimeTicks()
{
    const QStringList old = m_timeAxis->categoriesLabels();
    for (const QString& label : old)
        m_timeAxis->remove(label);
    m_timeAxis->setStartValue(double(m_visible.from.value));
    // About one label per 110 pixels keeps "Aug 10" and "19:05:30" apart.
    const int maxTicks = std::max(2, plotWidth() / 110);
    for (const UtcTimeTicks::Tick& tick : UtcTimeTicks::compute(m_visible, maxTicks)) {
        QString label = tick.label;
        // Category labels are keys; a label repeated on another day gets an invisible suffix.
        while (m_timeAxis->categoriesLabels().contains(label))
            label.append(QChar(0x200B));
        m_timeAxis->append(label, double(tick.at.value));
    }
    m_timeAxis->setTitleText(tr("UTC, %1").arg(UtcTimeTicks::daysText(m_visible)));
}

void EvidenceChartView::layoutPlotArea()
{
    const QSizeF size = chart()->size();
    chart()->setPlotArea(QRectF(kLeftMargin, kTopMargin, std::max<qreal>(size.width() - kLeftMargin - kRightMargin, 10),
                                std::max<qreal>(size.height() - kTopMargin - kBottomMargin, 10)));
}

void EvidenceChartView::applyPalette()
{
    ChartTheme::apply(*chart());
    setBackgroundBrush(palette().color(QPalette::Base));
}

qreal EvidenceChartView::xFor(UtcMillis at) const
{
    const QRectF plot = chart()->plotArea();
    return plot.left() + plot.width() * double(at.value - m_visible.from.value) / double(m_visible.span());
}

UtcMillis EvidenceChartView::timeAt(qreal x) const
{
    const QRectF plot = chart()->plotArea();
    return UtcMillis {m_visible.from.value + qint64(double(m_visible.span()) * (x - plot.left()) / plot.width())};
}

void EvidenceChartView::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    const QPointF scenePos = mapToScene(event->position().toPoint());
    zoomBy(std::pow(kWheelStep, steps), timeAt(scenePos.x()));
    event->accept();
}

void EvidenceChartView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QChartView::mousePressEvent(event);
    m_dragStart = event->position().toPoint();
    m_dragRange = m_visible;
    m_dragged = false;
    setCursor(Qt::ClosedHandCursor);
    event->accept();
}

void EvidenceChartView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragStart) {
        const double dx = event->position().x() - m_dragStart->x();
        // A click that wobbles a pixel or two is still a click (it may pick a marker).
        m_dragged = m_dragged || std::abs(dx) > 3;
        if (!m_dragged)
            return;
        const auto shift = qint64(-dx / chart()->plotArea().width() * double(m_dragRange.span()));
        setVisibleRange({UtcMillis {m_dragRange.from.value + shift}, UtcMillis {m_dragRange.to.value + shift}});
        event->accept();
        return;
    }
    if (const auto marker = markerNear(mapToScene(event->position().toPoint())))
        QToolTip::showText(event->globalPosition().toPoint(),
                           marker->at.toDateTime().toString(QStringLiteral("HH:mm:ss")) + QStringLiteral("  ")
                               + timelineKindName(marker->kind) + QLatin1Char('\n') + marker->text,
                           this);
    else
        QToolTip::hideText();
    QChartView::mouseMoveEvent(event);
}

void EvidenceChartView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_dragStart) {
        m_dragStart.reset();
        unsetCursor();
        if (!m_dragged) {
            if (const auto marker = markerNear(mapToScene(event->position().toPoint())))
                Q_EMIT markerActivated(*marker);
        }
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void EvidenceChartView::mouseDoubleClickEvent(QMouseEvent* event)
{
    resetZoom();
    event->accept();
}

void EvidenceChartView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(kWheelStep * kWheelStep);
        break;
    case Qt::Key_Minus:
        zoomBy(1.0 / (kWheelStep * kWheelStep));
        break;
    case Qt::Key_Left:
        panBy(-kKeyPan);
        break;
    case Qt::Key_Right:
        panBy(kKeyPan);
        break;
    case Qt::Key_Home:
    case Qt::Key_0:
        resetZoom();
        break;
    default:
        return QChartView::keyPressEvent(event);
    }
    event->accept();
}

void EvidenceChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    layoutPlotArea();
    updateTimeTicks();
    const int width = plotWidth();
    if (width != m_lastPlotWidth) {
        m_lastPlotWidth = width;
        Q_EMIT plotWidthChanged(width);
    }
}

void EvidenceChartView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QChartView::changeEvent(event);
}

void EvidenceChartView::drawBackground(QPainter* painter, const QRectF& rect)
{
    // Beneath the grid and the series: the chart paints no surface of its own (ChartTheme).
    QChartView::drawBackground(painter, rect);
    if (!m_incidentWindow)
        return;
    const QRectF plot = chart()->plotArea();
    const qreal left = std::max(plot.left(), xFor(m_incidentWindow->from));
    const qreal right = std::min(plot.right(), xFor(m_incidentWindow->to));
    if (right <= left)
        return;
    painter->fillRect(QRectF(left, plot.top(), right - left, plot.height()), ChartTheme::windowShadeColor());
}

void EvidenceChartView::drawForeground(QPainter* painter, const QRectF& rect)
{
    QChartView::drawForeground(painter, rect);
    const QRectF plot = chart()->plotArea();
    painter->save();
    painter->setClipRect(plot.adjusted(-6, -8, 6, 0));
    painter->setRenderHint(QPainter::Antialiasing);
    for (const EventMarker& marker : m_markers)
        drawMarker(*painter, marker, plot);
    if (m_highlight && m_visible.contains(*m_highlight)) {
        const qreal x = xFor(*m_highlight);
        painter->setPen(QPen(ChartTheme::highlightColor(), 3));
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    if (hasFocus()) {
        // Keyboard users see which chart the arrows and +/- act on.
        painter->setPen(QPen(ChartTheme::highlightColor(), 1, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(plot.adjusted(-2, -2, 2, 2));
    }
    painter->restore();
    drawTitle(*painter, plot);
    drawLegend(*painter, plot);
    if (!m_emptyText.isEmpty() && chart()->series().isEmpty()) {
        painter->setPen(palette().color(QPalette::PlaceholderText));
        painter->drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
    }
}

void EvidenceChartView::drawMarker(QPainter& painter, const EventMarker& marker, const QRectF& plot) const
{
    if (!m_visible.contains(marker.at))
        return;
    const qreal x = xFor(marker.at);
    QColor colour = KindStyle::kindColor(marker.kind);
    QPen pen(colour, 1.6, marker.suggested ? Qt::DashLine : Qt::SolidLine);
    colour.setAlphaF(0.85);
    pen.setColor(colour);
    painter.setPen(pen);
    painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    // A small flag on top says "event here" even where the line crosses a busy series.
    painter.setPen(Qt::NoPen);
    painter.setBrush(marker.suggested ? QBrush(Qt::NoBrush) : QBrush(KindStyle::kindColor(marker.kind)));
    if (marker.suggested)
        painter.setPen(QPen(KindStyle::kindColor(marker.kind), 1.4));
    const QPointF tip(x, plot.top());
    painter.drawPolygon(QPolygonF({tip, tip + QPointF(-5, -7), tip + QPointF(5, -7)}));
}

void EvidenceChartView::drawLegend(QPainter& painter, const QRectF& plot) const
{
    const QList<QAbstractSeries*> series = chart()->series();
    if (series.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF metrics(painter.font());
    const qreal rowHeight = metrics.height() + 2;
    qreal y = plot.top() - 12 - 2 * rowHeight + rowHeight / 2;
    qreal x = plot.left();
    int row = 0;
    for (QAbstractSeries* s : series) {
        if (s->name().isEmpty())
            continue; // the segments of a line broken by gaps
        // Entries flow over two rows; a name longer than a row is elided in the middle, where
        // label sets differ least.
        const qreal natural = metrics.horizontalAdvance(s->name()) + 40;
        if (x > plot.left() && x + std::min(natural, 160.0) > plot.right()) {
            if (++row == 2)
                break;
            x = plot.left();
            y += rowHeight;
        }
        const qreal entryWidth = std::min(natural, plot.right() - x);
        QColor colour = ChartTheme::textColor();
        if (const auto* area = qobject_cast<QAreaSeries*>(s))
            colour = area->pen().color();
        else if (const auto* line = qobject_cast<QXYSeries*>(s))
            colour = line->pen().color();
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRoundedRect(QRectF(x, y - 5, 14, 10), 2, 2);
        painter.setPen(ChartTheme::textColor());
        painter.drawText(QPointF(x + 20, y + metrics.ascent() / 2 - 1),
                         metrics.elidedText(s->name(), Qt::ElideMiddle, entryWidth - 36));
        x += entryWidth;
    }
    painter.restore();
}

void EvidenceChartView::drawTitle(QPainter& painter, const QRectF& plot) const
{
    if (m_title.isEmpty())
        return;
    painter.save();
    QFont font = painter.font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    painter.setFont(font);
    painter.setPen(ChartTheme::textColor());
    const QFontMetricsF metrics(font);
    painter.drawText(QPointF(plot.left(), 8 + metrics.ascent()),
                     metrics.elidedText(m_title, Qt::ElideRight, plot.width()));
    painter.restore();
}

std::optional<EventMarker> EvidenceChartView::markerNear(const QPointF& scenePos) const
{
    const QRectF plot = chart()->plotArea();
    if (scenePos.y() < plot.top() - 10 || scenePos.y() > plot.bottom())
        return std::nullopt;
    for (const EventMarker& marker : m_markers) {
        if (m_visible.contains(marker.at) && std::abs(xFor(marker.at) - scenePos.x()) <= 4)
            return marker;
    }
    return std::nullopt;
}

} // namespace debrief
