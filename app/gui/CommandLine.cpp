// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <cstring>

namespace debrief {

CommandLine::Outcome CommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Debrief: incident postmortems with their timeline and evidence."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption store(QStringLiteral("store"),
                                   tr("The incident store to open (default: $DEBRIEF_STORE, else the last one)."),
                                   tr("path"));
    const QCommandLineOption incident(QStringLiteral("incident"), tr("The incident to show (default: the first)."),
                                      tr("id"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  tr("The page to show: %1.").arg(allIncidentPageNames().join(QStringLiteral(", "))),
                                  tr("name"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Render the window offscreen to a PNG file, print its path and exit."),
                                        tr("file.png"));
    const QCommandLineOption palette(
        QStringLiteral("palette"),
        tr("The colours to draw with: %1 (default: system, which follows the desktop's dark mode).")
            .arg(AppPalette::allNames().join(QStringLiteral(", "))),
        tr("name"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  tr("The size of the screenshot's window, such as 1600x1000 (default 1400x900)."),
                                  tr("WxH"));
    const QCommandLineOption search(QStringLiteral("search"),
                                    tr("Search the logs for a text as pasted from a log line."), tr("text"));
    const QCommandLineOption regex(QStringLiteral("regex"),
                                   tr("Search the logs with a regular expression over the messages."), tr("re"));
    parser.addOptions({store, incident, view, screenshot, size, palette, search, regex});
    m_helpText = parser.helpText();

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help))
        return Outcome::ShowHelp;
    if (parser.isSet(version))
        return Outcome::ShowVersion;
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("unexpected argument: %1").arg(parser.positionalArguments().constFirst()));

    if (parser.isSet(search) && parser.isSet(regex))
        return fail(tr("--search and --regex exclude each other"));
    m_options.logRegex = parser.isSet(regex);
    m_options.logSearch = parser.value(m_options.logRegex ? regex : search);
    m_options.storePath = parser.value(store);
    m_options.screenshotPath = parser.value(screenshot);
    if (parser.isSet(incident)) {
        bool ok = false;
        const qint64 id = parser.value(incident).toLongLong(&ok);
        if (!ok || id <= 0)
            return fail(tr("--incident needs a positive number, not \"%1\"").arg(parser.value(incident)));
        m_options.incident = IncidentId {id};
    }
    if (parser.isSet(view)) {
        m_options.page = incidentPageFromName(parser.value(view));
        if (!m_options.page)
            return fail(tr("unknown view \"%1\" (expected one of: %2)")
                            .arg(parser.value(view), allIncidentPageNames().join(QStringLiteral(", "))));
    }
    if (parser.isSet(size)) {
        static const QRegularExpression wxh(QStringLiteral("^(\\d{3,4})[xX](\\d{3,4})$"));
        const QRegularExpressionMatch m = wxh.match(parser.value(size));
        if (!m.hasMatch())
            return fail(tr("--size takes a width and a height such as 1600x1000, not \"%1\"").arg(parser.value(size)));
        m_options.screenshotSize = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    if (parser.isSet(palette)) {
        const std::optional<PaletteChoice> choice = AppPalette::fromName(parser.value(palette));
        if (!choice)
            return fail(tr("unknown palette \"%1\" (expected one of: %2)")
                            .arg(parser.value(palette), AppPalette::allNames().join(QStringLiteral(", "))));
        m_options.palette = *choice;
    }
    return Outcome::Run;
}

bool CommandLine::wantsScreenshot(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot") == 0 || std::strncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    }
    return false;
}

CommandLine::Outcome CommandLine::fail(const QString& message)
{
    m_errorText = message;
    return Outcome::Error;
}

} // namespace debrief
