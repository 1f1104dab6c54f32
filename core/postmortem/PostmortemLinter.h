// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"
#include "Incident.h"

#include <QVector>

namespace debrief {

// Checks a postmortem for what reviewers catch: root causes that disagree, a resolution the
// timeline does not bear out, a stated duration that the timeline contradicts, entries out of
// order or without a time, action items nobody owns, missing sections, no time zone.
// Deterministic (no clock: "overdue" is the dashboard's business, not lint's), pure, and the rule
// ids are part of the CLI contract (`debrief-cli lint --json`):
//
// | rule                            | severity | fires when                                                   |
// | ------------------------------- | -------- | ------------------------------------------------------------ |
// | conflicting-root-causes         | error    | two root causes stated in different sections share (almost)  |
// |                                 |          | no content words (trigger and contributing-factor sections   |
// |                                 |          | complement the root cause and are not compared)              |
// | resolution-contradicts-timeline | warning  | the resolution shares no content word with the timeline's    |
// |                                 |          | fix, mitigation, resolution and cause-found entries          |
// | duration-mismatch               | warning  | the stated duration differs from the timeline's span or from |
// |                                 |          | ended - started by more than max(5 min, 10%)                 |
// | timeline-out-of-order           | warning  | a timed entry is earlier than a timed entry before it        |
// | untimed-entry                   | info     | a timeline entry has no time (one finding per entry)         |
// | action-item-no-owner            | warning  | an open action item has no owner                             |
// | action-item-no-due              | info     | an open action item has no due date                          |
// | missing-section                 | warning  | no summary or impact, no timeline, no root cause, or no      |
// |                                 |          | action items (also: an action items section without items)  |
// | empty-section                   | warning  | a section heading with nothing under it                      |
// | no-timezone                     | warning  | the timeline has timed entries but no time zone is stated    |
//
// Findings are sorted by line, then rule, then message.
class PostmortemLinter
{
public:
    static QVector<LintFinding> lint(const Incident& incident);
};

} // namespace debrief
