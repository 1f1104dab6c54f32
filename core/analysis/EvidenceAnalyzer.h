// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EvidenceSeries.h"
#include "LogRateSeries.h"
#include "SuggestedEvent.h"

#include <QVector>

namespace debrief {

class Database;

// Reads an incident's evidence from the store and derives what the CLI and the GUI show beside
// it: the log rate per level, and the timeline events the evidence suggests. Both programs call
// this one class, so `debrief-cli suggest` and the timeline view always agree.
class EvidenceAnalyzer
{
public:
    // Series longer than this are read as bucket means (about this many), not point by point:
    // the detector needs the shape, and a 10-million-point series must not be loaded whole.
    static constexpr qint64 kMaxPointsRead = 20000;

    explicit EvidenceAnalyzer(Database& db);

    // Entries per minute of each level with entries in [from, to) (buckets grow past a week).
    QVector<LogRateSeries> logRates(IncidentId incident, UtcMillis from, UtcMillis to);
    // Every metric series of the incident and the log rate of each level over the logs' time
    // range, ready for the TimelineSuggester.
    QVector<EvidenceSeries> evidenceSeries(IncidentId incident);
    // The timeline events the evidence suggests, in time order, each with its status against the
    // incident's timeline and the suggestions users rejected (SuggestionTriage).
    QVector<SuggestedEvent> suggestions(IncidentId incident);
    // The same suggestions with their status set again against the incident's timeline and
    // rejections as stored now: after an edit, without reading the evidence again.
    QVector<SuggestedEvent> triage(IncidentId incident, QVector<SuggestedEvent> suggestions);

private:
    void addMetricSeries(IncidentId incident, QVector<EvidenceSeries>& out);
    void addLogRates(IncidentId incident, QVector<EvidenceSeries>& out);

    Database& m_db;
};

} // namespace debrief
