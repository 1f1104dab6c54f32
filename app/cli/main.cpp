// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApplication.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Debrief"));
    QCoreApplication::setApplicationName(QStringLiteral("debrief"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEBRIEF_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("debrief"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    return debrief::cli::CliApplication::run(QCoreApplication::arguments(), out, err);
}
