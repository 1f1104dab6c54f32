// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApplication.h"

#include "CommandContext.h"
#include "CommandRegistry.h"
#include "StoreError.h"

#include <QCommandLineParser>

namespace debrief::cli {

namespace {

const QString kStoreOption = QStringLiteral("store");

// The global options stand before the command; --store is also accepted after it, as scripts
// tend to append it.
struct GlobalArguments
{
    QString storePath;
    bool help = false;
    bool version = false;
    QString command;
    QStringList rest;
    QString error;
};

GlobalArguments splitArguments(const QStringList& arguments)
{
    GlobalArguments global;
    int i = 1;
    for (; i < arguments.size() && arguments[i].startsWith(u'-'); ++i) {
        const QString& arg = arguments[i];
        if (arg == QLatin1String("--store")) {
            if (++i >= arguments.size()) {
                global.error = CliApplication::tr("--store needs a path");
                return global;
            }
            global.storePath = arguments[i];
        } else if (arg.startsWith(QLatin1String("--store="))) {
            global.storePath = arg.mid(8);
        } else if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            global.help = true;
        } else if (arg == QLatin1String("-v") || arg == QLatin1String("--version")) {
            global.version = true;
        } else {
            global.error = CliApplication::tr("unknown option '%1'").arg(arg);
            return global;
        }
    }
    if (i < arguments.size()) {
        global.command = arguments[i];
        global.rest = arguments.mid(i + 1);
    }
    return global;
}

} // namespace

QString CliApplication::usage()
{
    QString text = tr("Usage: debrief-cli [--store PATH] COMMAND [ARGS...]\n\n"
                      "Debrief keeps incident postmortems and their evidence in one SQLite store.\n"
                      "The store is --store PATH, else $DEBRIEF_STORE, else %1.\n\nCommands:\n")
                       .arg(Database::defaultPath());
    const CommandRegistry registry;
    for (const auto& command : registry.commands())
        text += QStringLiteral("  %1%2\n").arg(command->name().leftJustified(12), command->description());
    text += tr("\nRun 'debrief-cli COMMAND --help' for the options of a command.\n");
    return text;
}

int CliApplication::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const GlobalArguments global = splitArguments(arguments);
    if (!global.error.isEmpty()) {
        err << "debrief-cli: " << global.error << Qt::endl << usage();
        return ExitUsage;
    }
    if (global.version) {
        out << "debrief-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    if (global.help || global.command.isEmpty()) {
        (global.help ? out : err) << usage();
        out.flush();
        return global.help ? ExitOk : ExitUsage;
    }
    const CommandRegistry registry;
    const Command* command = registry.find(global.command);
    if (!command) {
        err << "debrief-cli: " << tr("unknown command '%1'").arg(global.command) << Qt::endl << usage();
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->description());
    parser.addOption({QStringList {QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")});
    parser.addOption({kStoreOption, tr("The incident store."), tr("PATH")});
    command->configure(parser);
    if (!parser.parse(QStringList {QStringLiteral("debrief-cli ") + command->name()} + global.rest)) {
        err << "debrief-cli: " << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    QString storePath = parser.isSet(kStoreOption) ? parser.value(kStoreOption) : global.storePath;
    if (storePath.isEmpty())
        storePath = Database::defaultPath();

    CommandContext context(out, err, storePath);
    try {
        const int code = command->run(parser, context);
        out.flush();
        err.flush();
        return code;
    } catch (const StoreError& e) {
        context.error(e.message());
        return ExitUsage;
    }
}

} // namespace debrief::cli
