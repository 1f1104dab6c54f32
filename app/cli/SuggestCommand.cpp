// SPDX-License-Identifier: GPL-3.0-or-later
#include "SuggestCommand.h"

#include "CommandContext.h"
#include "EvidenceAnalyzer.h"
#include "IncidentJson.h"

#include <QJsonDocument>

namespace debrief::cli {

namespace {

QString levelText(double value)
{
    return QString::number(value, 'g', 4);
}

QString statusText(SuggestionStatus status)
{
    switch (status) {
    case SuggestionStatus::InTimeline:
        return SuggestCommand::tr("in timeline");
    case SuggestionStatus::Rejected:
        return SuggestCommand::tr("rejected");
    case SuggestionStatus::Open:
        break;
    }
    return SuggestCommand::tr("open");
}

void printSuggestion(QTextStream& out, const SuggestedEvent& suggestion)
{
    out << suggestion.at.toIso() << "  " << timelineKindName(suggestion.kind).leftJustified(12)
        << statusText(suggestion.status).leftJustified(13) << suggestion.text << Qt::endl;
    for (const SuggestionEvidence& e : suggestion.evidence) {
        const QString series = e.labels.isEmpty() ? e.series : QStringLiteral("%1{%2}").arg(e.series, e.labels);
        out << "    "
            << SuggestCommand::tr("%1: %2 -> %3 at %4")
                   .arg(series, levelText(e.before), levelText(e.after), e.at.toIso())
            << Qt::endl;
    }
}

} // namespace

QString SuggestCommand::description() const
{
    return tr("Propose timeline events from the incident's metrics and log rates, each marked open, in "
              "timeline (an entry stands within 2 minutes) or rejected (in the GUI).");
}

void SuggestCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The incident id."));
}

int SuggestCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    if (parser.positionalArguments().size() != 1) {
        context.error(tr("suggest takes one incident id"));
        return ExitUsage;
    }
    const auto incident = context.loadIncident(parser.positionalArguments().constFirst());
    if (!incident)
        return ExitUsage;
    const QVector<SuggestedEvent> suggestions = EvidenceAnalyzer(context.database()).suggestions(incident->id);
    if (parser.isSet(QStringLiteral("json"))) {
        context.out() << QJsonDocument(IncidentJson::suggestions(suggestions)).toJson();
        return ExitOk;
    }
    for (const SuggestedEvent& suggestion : suggestions)
        printSuggestion(context.out(), suggestion);
    if (suggestions.isEmpty()) {
        context.err() << tr("The evidence of incident %1 suggests no event: no metric or log rate changed level "
                            "clearly enough.")
                             .arg(incident->id.value)
                      << Qt::endl;
    }
    return ExitOk;
}

} // namespace debrief::cli
