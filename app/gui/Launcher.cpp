// SPDX-License-Identifier: GPL-3.0-or-later
#include "Launcher.h"

#include "AppPalette.h"
#include "Database.h"
#include "IncidentView.h"
#include "LogFilterBar.h"
#include "LogsPage.h"
#include "MainWindow.h"
#include "Screenshot.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <cstdio>

namespace debrief {

Launcher::Launcher(const GuiOptions& options)
    : m_options(options)
{ }

int Launcher::run()
{
    // Before the first widget exists, so that every widget starts out with the chosen palette.
    AppPalette::apply(m_options.palette);
    MainWindow window;
    // Screenshots are reproducible artefacts: they neither read nor write the user's settings.
    window.setPersistSettings(!screenshotMode());
    if (!openStore(window))
        return 2;
    if (!selectIncident(window))
        return 2;
    if (m_options.page)
        window.showPage(*m_options.page);
    if (!m_options.logSearch.isEmpty())
        window.incidentView()->logsPage()->filterBar()->setSearch(m_options.logSearch, m_options.logRegex);
    if (screenshotMode())
        return takeScreenshot(window);
    window.restoreSettings();
    window.show();
    return QApplication::exec();
}

QString Launcher::storePath() const
{
    if (!m_options.storePath.isEmpty())
        return m_options.storePath;
    // DEBRIEF_STORE outranks the remembered store: scripts and demos set it on purpose.
    if (qEnvironmentVariableIsSet("DEBRIEF_STORE") || screenshotMode())
        return Database::defaultPath();
    const QString last = MainWindow::lastStoreSetting();
    return !last.isEmpty() && QFileInfo::exists(last) ? last : Database::defaultPath();
}

bool Launcher::openStore(MainWindow& window)
{
    const QString path = storePath();
    // Opening creates a missing store; a screenshot of an empty new file would only hide a typo.
    if (screenshotMode() && !QFileInfo::exists(path))
        return report(tr("%1: no such store").arg(path));
    QString error;
    if (window.openStore(path, &error))
        return true;
    if (screenshotMode() || !m_options.storePath.isEmpty())
        return report(error);
    // An implicit store that fails (a moved file, an older program's store) must not keep the
    // application from starting: the window opens without a store and says why.
    QMessageBox::warning(&window, tr("Cannot Open Store"), error);
    return true;
}

bool Launcher::selectIncident(MainWindow& window)
{
    if (!m_options.incident)
        return true;
    if (window.selectIncident(*m_options.incident))
        return true;
    return report(tr("%1: no incident with id %2").arg(window.storePath()).arg(m_options.incident->value));
}

int Launcher::takeScreenshot(MainWindow& window)
{
    const QSize size = m_options.screenshotSize.isValid() ? m_options.screenshotSize : Screenshot::defaultSize();
    const QString error = Screenshot::render(window, m_options.screenshotPath, size);
    if (!error.isEmpty())
        return fail(error);
    std::fprintf(stdout, "%s\n", qPrintable(QFileInfo(m_options.screenshotPath).absoluteFilePath()));
    return 0;
}

int Launcher::fail(const QString& message)
{
    std::fprintf(stderr, "debrief: %s\n", qPrintable(message));
    return 2;
}

bool Launcher::report(const QString& message)
{
    fail(message);
    return false;
}

} // namespace debrief
