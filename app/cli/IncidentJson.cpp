// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentJson.h"

#include <cmath>

namespace debrief::cli {

namespace {

QJsonValue timeValue(const std::optional<UtcMillis>& at)
{
    return at ? QJsonValue(at->toIso()) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

template<typename T> QJsonValue numberOrNull(const std::optional<T>& value)
{
    return value ? QJsonValue(qint64(*value)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject IncidentJson::incident(const Incident& incident, const EvidenceSummary& evidence,
                                   const IncidentMetrics& metrics, const EvidenceMetrics& evidenceMetrics)
{
    QJsonArray causes;
    for (const RootCause& cause : incident.rootCauses)
        causes.append(QJsonObject {{QStringLiteral("text"), cause.text}, {QStringLiteral("section"), cause.section}});
    QJsonArray whys;
    for (const WhyStep& step : incident.whys)
        whys.append(QJsonObject {{QStringLiteral("why"), step.question}, {QStringLiteral("because"), step.answer}});
    QJsonArray measures;
    for (const MeasureGroup& group : incident.measures) {
        measures.append(QJsonObject {{QStringLiteral("group"), group.title},
                                     {QStringLiteral("section"), group.section},
                                     {QStringLiteral("items"), QJsonArray::fromStringList(group.items)}});
    }
    return QJsonObject {
        {QStringLiteral("id"), incident.id.value},
        {QStringLiteral("title"), incident.title},
        {QStringLiteral("date"), incident.date ? QJsonValue(incident.date->toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("started_at"), timeValue(incident.startedAt)},
        {QStringLiteral("ended_at"), timeValue(incident.endedAt)},
        {QStringLiteral("duration_minutes"), numberOrNull(incident.durationMinutes())},
        {QStringLiteral("stated_duration_minutes"), numberOrNull(incident.statedDurationMinutes)},
        {QStringLiteral("timezone"), textOrNull(incident.timezone)},
        {QStringLiteral("summary"), incident.summary},
        {QStringLiteral("impact"), incident.impact},
        {QStringLiteral("severity"), textOrNull(incident.severity)},
        {QStringLiteral("status"), incident.status},
        {QStringLiteral("root_causes"), causes},
        {QStringLiteral("whys"), whys},
        {QStringLiteral("resolution"), incident.resolution},
        {QStringLiteral("timeline"), timeline(incident)},
        {QStringLiteral("measures"), measures},
        {QStringLiteral("action_items"), actionItems(incident)},
        {QStringLiteral("evidence"), IncidentJson::evidence(evidence)},
        {QStringLiteral("metrics"), IncidentJson::metrics(metrics, evidenceMetrics)},
    };
}

QJsonArray IncidentJson::timeline(const Incident& incident)
{
    QJsonArray events;
    for (const TimelineEvent& event : incident.timeline) {
        events.append(QJsonObject {
            {QStringLiteral("id"), event.id},
            {QStringLiteral("at"), timeValue(event.at)},
            {QStringLiteral("time_text"), textOrNull(event.timeText)},
            {QStringLiteral("label"), textOrNull(event.label)},
            {QStringLiteral("text"), event.text},
            {QStringLiteral("kind"), timelineKindName(event.kind)},
        });
    }
    return events;
}

QJsonArray IncidentJson::actionItems(const Incident& incident)
{
    QJsonArray items;
    for (const ActionItem& item : incident.actionItems) {
        items.append(QJsonObject {
            {QStringLiteral("id"), item.id},
            {QStringLiteral("title"), item.title},
            {QStringLiteral("owner"), textOrNull(item.owner)},
            {QStringLiteral("due"), item.due ? QJsonValue(item.due->toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("status"), actionStatusName(item.status)},
            {QStringLiteral("priority"), textOrNull(item.priority)},
            {QStringLiteral("link"), textOrNull(item.link)},
            {QStringLiteral("notes"), textOrNull(item.notes)},
            {QStringLiteral("type"), textOrNull(item.type)},
            {QStringLiteral("group"), textOrNull(item.group)},
        });
    }
    return items;
}

QJsonObject IncidentJson::evidence(const EvidenceSummary& evidence)
{
    QJsonArray sources;
    for (const LogSourceSummary& source : evidence.logSources) {
        sources.append(QJsonObject {
            {QStringLiteral("id"), source.id},
            {QStringLiteral("path"), source.path},
            {QStringLiteral("format"), source.format},
            {QStringLiteral("entries"), source.entries},
            {QStringLiteral("unparsed"), source.unparsed},
            {QStringLiteral("first_at"), timeValue(source.firstAt)},
            {QStringLiteral("last_at"), timeValue(source.lastAt)},
        });
    }
    return QJsonObject {
        {QStringLiteral("log_sources"), sources},
        {QStringLiteral("log_entries"), evidence.logEntries},
        {QStringLiteral("metric_series"), evidence.metricSeries},
        {QStringLiteral("metric_points"), evidence.metricPoints},
    };
}

// The stated metrics (from the timeline) and, under "evidence", the same moments as the evidence
// shows them, so that a reader sees both side by side.
QJsonObject IncidentJson::metrics(const IncidentMetrics& metrics, const EvidenceMetrics& evidenceMetrics)
{
    const QJsonObject fromEvidence {
        {QStringLiteral("impact_started_at"), timeValue(evidenceMetrics.impactStartedAt)},
        {QStringLiteral("mitigated_at"), timeValue(evidenceMetrics.mitigatedAt)},
        {QStringLiteral("recovered_at"), timeValue(evidenceMetrics.recoveredAt)},
        {QStringLiteral("time_to_detect_minutes"), numberOrNull(evidenceMetrics.timeToDetectMinutes)},
        {QStringLiteral("time_to_mitigate_minutes"), numberOrNull(evidenceMetrics.timeToMitigateMinutes)},
        {QStringLiteral("time_to_resolve_minutes"), numberOrNull(evidenceMetrics.timeToResolveMinutes)},
    };
    return QJsonObject {
        {QStringLiteral("time_to_detect_minutes"), numberOrNull(metrics.timeToDetectMinutes)},
        {QStringLiteral("time_to_identify_minutes"), numberOrNull(metrics.timeToIdentifyMinutes)},
        {QStringLiteral("time_to_mitigate_minutes"), numberOrNull(metrics.timeToMitigateMinutes)},
        {QStringLiteral("time_to_resolve_minutes"), numberOrNull(metrics.timeToResolveMinutes)},
        {QStringLiteral("evidence"), fromEvidence},
    };
}

QJsonArray IncidentJson::suggestions(const QVector<SuggestedEvent>& suggestions)
{
    QJsonArray array;
    for (const SuggestedEvent& suggestion : suggestions) {
        QJsonArray evidence;
        for (const SuggestionEvidence& e : suggestion.evidence)
            evidence.append(suggestionEvidence(e));
        array.append(QJsonObject {
            {QStringLiteral("at"), suggestion.at.toIso()},
            {QStringLiteral("text"), suggestion.text},
            {QStringLiteral("kind"), timelineKindName(suggestion.kind)},
            {QStringLiteral("status"), suggestionStatusName(suggestion.status)},
            {QStringLiteral("score"), number(suggestion.score)},
            {QStringLiteral("evidence"), evidence},
        });
    }
    return array;
}

QJsonObject IncidentJson::suggestionEvidence(const SuggestionEvidence& evidence)
{
    QJsonArray points;
    for (const MetricPoint& p : evidence.points)
        points.append(QJsonArray {UtcMillis {p.at}.toIso(), std::isnan(p.value) ? QJsonValue() : number(p.value)});
    return QJsonObject {
        {QStringLiteral("series"), evidence.series},
        {QStringLiteral("labels"), evidence.labels},
        {QStringLiteral("series_id"), evidence.seriesId ? QJsonValue(evidence.seriesId) : QJsonValue()},
        {QStringLiteral("at"), evidence.at.toIso()},
        {QStringLiteral("before"), number(evidence.before)},
        {QStringLiteral("after"), number(evidence.after)},
        {QStringLiteral("ratio"), number(evidence.ratio)},
        {QStringLiteral("score"), number(evidence.score)},
        {QStringLiteral("points"), points},
    };
}

QJsonValue IncidentJson::number(const std::optional<double>& value)
{
    if (!value || std::isnan(*value))
        return QJsonValue();
    if (std::isinf(*value))
        return QJsonValue(*value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf"));
    return QJsonValue(*value);
}

QJsonObject IncidentJson::summary(const IncidentSummary& summary)
{
    std::optional<qint64> duration;
    if (summary.startedAt && summary.endedAt)
        duration = summary.startedAt->minutesUntil(*summary.endedAt);
    return QJsonObject {
        {QStringLiteral("id"), summary.id.value},
        {QStringLiteral("title"), summary.title},
        {QStringLiteral("date"), summary.date ? QJsonValue(summary.date->toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("started_at"), timeValue(summary.startedAt)},
        {QStringLiteral("ended_at"), timeValue(summary.endedAt)},
        {QStringLiteral("duration_minutes"), numberOrNull(duration)},
        {QStringLiteral("severity"), textOrNull(summary.severity)},
        {QStringLiteral("status"), summary.status},
        {QStringLiteral("action_items"), summary.actionItems},
        {QStringLiteral("open_action_items"), summary.openActionItems},
        {QStringLiteral("overdue_action_items"), summary.overdueActionItems},
    };
}

QJsonArray IncidentJson::findings(const QVector<LintFinding>& findings)
{
    QJsonArray array;
    for (const LintFinding& finding : findings) {
        array.append(QJsonObject {
            {QStringLiteral("rule"), finding.rule},
            {QStringLiteral("severity"), severityName(finding.severity)},
            {QStringLiteral("message"), finding.message},
            {QStringLiteral("section"), finding.section},
            {QStringLiteral("line"), finding.line},
        });
    }
    return array;
}

} // namespace debrief::cli
