// SPDX-License-Identifier: GPL-3.0-or-later
#include "UndeleteCommand.h"

#include "CommandContext.h"
#include "TrashRepository.h"

namespace debrief::cli {

QString UndeleteCommand::description() const
{
    return tr("Bring an incident back from the trash with its evidence.");
}

void UndeleteCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The incident in the trash."));
}

int UndeleteCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 1) {
        context.error(tr("undelete takes one incident id"));
        return ExitUsage;
    }
    const auto id = context.parseIncidentId(arguments.first());
    if (!id)
        return ExitUsage;
    if (!TrashRepository(context.database()).restore(*id)) {
        context.error(tr("%1: incident %2 is not in the trash (see 'debrief-cli trash')")
                          .arg(context.storePath(), QString::number(id->value)));
        return ExitUsage;
    }
    context.err() << tr("incident %1 is back").arg(id->value) << Qt::endl;
    // As import: the last line on standard output is the incident id alone.
    context.out() << id->value << Qt::endl;
    return ExitOk;
}

} // namespace debrief::cli
