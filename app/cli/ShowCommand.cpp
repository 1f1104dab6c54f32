// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShowCommand.h"

#include "CommandContext.h"
#include "EvidenceAnalyzer.h"
#include "EvidenceMetrics.h"
#include "EvidenceRepository.h"
#include "IncidentJson.h"
#include "IncidentMetrics.h"

#include <QJsonDocument>

#include <cstdlib>

namespace debrief::cli {

namespace {

QString timeText(const TimelineEvent& event)
{
    if (event.at)
        return event.at->toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return event.label.isEmpty() ? QStringLiteral("(untimed)") : event.label;
}

QString minutesText(const std::optional<int>& minutes)
{
    if (!minutes)
        return QStringLiteral("-");
    // A timeline written newest first can put a phase before the start: say so rather than print
    // "%n min" (Qt leaves %n alone for negative numbers).
    const QString text = ShowCommand::tr("%n min", nullptr, std::abs(*minutes));
    return *minutes < 0 ? u'-' + text : text;
}

QString isoOrDash(const std::optional<UtcMillis>& at)
{
    return at ? at->toIso() : QStringLiteral("-");
}

} // namespace

QString ShowCommand::description() const
{
    return tr("Show one incident.");
}

void ShowCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("json"), tr("Print the JSON of the CLI contract.")});
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The incident id."));
}

int ShowCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    if (parser.positionalArguments().size() != 1) {
        context.error(tr("show takes one incident id"));
        return ExitUsage;
    }
    const auto incident = context.loadIncident(parser.positionalArguments().constFirst());
    if (!incident)
        return ExitUsage;
    const EvidenceSummary evidence = EvidenceRepository(context.database()).summary(incident->id);
    const IncidentMetrics metrics = IncidentMetrics::compute(*incident);
    const EvidenceMetrics evidenceMetrics
        = EvidenceMetrics::compute(*incident, EvidenceAnalyzer(context.database()).suggestions(incident->id));
    if (parser.isSet(QStringLiteral("json"))) {
        context.out() << QJsonDocument(IncidentJson::incident(*incident, evidence, metrics, evidenceMetrics)).toJson();
        return ExitOk;
    }
    QTextStream& out = context.out();
    out << incident->title << Qt::endl;
    out << tr("Status: %1   Duration: %2   Severity: %3")
               .arg(incident->status, minutesText(incident->durationMinutes()),
                    incident->severity.isEmpty() ? QStringLiteral("-") : incident->severity)
        << Qt::endl;
    if (incident->startedAt && incident->endedAt) {
        out << tr("From %1 to %2").arg(incident->startedAt->toIso(), incident->endedAt->toIso()) << Qt::endl;
    }
    out << tr("Time to detect %1, to identify %2, to mitigate %3, to resolve %4")
               .arg(minutesText(metrics.timeToDetectMinutes), minutesText(metrics.timeToIdentifyMinutes),
                    minutesText(metrics.timeToMitigateMinutes), minutesText(metrics.timeToResolveMinutes))
        << Qt::endl;
    if (!evidenceMetrics.isEmpty()) {
        out << tr("The evidence: impact from %1, mitigated %2, recovered %3; detected after %4, resolved after %5")
                   .arg(isoOrDash(evidenceMetrics.impactStartedAt), isoOrDash(evidenceMetrics.mitigatedAt),
                        isoOrDash(evidenceMetrics.recoveredAt), minutesText(evidenceMetrics.timeToDetectMinutes),
                        minutesText(evidenceMetrics.timeToResolveMinutes))
            << Qt::endl;
    }
    if (!incident->impact.isEmpty())
        out << Qt::endl << tr("Impact: %1").arg(incident->impact) << Qt::endl;
    out << Qt::endl << tr("Timeline (UTC):") << Qt::endl;
    for (const TimelineEvent& event : incident->timeline) {
        out << "  " << timeText(event).leftJustified(26) << timelineKindName(event.kind).leftJustified(15) << event.text
            << Qt::endl;
    }
    out << Qt::endl << tr("Root causes:") << Qt::endl;
    for (const RootCause& cause : incident->rootCauses)
        out << "  [" << cause.section << "] " << cause.text << Qt::endl;
    if (!incident->whys.isEmpty()) {
        out << Qt::endl << tr("5 whys:") << Qt::endl;
        for (int i = 0; i < incident->whys.size(); ++i) {
            const WhyStep& step = incident->whys[i];
            out << "  " << i + 1 << ". " << step.question;
            if (!step.question.isEmpty() && !step.answer.isEmpty())
                out << ' ';
            out << step.answer << Qt::endl;
        }
    }
    if (!incident->resolution.isEmpty())
        out << Qt::endl << tr("Resolution: %1").arg(incident->resolution) << Qt::endl;
    out << Qt::endl << tr("Action items:") << Qt::endl;
    for (const ActionItem& item : incident->actionItems) {
        out << "  [" << actionStatusName(item.status) << "] " << item.title;
        if (!item.owner.isEmpty())
            out << " (" << item.owner << ')';
        out << Qt::endl;
    }
    out << Qt::endl
        << tr("Evidence: %1 log sources, %2 log entries, %3 metric series, %4 points")
               .arg(evidence.logSources.size())
               .arg(evidence.logEntries)
               .arg(evidence.metricSeries)
               .arg(evidence.metricPoints)
        << Qt::endl;
    return ExitOk;
}

} // namespace debrief::cli
