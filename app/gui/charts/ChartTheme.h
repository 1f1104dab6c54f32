// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QChart;
class QAbstractAxis;

namespace debrief {

// Applies the application palette to a chart (text, grid, no painted surfaces) and hands out the
// colours of overlaid series, so that charts read on a light and a dark palette alike and on a
// projector. Qt Charts' own themes paint fixed backgrounds; this is used instead of them.
class ChartTheme
{
public:
    static void apply(QChart& chart);
    static void applyToAxis(QAbstractAxis& axis);
    // The i-th colour of a qualitative palette (Okabe-Ito mid-tones, distinguishable by people
    // with the common colour-vision deficiencies), repeating after eight.
    static QColor seriesColor(int index);
    // Warning, error and critical in the log-rate histogram.
    static QColor levelColor(int level);
    static QColor textColor();
    static QColor gridColor();
    static QColor windowShadeColor();
    static QColor highlightColor();
};

} // namespace debrief
