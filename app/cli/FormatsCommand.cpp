// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormatsCommand.h"

#include "CommandContext.h"
#include "LogFormatRegistry.h"
#include "MetricFormatRegistry.h"

namespace debrief::cli {

QString FormatsCommand::description() const
{
    return tr("List the formats Debrief can import.");
}

void FormatsCommand::configure(QCommandLineParser&) const { }

int FormatsCommand::run(const QCommandLineParser&, CommandContext& context) const
{
    QTextStream& out = context.out();
    out << tr("Postmortem documents:") << Qt::endl;
    out << "  " << QStringLiteral("postmortem").leftJustified(16)
        << tr("Markdown or plain-text postmortem (Google SRE, PagerDuty, Atlassian styles)") << Qt::endl;
    out << "  " << QString(16, u' ') << tr("example: %1").arg(QStringLiteral("* 19:00 (UTC): Issue detected"))
        << Qt::endl;
    out << Qt::endl << tr("Log files (detected from content, or --format NAME):") << Qt::endl;
    for (const LogFormat* format : LogFormatRegistry::builtIn().formats()) {
        out << "  " << format->name().leftJustified(16) << format->description() << Qt::endl;
        const QStringList samples = format->samples();
        if (!samples.isEmpty())
            out << "  " << QString(16, u' ') << tr("example: %1").arg(samples.constFirst()) << Qt::endl;
    }
    out << Qt::endl << tr("Metrics exports (detected from content, or --format NAME):") << Qt::endl;
    for (const MetricFormat* format : MetricFormatRegistry::builtIn().formats())
        out << "  " << format->name().leftJustified(16) << format->description() << Qt::endl;
    return ExitOk;
}

} // namespace debrief::cli
