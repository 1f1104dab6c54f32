// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SuggestedEvent.h"
#include "TimelineEvent.h"

#include <QVector>

namespace debrief {

// Sets each suggestion's status against what the review already holds: a suggestion is in the
// timeline when an entry stands within kCoverMillis of its moment (whatever that entry's kind: a
// postmortem's "fix deployed" at 20:45 is the mitigation the evidence shows at 20:45), and
// rejected when a user rejected its moment and kind. Both the CLI and the GUI show the status;
// the GUI asks only about the open ones.
class SuggestionTriage
{
public:
    // Postmortems give minutes and the evidence moves within its sampling step: two minutes
    // either side is the same moment, and short of the 3 minutes the suggester merges changes in.
    static constexpr qint64 kCoverMillis = 2 * 60 * 1000;

    static void mark(QVector<SuggestedEvent>& suggestions, const QVector<TimelineEvent>& timeline,
                     const QVector<RejectedSuggestion>& rejected);
    static QVector<SuggestedEvent> open(const QVector<SuggestedEvent>& suggestions);

private:
    static bool inTimeline(const SuggestedEvent& suggestion, const QVector<TimelineEvent>& timeline);
};

} // namespace debrief
