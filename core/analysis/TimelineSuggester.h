// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EvidenceSeries.h"
#include "SuggestedEvent.h"

#include <QHash>
#include <QVector>
#include <span>

namespace debrief {

// Proposes timeline events from the evidence alone: the moments where series changed level,
// gathered into one event per moment and given the kind they look like. It reads no store; the
// EvidenceAnalyzer feeds it.
//
// Changes of different series within `clusterMs` of the first of them are one event (an outage
// moves many series at once; the user wants one "19:00" entry, with every series as evidence).
// Kinds follow the error signals (EvidenceSeries::errorSignal): the first rise of an error signal
// while none is raised is a detection; a fall of raised error signals is a mitigation, or the
// resolution when every raised one is back near its level from before the rise (below minRatio
// times it, or within (1 - recoveredShare) of the way down) over the next `settleMs`. Anything
// else, such as a traffic surge or a changed limit, is a note: context worth a line, not a phase.
// Detections, mitigations and resolutions are kept before notes; then the strongest, up to
// maxSuggestions, in time order.
class TimelineSuggester
{
public:
    struct Options
    {
        qint64 clusterMs = 3 * 60 * 1000;
        qint64 settleMs = 5 * 60 * 1000;
        qint64 contextMs = 5 * 60 * 1000; // evidence points kept either side of a change
        double minRatio = 2.0;
        double recoveredShare = 0.9;
        int maxSuggestions = 8;
    };

    TimelineSuggester() = default;
    explicit TimelineSuggester(const Options& options);

    QVector<SuggestedEvent> suggest(std::span<const EvidenceSeries> series) const;

private:
    struct Change
    {
        qsizetype series = 0;
        ChangePoint point;
    };
    struct Raised
    {
        double before = 0.0;
        double after = 0.0;
    };

    QVector<QVector<Change>> clusters(std::span<const EvidenceSeries> series) const;
    TimelineKind kindOf(const QVector<Change>& cluster, std::span<const EvidenceSeries> series,
                        QHash<qsizetype, Raised>& raised) const;
    bool isBack(const EvidenceSeries& series, const Raised& raised, qint64 at) const;
    SuggestedEvent eventOf(QVector<Change> cluster, TimelineKind kind, std::span<const EvidenceSeries> series) const;
    SuggestionEvidence evidenceOf(const Change& change, const EvidenceSeries& series) const;

    Options m_options;
};

} // namespace debrief
