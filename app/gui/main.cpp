// SPDX-License-Identifier: GPL-3.0-or-later
// debrief: the desktop application. Everything but the process setup lives in DebriefGui.
#include "CommandLine.h"
#include "KindStyle.h"
#include "Launcher.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <cstdio>

int main(int argc, char* argv[])
{
    // A screenshot needs no display; choosing the platform must happen before QApplication exists.
    if (debrief::CommandLine::wantsScreenshot(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("debrief"));
    QApplication::setApplicationDisplayName(QStringLiteral("Debrief"));
    QApplication::setOrganizationName(QStringLiteral("Debrief"));
    QApplication::setApplicationVersion(QStringLiteral(DEBRIEF_VERSION));
    QApplication::setWindowIcon(debrief::KindStyle::appIcon());

    // Both may be missing (no German build yet, no Qt translations installed): English remains.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("debrief"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    debrief::CommandLine commandLine;
    switch (commandLine.parse(QApplication::arguments())) {
    case debrief::CommandLine::Outcome::ShowHelp:
        std::fputs(qPrintable(commandLine.helpText()), stdout);
        return 0;
    case debrief::CommandLine::Outcome::ShowVersion:
        std::printf("debrief %s\n", DEBRIEF_VERSION);
        return 0;
    case debrief::CommandLine::Outcome::Error:
        std::fprintf(stderr, "debrief: %s\n", qPrintable(commandLine.errorText()));
        return 2;
    case debrief::CommandLine::Outcome::Run:
        break;
    }
    return debrief::Launcher(commandLine.options()).run();
}
