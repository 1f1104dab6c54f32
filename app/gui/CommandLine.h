// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppPalette.h"
#include "Ids.h"
#include "IncidentPage.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

namespace debrief {

// What `debrief` was asked to do on its command line.
struct GuiOptions
{
    QString storePath; // empty: not given (DEBRIEF_STORE, the last store or the default apply)
    std::optional<IncidentId> incident;
    std::optional<IncidentPage> page;
    QString screenshotPath; // non-empty: render offscreen to this PNG and exit
    QSize screenshotSize; // invalid: Screenshot's default
    PaletteChoice palette = PaletteChoice::System;
    // The Logs page's search to start with (as `debrief-cli search ID TEXT | --regex RE`).
    QString logSearch;
    bool logRegex = false;
};

// Parses `debrief [--store PATH] [--incident ID] [--view NAME] [--screenshot FILE.png [--size WxH]]
// [--palette system|light|dark] [--search TEXT | --regex RE]` with
// QCommandLineParser. It validates values (an id is a positive integer, a view is one of the page
// names) but opens nothing: whether the store and incident exist is the launcher's question.
// Not for the CLI program, which has its own commands.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Outcome
    {
        Run,
        ShowHelp,
        ShowVersion,
        Error,
    };

    // `arguments` includes the program name, as QCoreApplication::arguments() returns it.
    Outcome parse(const QStringList& arguments);
    const GuiOptions& options() const { return m_options; }
    const QString& errorText() const { return m_errorText; }
    const QString& helpText() const { return m_helpText; }

    // True when the raw arguments ask for a screenshot: read before QApplication exists, to choose
    // the offscreen platform.
    static bool wantsScreenshot(int argc, char** argv);

private:
    Outcome fail(const QString& message);

    GuiOptions m_options;
    QString m_errorText;
    QString m_helpText;
};

} // namespace debrief
