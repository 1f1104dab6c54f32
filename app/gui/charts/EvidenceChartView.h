// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EventMarker.h"
#include "TimeWindow.h"

#include <QChartView>
#include <QVector>
#include <optional>

class QCategoryAxis;
class QValueAxis;
class QAbstractSeries;

namespace debrief {

// A chart of evidence over UTC time: whatever series a feeder puts in (metric lines, log-rate
// areas) on one time axis labelled in UTC, with the incident window shaded, a vertical line per
// timeline event in its kind's colour and an optional highlighted moment. The visible range moves
// with the mouse (wheel zooms around the pointer, drag pans, double-click resets) and the keyboard
// (+ and - zoom, arrows pan, Home resets); every change is announced by visibleRangeChanged(),
// which TimeAxisSync forwards to the other charts and feeders answer with finer data. It loads
// nothing itself.
class EvidenceChartView : public QChartView
{
    Q_OBJECT

public:
    // The narrowest window a zoom reaches: below this a chart of minute samples shows nothing.
    static constexpr qint64 kMinimumSpan = 10 * 1000;

    explicit EvidenceChartView(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setValueTitle(const QString& title);
    // Where Home and double-click go, and the limit of zooming out and panning.
    void setFullRange(const TimeWindow& range);
    const TimeWindow& fullRange() const { return m_fullRange; }
    // Clamped to the full range; emits visibleRangeChanged() when it changes.
    void setVisibleRange(const TimeWindow& range);
    const TimeWindow& visibleRange() const { return m_visible; }
    void resetZoom();
    void zoomBy(double factor, std::optional<UtcMillis> anchor = std::nullopt);
    void panBy(double fraction);

    void setIncidentWindow(std::optional<TimeWindow> window);
    void setMarkers(const QVector<EventMarker>& markers);
    const QVector<EventMarker>& markers() const { return m_markers; }
    // A moment drawn as a bold line (the selected event); moved into view when it is outside.
    void setHighlight(std::optional<UtcMillis> at);
    std::optional<UtcMillis> highlight() const { return m_highlight; }

    // Attaches a series to the time and value axes (the chart takes ownership).
    void addSeries(QAbstractSeries* series);
    void removeAllSeries();
    void setValueRange(double min, double max);
    // Shown in the middle of an empty plot ("Select a series").
    void setEmptyText(const QString& text);
    // The plot's width in pixels: how many points are worth loading.
    int plotWidth() const;

Q_SIGNALS:
    void visibleRangeChanged(const debrief::TimeWindow& range);
    // The plot got wider or narrower: a feeder may want more or fewer points.
    void plotWidthChanged(int width);
    // A marker was clicked (without dragging).
    void markerActivated(const debrief::EventMarker& marker);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;

private:
    void applyVisibleRangeToAxis();
    void updateTimeTicks();
    void layoutPlotArea();
    void applyPalette();
    qreal xFor(UtcMillis at) const;
    UtcMillis timeAt(qreal x) const;
    void drawMarker(QPainter& painter, const EventMarker& marker, const QRectF& plot) const;
    void drawTitle(QPainter& painter, const QRectF& plot) const;
    void drawLegend(QPainter& painter, const QRectF& plot) const;
    std::optional<EventMarker> markerNear(const QPointF& scenePos) const;

    QCategoryAxis* m_timeAxis = nullptr;
    QValueAxis* m_valueAxis = nullptr;
    TimeWindow m_fullRange;
    TimeWindow m_visible;
    std::optional<TimeWindow> m_incidentWindow;
    QVector<EventMarker> m_markers;
    std::optional<UtcMillis> m_highlight;
    QString m_title;
    QString m_emptyText;
    std::optional<QPoint> m_dragStart;
    bool m_dragged = false;
    int m_lastPlotWidth = 0;
    TimeWindow m_dragRange;
};

} // namespace debrief
