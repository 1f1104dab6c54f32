// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

#include <QCoreApplication>
#include <QString>

namespace debrief {

class MainWindow;

// Turns parsed options into a running window or a screenshot: chooses the store (--store, then
// DEBRIEF_STORE, then the last store, then the default), opens it, selects the incident and the
// page, and either runs the event loop or renders the PNG and returns. Exit codes follow the CLI
// contract: 0 on success, 2 for a store, incident or file that cannot be used. Not a parser (that
// is CommandLine) and not a window (that is MainWindow).
class Launcher
{
    Q_DECLARE_TR_FUNCTIONS(Launcher)

public:
    explicit Launcher(const GuiOptions& options);

    int run();
    // The store path the options select, before any is opened.
    QString storePath() const;

private:
    bool screenshotMode() const { return !m_options.screenshotPath.isEmpty(); }
    bool openStore(MainWindow& window);
    bool selectIncident(MainWindow& window);
    int takeScreenshot(MainWindow& window);
    // Both print "debrief: message" to stderr; fail() gives the exit code, report() a step's result.
    static int fail(const QString& message);
    static bool report(const QString& message);

    GuiOptions m_options;
};

} // namespace debrief
