// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EvidenceMetrics.h"
#include "EvidenceSummary.h"
#include "Finding.h"
#include "Incident.h"
#include "IncidentMetrics.h"
#include "SuggestedEvent.h"

#include <QJsonArray>
#include <QJsonObject>

namespace debrief::cli {

// The JSON shapes of the CLI contract (brief.md): `show --json`, `lint --json`, `incidents --json`,
// `suggest --json`. Times are ISO 8601 UTC strings or null; absent values are null, never missing
// keys; JSON has no infinity, so an infinite number is the string "+Inf" or "-Inf".
class IncidentJson
{
public:
    static QJsonObject incident(const Incident& incident, const EvidenceSummary& evidence,
                                const IncidentMetrics& metrics, const EvidenceMetrics& evidenceMetrics);
    static QJsonObject summary(const IncidentSummary& summary);
    static QJsonArray findings(const QVector<LintFinding>& findings);
    static QJsonArray suggestions(const QVector<SuggestedEvent>& suggestions);
    static QJsonValue number(const std::optional<double>& value);

private:
    static QJsonArray timeline(const Incident& incident);
    static QJsonArray actionItems(const Incident& incident);
    static QJsonObject evidence(const EvidenceSummary& evidence);
    static QJsonObject metrics(const IncidentMetrics& metrics, const EvidenceMetrics& evidenceMetrics);
    static QJsonObject suggestionEvidence(const SuggestionEvidence& evidence);
};

} // namespace debrief::cli
