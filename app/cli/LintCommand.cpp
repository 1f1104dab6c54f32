// SPDX-License-Identifier: GPL-3.0-or-later
#include "LintCommand.h"

#include "CommandContext.h"
#include "IncidentJson.h"
#include "PostmortemLinter.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <algorithm>

namespace debrief::cli {

QString LintCommand::description() const
{
    return tr("Check an incident's postmortem; exit 1 when an error is found.");
}

void LintCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The incident id."));
}

int LintCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    if (parser.positionalArguments().size() != 1) {
        context.error(tr("lint takes one incident id"));
        return ExitUsage;
    }
    const auto incident = context.loadIncident(parser.positionalArguments().constFirst());
    if (!incident)
        return ExitUsage;
    const QVector<LintFinding> findings = PostmortemLinter::lint(*incident);
    if (parser.isSet(QStringLiteral("json"))) {
        context.out() << QJsonDocument(IncidentJson::findings(findings)).toJson();
    } else {
        // The compiler's shape, FILE:LINE: severity: message [rule], so editors can jump to it.
        const QString file = incident->sourcePath.isEmpty() ? tr("incident %1").arg(incident->id.value)
                                                            : QFileInfo(incident->sourcePath).fileName();
        for (const LintFinding& f : findings) {
            context.out() << file << ':' << f.line << ": " << severityName(f.severity) << ": " << f.message << " ["
                          << f.rule << ']' << Qt::endl;
        }
        if (findings.isEmpty())
            context.err() << tr("No findings.") << Qt::endl;
    }
    const bool hasError = std::any_of(findings.begin(), findings.end(),
                                      [](const LintFinding& f) { return f.severity == Severity::Error; });
    return hasError ? ExitFindings : ExitOk;
}

} // namespace debrief::cli
