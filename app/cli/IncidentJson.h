// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EvidenceSummary.h"
#include "Finding.h"
#include "Incident.h"
#include "IncidentMetrics.h"

#include <QJsonArray>
#include <QJsonObject>

namespace debrief::cli {

// The JSON shapes of the CLI contract (brief.md): `show --json`, `lint --json`, `incidents --json`.
// Times are ISO 8601 UTC strings or null; absent values are null, never missing keys.
class IncidentJson
{
public:
    static QJsonObject incident(const Incident& incident, const EvidenceSummary& evidence,
                                const IncidentMetrics& metrics);
    static QJsonObject summary(const IncidentSummary& summary);
    static QJsonArray findings(const QVector<LintFinding>& findings);

private:
    static QJsonArray timeline(const Incident& incident);
    static QJsonArray actionItems(const Incident& incident);
    static QJsonObject evidence(const EvidenceSummary& evidence);
    static QJsonObject metrics(const IncidentMetrics& metrics);
};

} // namespace debrief::cli
