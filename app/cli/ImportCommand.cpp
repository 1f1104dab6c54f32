// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "CommandContext.h"
#include "ImportKindDetector.h"
#include "LogImport.h"
#include "MetricImport.h"
#include "PostmortemFileImport.h"
#include "TimeArgument.h"

#include <cstdio>
#include <unistd.h>

namespace debrief::cli {

namespace {

const QString kIncident = QStringLiteral("incident");
const QString kFormat = QStringLiteral("format");
const QString kTimezone = QStringLiteral("timezone");
const QString kYear = QStringLiteral("year");
const QString kForce = QStringLiteral("force");
const QString kAt = QStringLiteral("at");

bool knownFormat(const QString& name)
{
    return name == QLatin1String("postmortem") || LogFormatRegistry::builtIn().find(name)
        || MetricFormatRegistry::builtIn().find(name);
}

} // namespace

QString ImportCommand::description() const
{
    return tr("Import postmortems (a new incident each, unless --incident), log files and metrics (into --incident).");
}

void ImportCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({kIncident, tr("Import into this incident (a postmortem replaces its document)."), tr("ID")});
    parser.addOption({kFormat, tr("Skip detection: the format of the files (see 'formats')."), tr("NAME")});
    parser.addOption(
        {kTimezone, tr("The zone of times that state none (default: as the document says, else UTC)."), tr("TZ")});
    parser.addOption({kYear, tr("The year of dates that state none."), tr("YYYY")});
    parser.addOption({kForce, tr("Import a log file again that the incident already has, replacing it.")});
    parser.addOption(
        {kAt, tr("The time of a metrics snapshot without timestamps (default: the file's time)."), tr("T")});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Files to import."), QStringLiteral("FILE..."));
}

int ImportCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        context.error(tr("import needs at least one file"));
        return ExitUsage;
    }
    const QString format = parser.value(kFormat);
    if (!format.isEmpty() && !knownFormat(format)) {
        context.error(tr("unknown format '%1' (see 'debrief-cli formats')").arg(format));
        return ExitUsage;
    }
    std::optional<int> year;
    if (parser.isSet(kYear)) {
        bool ok = false;
        year = parser.value(kYear).toInt(&ok);
        if (!ok || *year < 1970 || *year > 9999) {
            context.error(tr("--year takes a year such as 2024, not '%1'").arg(parser.value(kYear)));
            return ExitUsage;
        }
    }
    std::optional<IncidentId> into;
    if (parser.isSet(kIncident)) {
        into = context.parseIncidentId(parser.value(kIncident));
        if (!into || !context.loadIncident(parser.value(kIncident)))
            return ExitUsage;
    }

    PostmortemImportOptions postmortemOptions;
    postmortemOptions.timezone = parser.value(kTimezone);
    postmortemOptions.year = year;
    LogImportOptions logOptions;
    logOptions.format = format == QLatin1String("postmortem") ? QString() : format;
    logOptions.timezone = parser.value(kTimezone);
    logOptions.year = year;
    logOptions.force = parser.isSet(kForce);
    MetricImportOptions metricOptions;
    metricOptions.format = LogFormatRegistry::builtIn().find(format) ? QString() : logOptions.format;
    metricOptions.timezone = parser.value(kTimezone);
    metricOptions.force = parser.isSet(kForce);
    if (parser.isSet(kAt)) {
        metricOptions.at = parseTimeArgument(parser.value(kAt));
        if (!metricOptions.at) {
            context.error(tr("--at takes a time such as 2024-08-10T19:00:00Z, not '%1'").arg(parser.value(kAt)));
            return ExitUsage;
        }
    }

    int exitCode = ExitOk;
    std::optional<IncidentId> last;
    for (const QString& file : files) {
        const ImportKind kind = ImportKindDetector::detect(file, format).kind;
        if (kind == ImportKind::Postmortem) {
            const auto id = importPostmortem(context, file, postmortemOptions, into);
            last = id ? id : last;
            exitCode = id ? exitCode : int(ExitUsage);
            continue;
        }
        if (!into) {
            context.error(file, 0, tr("logs and metrics go into an incident: add --incident ID"));
            exitCode = ExitUsage;
            continue;
        }
        const bool imported = kind == ImportKind::Metric ? importMetrics(context, file, *into, metricOptions)
                                                         : importLog(context, file, *into, logOptions);
        if (imported)
            last = into;
        else
            exitCode = ExitUsage;
    }
    // The contract: the last line on standard output is the incident id alone.
    if (last)
        context.out() << last->value << Qt::endl;
    return exitCode;
}

std::optional<IncidentId> ImportCommand::importPostmortem(CommandContext& context, const QString& file,
                                                          const PostmortemImportOptions& options,
                                                          std::optional<IncidentId> into) const
{
    const PostmortemFileImportResult result = PostmortemFileImport::run(context.database(), file, options, into);
    for (const ImportDiagnostic& d : result.diagnostics) {
        if (d.severity != Severity::Error)
            context.error(file, d.line, severityName(d.severity) + QStringLiteral(": ") + d.message);
    }
    if (!result.ok) {
        context.error(file, result.errorLine, result.error);
        return std::nullopt;
    }
    // One multi-argument arg(): a '%' in the file name cannot be taken for a placeholder.
    context.err() << tr("%1: incident %2: %3, %4, %5")
                         .arg(file, QString::number(result.incident.value),
                              tr("%n timeline entries", nullptr, result.timelineEntries),
                              tr("%n root causes", nullptr, result.rootCauses),
                              tr("%n action items", nullptr, result.actionItems))
                  << Qt::endl;
    return result.incident;
}

bool ImportCommand::importLog(CommandContext& context, const QString& file, IncidentId into,
                              LogImportOptions options) const
{
    // Progress only on a terminal: a pipe or a log file should not fill with carriage returns.
    const bool terminal = isatty(STDERR_FILENO);
    if (terminal) {
        options.progress = [&context, &file](const LogImportProgress& p) {
            context.err()
                << '\r' << tr("%1: %2% (%3 entries)").arg(file, QString::number(p.percent), QString::number(p.entries));
            context.err().flush();
        };
    }
    const LogImportResult result = LogImport::run(context.database(), into, file, options);
    if (terminal)
        context.err() << '\r' << QString(60, u' ') << '\r';
    for (const QString& assumption : result.assumptions)
        context.err() << "debrief-cli: " << file << ": info: " << assumption << Qt::endl; // the whole file: no line
    for (const QString& warning : result.warnings)
        context.err() << "debrief-cli: " << warning << Qt::endl;
    if (!result.ok) {
        context.error(file, int(result.errorLine), result.error);
        return false;
    }
    const QString span = result.firstAt && result.lastAt
        ? tr("%1 to %2").arg(result.firstAt->toIso(), result.lastAt->toIso())
        : tr("no times");
    context.err() << tr("%1: incident %2: %3 entries as %4 (%5% sure), %6, %7 kept raw")
                         .arg(file, QString::number(into.value), QString::number(result.entries), result.format,
                              QString::number(qRound(result.confidence * 100)), span, QString::number(result.unparsed))
                  << Qt::endl;
    return true;
}

bool ImportCommand::importMetrics(CommandContext& context, const QString& file, IncidentId into,
                                  const MetricImportOptions& options) const
{
    const MetricImportResult result = MetricImport::run(context.database(), into, file, options);
    for (const QString& assumption : result.assumptions)
        context.err() << "debrief-cli: " << file << ": info: " << assumption << Qt::endl; // the whole file: no line
    for (const QString& warning : result.warnings)
        context.err() << "debrief-cli: " << warning << Qt::endl;
    if (!result.ok) {
        context.error(file, int(result.errorLine), result.error);
        return false;
    }
    context.err() << tr("%1: incident %2: %3 series, %4 points (%5 gaps) as %6")
                         .arg(file, QString::number(into.value), QString::number(result.series),
                              QString::number(result.points), QString::number(result.gaps), result.format)
                  << Qt::endl;
    return true;
}

} // namespace debrief::cli
