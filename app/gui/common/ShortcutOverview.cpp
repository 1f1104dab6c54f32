// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShortcutOverview.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace debrief {

namespace {
QString row(const QString& keys, const QString& what)
{
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
}
} // namespace

QString ShortcutOverview::html(const QMenuBar& menuBar)
{
    QString rows;
    for (const QAction* menuAction : menuBar.actions()) {
        if (!menuAction->menu())
            continue;
        for (const QAction* action : menuAction->menu()->actions()) {
            if (!action->shortcut().isEmpty())
                rows += row(action->shortcut().toString(QKeySequence::NativeText), action->iconText());
        }
    }
    // Keys with a widget shortcut context are not in any menu: listed by hand.
    rows += row(tr("Tab, Shift+Tab"), tr("Move between the incident list, the tabs and the page"));
    rows += row(tr("Ctrl+Tab"), tr("Next page"));
    rows += row(tr("Insert, Delete"), tr("Add or remove a timeline entry or action item"));
    rows += row(tr("F2"), tr("Edit the selected cell"));
    rows += row(tr("Ctrl+Up, Ctrl+Down"), tr("Move a timeline entry"));
    rows += row(tr("+, -, Home"), tr("Zoom the timeline charts in, out, back to the incident"));
    return QStringLiteral("<table cellspacing=\"6\">%1</table>").arg(rows);
}

} // namespace debrief
