// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommand.h"

#include "CommandContext.h"
#include "MarkdownExporter.h"

#include <QSaveFile>

namespace debrief::cli {

QString ExportCommand::description() const
{
    return tr("Write an incident as a Markdown report.");
}

void ExportCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringList {QStringLiteral("o"), QStringLiteral("output")},
                      tr("Write to FILE.md instead of standard output."), tr("FILE.md")});
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The incident id."));
}

int ExportCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    if (parser.positionalArguments().size() != 1) {
        context.error(tr("export takes one incident id"));
        return ExitUsage;
    }
    const auto incident = context.loadIncident(parser.positionalArguments().constFirst());
    if (!incident)
        return ExitUsage;
    const QByteArray report = MarkdownExporter::exportIncident(*incident).toUtf8();
    if (!parser.isSet(QStringLiteral("output"))) {
        context.out() << QString::fromUtf8(report);
        return ExitOk;
    }
    // QSaveFile writes a temporary and renames it, so a failed export never leaves half a report.
    QSaveFile file(parser.value(QStringLiteral("output")));
    if (!file.open(QIODevice::WriteOnly) || file.write(report) != report.size() || !file.commit()) {
        context.error(file.fileName(), 0, tr("cannot write the report: %1").arg(file.errorString()));
        return ExitUsage;
    }
    context.err() << tr("Wrote %1").arg(file.fileName()) << Qt::endl;
    return ExitOk;
}

} // namespace debrief::cli
