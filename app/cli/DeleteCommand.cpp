// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeleteCommand.h"

#include "CommandContext.h"
#include "TrashRepository.h"

namespace debrief::cli {

QString DeleteCommand::description() const
{
    return tr("Move an incident with its evidence to the trash ('undelete' brings it back).");
}

void DeleteCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The incident."));
}

int DeleteCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 1) {
        context.error(tr("delete takes one incident id"));
        return ExitUsage;
    }
    const auto incident = context.loadIncident(arguments.first());
    if (!incident)
        return ExitUsage;
    if (!TrashRepository(context.database()).moveToTrash(incident->id)) {
        context.error(tr("incident %1 could not be moved to the trash").arg(incident->id.value));
        return ExitUsage;
    }
    context.err() << tr("incident %1 (%2) moved to the trash; 'debrief-cli undelete %1' brings it back")
                         .arg(QString::number(incident->id.value), incident->title)
                  << Qt::endl;
    return ExitOk;
}

} // namespace debrief::cli
