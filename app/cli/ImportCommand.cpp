// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "CommandContext.h"
#include "FileImport.h"
#include "LogFormatRegistry.h"
#include "MetricFormatRegistry.h"
#include "TimeArgument.h"

#include <cstdio>
#include <unistd.h>

namespace debrief::cli {

namespace {

const QString kIncident = QStringLiteral("incident");
const QString kFormat = QStringLiteral("format");
const QString kTimezone = QStringLiteral("timezone");
const QString kYear = QStringLiteral("year");
const QString kDate = QStringLiteral("date");
const QString kForce = QStringLiteral("force");
const QString kAt = QStringLiteral("at");
const QString kReplace = QStringLiteral("replace");

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
    parser.addOption(
        {kIncident, tr("Import into this incident (logs and metrics; a postmortem only with --replace)."), tr("ID")});
    parser.addOption({kFormat, tr("Skip detection: the format of the files (see 'formats')."), tr("NAME")});
    parser.addOption(
        {kTimezone, tr("The zone of times that state none (default: as the document says, else UTC)."), tr("TZ")});
    parser.addOption({kYear, tr("The year of dates that state none."), tr("YYYY")});
    parser.addOption({kDate, tr("The day of a postmortem's timeline when the document states no date."),
                      tr("YYYY-MM-DD")});
    parser.addOption({kForce, tr("Import a log file again that the incident already has, replacing it.")});
    parser.addOption({kReplace,
                      tr("Replace the document of --incident by the postmortem given (the one it has "
                         "now stays in its history).")});
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
    std::optional<QDate> date;
    if (parser.isSet(kDate)) {
        date = QDate::fromString(parser.value(kDate), Qt::ISODate);
        if (!date->isValid()) {
            context.error(tr("--date takes a day such as 2024-08-10, not '%1'").arg(parser.value(kDate)));
            return ExitUsage;
        }
    }
    std::optional<IncidentId> into;
    if (parser.isSet(kIncident)) {
        into = context.parseIncidentId(parser.value(kIncident));
        if (!into || !context.loadIncident(parser.value(kIncident)))
            return ExitUsage;
    }

    FileImportOptions options;
    options.format = format;
    options.timezone = parser.value(kTimezone);
    options.year = year;
    options.date = date;
    options.force = parser.isSet(kForce);
    options.replace = parser.isSet(kReplace);
    if (parser.isSet(kAt)) {
        options.at = parseTimeArgument(parser.value(kAt));
        if (!options.at) {
            context.error(tr("--at takes a time such as 2024-08-10T19:00:00Z, not '%1'").arg(parser.value(kAt)));
            return ExitUsage;
        }
    }
    // Progress only on a terminal: a pipe or a log file should not fill with carriage returns.
    const bool terminal = isatty(STDERR_FILENO);

    int exitCode = ExitOk;
    std::optional<IncidentId> last;
    for (const QString& file : files) {
        if (terminal) {
            options.progress = [&context, &file](int percent, qint64 entries) {
                context.err()
                    << '\r' << tr("%1: %2% (%3 entries)").arg(file, QString::number(percent), QString::number(entries));
                context.err().flush();
            };
        }
        const FileImportResult result = FileImport::run(context.database(), file, into, options);
        if (terminal && result.kind == ImportKind::Log)
            context.err() << '\r' << QString(60, u' ') << '\r';
        report(context, result);
        if (result.ok())
            last = result.incident;
        else
            exitCode = ExitUsage;
    }
    // The contract: the last line on standard output is the incident id alone.
    if (last)
        context.out() << last->value << Qt::endl;
    return exitCode;
}

void ImportCommand::report(CommandContext& context, const FileImportResult& result) const
{
    const QString& file = result.path;
    for (const ImportDiagnostic& d : result.diagnostics) {
        if (d.severity != Severity::Error)
            context.error(file, d.line, severityName(d.severity) + QStringLiteral(": ") + d.message);
    }
    for (const QString& assumption : result.assumptions)
        context.err() << "debrief-cli: " << file << ": info: " << assumption << Qt::endl; // the whole file: no line
    for (const QString& warning : result.warnings)
        context.err() << "debrief-cli: " << warning << Qt::endl;
    if (!result.ok()) {
        reportFailure(context, result);
        return;
    }
    const QString id = QString::number(result.incident->value);
    switch (result.kind) {
    case ImportKind::Postmortem:
        // One multi-argument arg(): a '%' in the file name cannot be taken for a placeholder.
        context.err() << tr("%1: incident %2: %3").arg(file, id, result.reading.describe()) << Qt::endl;
        if (result.keptEdits > 0) {
            context.err() << tr("%1: the document it replaced is version %2 (debrief-cli history %3)")
                                 .arg(file, QString::number(result.keptEdits), id)
                          << Qt::endl;
        }
        break;
    case ImportKind::Log: {
        const QString span = result.firstAt && result.lastAt
            ? tr("%1 to %2").arg(result.firstAt->toIso(), result.lastAt->toIso())
            : tr("no times");
        context.err() << tr("%1: incident %2: %3 entries as %4 (%5% sure), %6, %7 kept raw")
                             .arg(file, id, QString::number(result.entries), result.format,
                                  QString::number(qRound(result.confidence * 100)), span,
                                  QString::number(result.unparsed))
                      << Qt::endl;
        break;
    }
    case ImportKind::Metric:
        context.err() << tr("%1: incident %2: %3 series, %4 points (%5 gaps) as %6")
                             .arg(file, id, QString::number(result.series), QString::number(result.points),
                                  QString::number(result.gaps), result.format)
                      << Qt::endl;
        break;
    case ImportKind::Unknown:
        break;
    }
}

void ImportCommand::reportFailure(CommandContext& context, const FileImportResult& result) const
{
    const QString& file = result.path;
    switch (result.status) {
    case FileImportStatus::NeedsIncident:
        context.error(file, 0, tr("logs and metrics go into an incident: add --incident ID"));
        return;
    case FileImportStatus::NeedsReplace: {
        const QString id = QString::number(result.incident ? result.incident->value : 0);
        context.error(QStringLiteral("%1: %2").arg(
            file,
            tr("incident %1 already has a document; add --replace to replace it (the document it has now "
               "stays recoverable: debrief-cli history %1)")
                .arg(id)));
        return;
    }
    case FileImportStatus::NotRecognised:
        context.error(QStringLiteral("%1: %2").arg(file, result.error));
        return;
    default:
        context.error(file, int(result.errorLine), result.error);
    }
}

} // namespace debrief::cli
