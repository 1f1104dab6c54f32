// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"
#include "MetricPoint.h"
#include "TimelineKind.h"

#include <QString>
#include <QVector>

namespace debrief {

// One series' part in a suggestion: which series changed, from what level to what, and the points
// around the change that show it (a view draws them, the JSON lists them).
struct SuggestionEvidence
{
    QString series; // metric name, or "log_rate" for a log level's entries per minute
    QString labels; // "key=value,..." (a log rate: "level=error")
    qint64 seriesId = 0; // the metric_series row; 0 for a log rate
    UtcMillis at; // when this series changed
    double before = 0.0; // median level before the change
    double after = 0.0; // median level after it
    double ratio = 1.0; // after / before, infinite when before is 0
    double score = 0.0; // robust z-score of the shift
    QVector<MetricPoint> points; // the series from a few minutes before to a few minutes after
};

// Where a suggestion stands with the review: still asked, already in the timeline (an entry stands
// at its moment), or rejected by a user (stored, so it stays rejected).
enum class SuggestionStatus
{
    Open,
    InTimeline,
    Rejected,
};

inline QString suggestionStatusName(SuggestionStatus status)
{
    switch (status) {
    case SuggestionStatus::InTimeline:
        return QStringLiteral("in_timeline");
    case SuggestionStatus::Rejected:
        return QStringLiteral("rejected");
    case SuggestionStatus::Open:
        break;
    }
    return QStringLiteral("open");
}

// A timeline event proposed from the evidence alone, for the user to accept or reject: the moment,
// a sentence saying what changed, the kind it looks like, and every series that moved then.
struct SuggestedEvent
{
    UtcMillis at;
    QString text;
    TimelineKind kind = TimelineKind::Note;
    double score = 0.0; // of the strongest change: the rank among suggestions
    QVector<SuggestionEvidence> evidence; // strongest first
    SuggestionStatus status = SuggestionStatus::Open;
};

// A suggestion a user rejected: the moment and kind identify it (the suggester proposes the same
// ones again from the same evidence).
struct RejectedSuggestion
{
    UtcMillis at;
    TimelineKind kind = TimelineKind::Note;

    bool operator==(const RejectedSuggestion&) const = default;
};

} // namespace debrief
