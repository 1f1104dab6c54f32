// SPDX-License-Identifier: GPL-3.0-or-later
#include "SuggestionTriage.h"

#include <cstdlib>

namespace debrief {

void SuggestionTriage::mark(QVector<SuggestedEvent>& suggestions, const QVector<TimelineEvent>& timeline,
                            const QVector<RejectedSuggestion>& rejected)
{
    for (SuggestedEvent& suggestion : suggestions) {
        if (rejected.contains(RejectedSuggestion {suggestion.at, suggestion.kind}))
            suggestion.status = SuggestionStatus::Rejected;
        else if (inTimeline(suggestion, timeline))
            suggestion.status = SuggestionStatus::InTimeline;
        else
            suggestion.status = SuggestionStatus::Open;
    }
}

QVector<SuggestedEvent> SuggestionTriage::open(const QVector<SuggestedEvent>& suggestions)
{
    QVector<SuggestedEvent> out;
    for (const SuggestedEvent& suggestion : suggestions) {
        if (suggestion.status == SuggestionStatus::Open)
            out << suggestion;
    }
    return out;
}

bool SuggestionTriage::inTimeline(const SuggestedEvent& suggestion, const QVector<TimelineEvent>& timeline)
{
    for (const TimelineEvent& event : timeline) {
        if (event.at && std::llabs(event.at->value - suggestion.at.value) <= kCoverMillis)
            return true;
    }
    return false;
}

} // namespace debrief
