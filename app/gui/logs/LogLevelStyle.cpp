// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogLevelStyle.h"

#include <QPalette>

namespace debrief {

QString LogLevelStyle::name(int level)
{
    switch (level) {
    case 0:
        return tr("Trace");
    case 1:
        return tr("Debug");
    case 2:
        return tr("Info");
    case 3:
        return tr("Notice");
    case 4:
        return tr("Warning");
    case 5:
        return tr("Error");
    case 6:
        return tr("Critical");
    default:
        return tr("Level %1").arg(level);
    }
}

std::optional<QColor> LogLevelStyle::color(int level, const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    switch (level) {
    case 0:
    case 1:
        // Chatter: the palette's own muted text, which every theme keeps readable.
        return palette.color(QPalette::PlaceholderText);
    case 3:
        return dark ? QColor(0x79, 0xb8, 0xff) : QColor(0x1f, 0x5f, 0xbf);
    case 4:
        return dark ? QColor(0xf0, 0xb4, 0x3c) : QColor(0x9a, 0x5b, 0x00);
    case 5:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x2b, 0x22);
    case 6:
        return dark ? QColor(0xff, 0x5c, 0xa8) : QColor(0x9c, 0x12, 0x5a);
    default:
        return std::nullopt;
    }
}

} // namespace debrief
