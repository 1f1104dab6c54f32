// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>
#include <QStringList>
#include <optional>

namespace debrief {

// Which palette the window is drawn with: the platform's (the default, so that the desktop's dark
// mode carries over), or Debrief's own light or dark one.
enum class PaletteChoice
{
    System,
    Light,
    Dark,
};

// Debrief's own palettes, for `debrief --palette dark|light` and for checking every page on both
// (offscreen Qt has only the light default). Both come with the Fusion style, which draws every
// control from the palette; the system choice leaves style and palette to the platform. Not a
// theme engine: the pages take all their colours from whatever palette is set, so there is
// nothing else to switch.
class AppPalette
{
public:
    static QPalette dark();
    static QPalette light();
    // Sets the style and palette on the running QApplication; System changes nothing.
    static void apply(PaletteChoice choice);
    // "dark" for Dark: the values of --palette.
    static QString name(PaletteChoice choice);
    static std::optional<PaletteChoice> fromName(const QString& name);
    static QStringList allNames();
    // True when `palette` draws light text on a dark base, as helpers that pick contrast colours ask.
    static bool isDark(const QPalette& palette);
};

} // namespace debrief
