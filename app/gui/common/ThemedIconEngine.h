// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QColor>
#include <QIconEngine>
#include <QString>

namespace debrief {

// Draws a monochrome SVG from the resources with its `currentColor` strokes and fills replaced at
// paint time: by the palette's text colour for the icon's mode (WindowText, the disabled
// WindowText, HighlightedText when selected), or by a fixed colour. Rendering happens at the
// requested pixel size, so high-DPI screens get a crisp image rather than a scaled 16 px one, and
// a palette change (dark mode) shows on the next paint. Pixmaps are cached in QPixmapCache. Not a
// general SVG icon engine: it knows one file and one colour.
class ThemedIconEngine : public QIconEngine
{
public:
    explicit ThemedIconEngine(const QString& resourcePath, const QColor& fixedColor = QColor());

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine* clone() const override;
    QString key() const override;
    QString iconName() override;
    bool isNull() override;

    // The colour the strokes take in `mode` under the application palette.
    QColor colorFor(QIcon::Mode mode) const;

private:
    QPixmap render(const QSize& pixelSize, QIcon::Mode mode);

    QString m_path;
    QColor m_fixedColor;
    QByteArray m_svg;
};

} // namespace debrief
