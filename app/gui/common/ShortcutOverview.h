// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QMenuBar;

namespace debrief {

// The text of Help › Keyboard Shortcuts: every menu action that has a shortcut, read from the menu
// bar so that the list cannot drift from the menus, followed by the keys the pages handle
// themselves (Insert, F2, the chart zoom). An HTML table for a message box; not a shortcut editor.
class ShortcutOverview
{
    Q_DECLARE_TR_FUNCTIONS(ShortcutOverview)

public:
    static QString html(const QMenuBar& menuBar);
};

} // namespace debrief
