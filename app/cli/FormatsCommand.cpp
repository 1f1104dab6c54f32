// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormatsCommand.h"

#include "CommandContext.h"

namespace debrief::cli {

QString FormatsCommand::description() const
{
    return tr("List the formats Debrief can import.");
}

void FormatsCommand::configure(QCommandLineParser&) const
{
}

int FormatsCommand::run(const QCommandLineParser&, CommandContext& context) const
{
    // Log and metric formats join this list through the ingest registry as they are added.
    QTextStream& out = context.out();
    out << tr("Postmortem documents:") << Qt::endl;
    out << "  postmortem    " << tr("Markdown or plain-text postmortem (Google SRE, PagerDuty, Atlassian styles)")
        << Qt::endl;
    out << "                " << tr("example: %1").arg(QStringLiteral("* 19:00 (UTC): Issue detected through monitoring"))
        << Qt::endl;
    return ExitOk;
}

} // namespace debrief::cli
