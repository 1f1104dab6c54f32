// SPDX-License-Identifier: GPL-3.0-or-later
#include "KindStyle.h"

#include "AppIcons.h"

#include <QGuiApplication>
#include <QPalette>

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
    // A glyph per kind (a bell for detection, a fish for a red herring) in the kind's colour: the
    // shape tells kinds apart for people who cannot tell the colours apart, and in print.
    return AppIcons::kind(kind);
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
