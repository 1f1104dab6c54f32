// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "CommandContext.h"
#include "PostmortemFileImport.h"

namespace debrief::cli {

namespace {

const QString kIncident = QStringLiteral("incident");
const QString kFormat = QStringLiteral("format");
const QString kTimezone = QStringLiteral("timezone");
const QString kYear = QStringLiteral("year");

} // namespace

QString ImportCommand::description() const
{
    return tr("Import postmortems (a new incident each, unless --incident).");
}

void ImportCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({kIncident, tr("Import into this incident (a postmortem replaces its document)."), tr("ID")});
    parser.addOption({kFormat, tr("Skip detection: the format of the files (see 'formats')."), tr("NAME")});
    parser.addOption({kTimezone, tr("The zone of times that state none (default: as the document says, else UTC)."),
                      tr("TZ")});
    parser.addOption({kYear, tr("The year of dates that state none."), tr("YYYY")});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Files to import."), QStringLiteral("FILE..."));
}

int ImportCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        context.error(tr("import needs at least one file"));
        return ExitUsage;
    }
    if (parser.isSet(kFormat) && parser.value(kFormat) != QLatin1String("postmortem")) {
        context.error(tr("unknown format '%1' (see 'debrief-cli formats')").arg(parser.value(kFormat)));
        return ExitUsage;
    }
    PostmortemImportOptions options;
    options.timezone = parser.value(kTimezone);
    if (parser.isSet(kYear)) {
        bool ok = false;
        options.year = parser.value(kYear).toInt(&ok);
        if (!ok || *options.year < 1970 || *options.year > 9999) {
            context.error(tr("--year takes a year such as 2024, not '%1'").arg(parser.value(kYear)));
            return ExitUsage;
        }
    }
    std::optional<IncidentId> into;
    if (parser.isSet(kIncident)) {
        into = context.parseIncidentId(parser.value(kIncident));
        if (!into)
            return ExitUsage;
        if (!context.loadIncident(parser.value(kIncident)))
            return ExitUsage;
    }

    int exitCode = ExitOk;
    std::optional<IncidentId> last;
    for (const QString& file : files) {
        const PostmortemFileImportResult result = PostmortemFileImport::run(context.database(), file, options, into);
        for (const ImportDiagnostic& d : result.diagnostics) {
            if (d.severity != Severity::Error)
                context.error(file, d.line, severityName(d.severity) + QStringLiteral(": ") + d.message);
        }
        if (!result.ok) {
            context.error(file, result.errorLine, result.error);
            exitCode = ExitUsage;
            continue;
        }
        context.err() << tr("%1: incident %2: %3, %4, %5")
                             .arg(file)
                             .arg(result.incident.value)
                             .arg(tr("%n timeline entries", nullptr, result.timelineEntries),
                                  tr("%n root causes", nullptr, result.rootCauses),
                                  tr("%n action items", nullptr, result.actionItems))
                      << Qt::endl;
        last = result.incident;
    }
    // The contract: the last line on standard output is the incident id alone.
    if (last)
        context.out() << last->value << Qt::endl;
    return exitCode;
}

} // namespace debrief::cli
