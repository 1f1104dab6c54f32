// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartTheme.h"

#include "LogLevel.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QLegend>
#include <QPalette>
#include <array>

namespace debrief {

namespace {

bool darkPalette()
{
    return QApplication::palette().color(QPalette::Base).lightnessF() < 0.5;
}

} // namespace

void ChartTheme::apply(QChart& chart)
{
    // The view paints the palette's base colour behind the chart (and the incident window over
    // it), so the chart itself paints no surface.
    chart.setBackgroundVisible(false);
    chart.setPlotAreaBackgroundVisible(false);
    chart.setTitleBrush(textColor());
    QFont title = chart.titleFont();
    title.setBold(true);
    title.setPointSizeF(QApplication::font().pointSizeF() * 1.05);
    chart.setTitleFont(title);
    chart.legend()->setLabelColor(textColor());
    chart.legend()->setAlignment(Qt::AlignTop);
    chart.setAnimationOptions(QChart::NoAnimation);
    for (QAbstractAxis* axis : chart.axes())
        applyToAxis(*axis);
}

void ChartTheme::applyToAxis(QAbstractAxis& axis)
{
    axis.setLabelsColor(textColor());
    axis.setTitleBrush(textColor());
    axis.setGridLineColor(gridColor());
    axis.setLinePenColor(gridColor());
    axis.setMinorGridLineVisible(false);
}

QColor ChartTheme::seriesColor(int index)
{
    static constexpr std::array<QRgb, 8> light {0x0072b2, 0xd55e00, 0x009e73, 0xcc79a7,
                                                0xe69f00, 0x56b4e9, 0x7a6a00, 0x555555};
    // On dark bases the darkest entries are lifted so that thin lines keep their contrast.
    static constexpr std::array<QRgb, 8> dark {0x4fa3e0, 0xff8a3d, 0x2fc99b, 0xe79ac9,
                                               0xf2b632, 0x8fd0f5, 0xd2c14a, 0xbbbbbb};
    const auto& colours = darkPalette() ? dark : light;
    return QColor(colours[size_t(index) % colours.size()]);
}

QColor ChartTheme::levelColor(int level)
{
    switch (LogLevel(level)) {
    case LogLevel::Critical:
        return darkPalette() ? QColor(0xff, 0x5c, 0x8a) : QColor(0xa3, 0x14, 0x4b);
    case LogLevel::Error:
        return darkPalette() ? QColor(0xff, 0x6b, 0x5b) : QColor(0xd6, 0x3a, 0x2b);
    case LogLevel::Warning:
        return QColor(0xf0, 0xa2, 0x2e);
    default:
        break;
    }
    return QColor(0x8c, 0x8c, 0x8c);
}

QColor ChartTheme::textColor()
{
    return QApplication::palette().color(QPalette::WindowText);
}

QColor ChartTheme::gridColor()
{
    QColor grid = textColor();
    grid.setAlphaF(darkPalette() ? 0.16 : 0.12);
    return grid;
}

QColor ChartTheme::windowShadeColor()
{
    // A warm tint says "this is when it hurt" without competing with the series colours.
    return darkPalette() ? QColor(255, 120, 90, 34) : QColor(235, 80, 50, 24);
}

QColor ChartTheme::highlightColor()
{
    return QApplication::palette().color(QPalette::Highlight);
}

} // namespace debrief
