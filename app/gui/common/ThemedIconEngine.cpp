// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThemedIconEngine.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace debrief {

ThemedIconEngine::ThemedIconEngine(const QString& resourcePath, const QColor& fixedColor)
    : m_path(resourcePath)
    , m_fixedColor(fixedColor)
{
    QFile file(resourcePath);
    if (file.open(QIODevice::ReadOnly))
        m_svg = file.readAll();
}

QColor ThemedIconEngine::colorFor(QIcon::Mode mode) const
{
    const QPalette palette = QGuiApplication::palette();
    if (mode == QIcon::Disabled)
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    if (mode == QIcon::Selected)
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    // A fixed colour is a kind's: it must stay recognisable, so only disabling greys it.
    if (m_fixedColor.isValid())
        return m_fixedColor;
    return palette.color(QPalette::Active, QPalette::WindowText);
}

QPixmap ThemedIconEngine::render(const QSize& pixelSize, QIcon::Mode mode)
{
    if (m_svg.isEmpty() || pixelSize.isEmpty())
        return {};
    const QColor color = colorFor(mode);
    const QString cacheKey = QStringLiteral("debrief-icon:%1:%2x%3:%4")
                                 .arg(m_path)
                                 .arg(pixelSize.width())
                                 .arg(pixelSize.height())
                                 .arg(color.name(QColor::HexArgb));
    QPixmap pixmap;
    if (QPixmapCache::find(cacheKey, &pixmap))
        return pixmap;
    QByteArray svg = m_svg;
    // QtSvg's own currentColor would be black; the placeholder is swapped for the palette's
    // colour instead (opacity of translucent details is kept by their own attributes).
    svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(svg);
    pixmap = QPixmap(pixelSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(pixelSize)));
    painter.end();
    QPixmapCache::insert(cacheKey, pixmap);
    return pixmap;
}

void ThemedIconEngine::paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(state)
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap pixmap = render(rect.size() * dpr, mode);
    pixmap.setDevicePixelRatio(dpr);
    painter->drawPixmap(rect, pixmap);
}

QPixmap ThemedIconEngine::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(state)
    return render(size, mode);
}

QPixmap ThemedIconEngine::scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    Q_UNUSED(state)
    // QIcon passes the size in device pixels already (the logical size times `scale`).
    QPixmap pixmap = render(size, mode);
    pixmap.setDevicePixelRatio(scale);
    return pixmap;
}

QSize ThemedIconEngine::actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(mode)
    Q_UNUSED(state)
    // Square drawings: the largest square that fits.
    const int side = qMin(size.width(), size.height());
    return QSize(side, side);
}

QIconEngine* ThemedIconEngine::clone() const
{
    return new ThemedIconEngine(*this);
}

QString ThemedIconEngine::key() const
{
    return QStringLiteral("debrief-themed-svg");
}

QString ThemedIconEngine::iconName()
{
    return QFileInfo(m_path).completeBaseName();
}

bool ThemedIconEngine::isNull()
{
    return m_svg.isEmpty();
}

} // namespace debrief
