// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreCommand.h"

#include "CommandContext.h"
#include "DocumentHistory.h"

namespace debrief::cli {

QString RestoreCommand::description() const
{
    return tr("Bring a version of an incident's document back (as a new version; see 'history').");
}

void RestoreCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The incident."));
    parser.addPositionalArgument(QStringLiteral("VERSION"), tr("The version to bring back."));
}

int RestoreCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 2) {
        context.error(tr("restore takes an incident id and a version number"));
        return ExitUsage;
    }
    const auto incident = context.loadIncident(arguments[0]);
    if (!incident)
        return ExitUsage;
    bool ok = false;
    const int version = arguments[1].toInt(&ok);
    if (!ok || version <= 0) {
        context.error(tr("'%1' is not a version number (see 'debrief-cli history %2')")
                          .arg(arguments[1], QString::number(incident->id.value)));
        return ExitUsage;
    }
    const DocumentRestoreResult result = DocumentHistory(context.database()).restore(incident->id, version);
    if (!result.ok) {
        context.error(result.error);
        return ExitUsage;
    }
    if (result.keptEdits > 0)
        context.err() << tr("the edits since the last version were kept as version %1").arg(result.keptEdits)
                      << Qt::endl;
    context.err() << tr("incident %1: version %2 restored as version %3")
                         .arg(QString::number(incident->id.value), QString::number(result.restored),
                              QString::number(result.newVersion))
                  << Qt::endl;
    return ExitOk;
}

} // namespace debrief::cli
