// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QColor>
#include <QString>
#include <optional>

class QPalette;

namespace debrief {

// How the log view shows a level (0 trace .. 6 critical): its translated name and its text colour.
// The colours are picked per palette, lighter on a dark base, so that a warning stays readable on
// a projector in dark mode; info keeps the palette's own text colour, since most lines are info and
// a page of coloured text is noise. Not a theme: no backgrounds are painted here.
class LogLevelStyle
{
    Q_DECLARE_TR_FUNCTIONS(LogLevelStyle)

public:
    static constexpr int kLevels = 7;

    static QString name(int level);
    // None: the palette's text colour.
    static std::optional<QColor> color(int level, const QPalette& palette);
    // Error and critical: worth a bold face as well as a colour, for readers who see no red.
    static bool isEmphasised(int level) { return level >= 5; }
};

} // namespace debrief
