// SPDX-License-Identifier: GPL-3.0-or-later
#include "KindStyle.h"

#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace debrief {

QColor KindStyle::kindColor(TimelineKind kind)
{
    // Saturated mid-tones (lightness ~45-60%): readable as dots on white and on near-black.
    switch (kind) {
    case TimelineKind::Detection:
        return QColor(0xe0, 0x8a, 0x1e); // amber: the alarm went off
    case TimelineKind::Investigation:
        return QColor(0x3b, 0x7d, 0xd8); // blue
    case TimelineKind::RedHerring:
        return QColor(0xb0, 0x5c, 0xc8); // violet: a detour
    case TimelineKind::Mitigation:
        return QColor(0x1f, 0xa3, 0x9a); // teal
    case TimelineKind::Fix:
        return QColor(0x4c, 0xa8, 0x3c); // green
    case TimelineKind::Resolution:
        return QColor(0x2e, 0x8b, 0x57); // deep green: done
    case TimelineKind::Communication:
        return QColor(0x7a, 0x86, 0xb8); // slate
    case TimelineKind::Deploy:
        return QColor(0xd6, 0x5a, 0x45); // brick: changes are suspects
    case TimelineKind::Note:
        break;
    }
    return QColor(0x8c, 0x8c, 0x8c);
}

QIcon KindStyle::kindIcon(TimelineKind kind)
{
    // Painted at two sizes so that high-DPI projectors get a crisp dot; cached because table
    // views ask for decorations on every repaint.
    static QHash<int, QIcon> cache;
    const int key = int(kind);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(kindColor(kind));
        const qreal margin = size * 0.18;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(key, icon);
    return icon;
}

QIcon KindStyle::severityIcon(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QIcon(QStringLiteral(":/icons/severity-error.svg"));
    case Severity::Warning:
        return QIcon(QStringLiteral(":/icons/severity-warning.svg"));
    case Severity::Info:
        break;
    }
    return QIcon(QStringLiteral(":/icons/severity-info.svg"));
}

QIcon KindStyle::appIcon()
{
    return QIcon(QStringLiteral(":/icons/debrief.svg"));
}

QColor KindStyle::attentionColor()
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightnessF() < 0.5;
    return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x2b, 0x22);
}

} // namespace debrief
