// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DocumentOutline.h"

#include <optional>

namespace debrief {

// Where a document with no timeline section keeps its chronology: a list whose items mostly start
// with a time ("- 2023-01-11 14:22: ...") or state a date and time ("- First detected 2020-09-21
// 18:27", the date and time within its first words), wherever it stands ("- **Context**:" with the events nested under it, a "Key events"
// field, the text above the sections). The longest such run is the timeline; a run needs three
// timed items, six in ten of its items timed. Code blocks between the items (pasted error output)
// and bullets nested under an item stay in the run; three untimed items in a row end it.
struct ImplicitTimelineRun
{
    int section = -1; // index into DocumentOutline::sections, -1 for the preamble
    int first = 0; // block indices, inclusive
    int last = 0;
    int timedItems = 0;
};

class ImplicitTimeline
{
public:
    // None when the outline has a timeline section, or no list looks like one.
    static std::optional<ImplicitTimelineRun> find(const DocumentOutline& outline);
    // The longest run in one section's blocks (its `section` left at -1).
    static std::optional<ImplicitTimelineRun> longestRun(const QVector<MarkdownBlock>& blocks);
    // Starts with a time, or states a date with a time anywhere in its first line.
    static bool isTimedItem(const MarkdownBlock& block);
};

} // namespace debrief
