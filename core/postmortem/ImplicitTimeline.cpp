// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImplicitTimeline.h"

#include "TimeExpressionParser.h"

namespace debrief {

namespace {

// Sections whose lists are something else whatever their times: causes, measures, actions, whys,
// lessons.
bool mayHoldTheTimeline(SectionRole role)
{
    switch (role) {
    case SectionRole::Summary:
    case SectionRole::Impact:
    case SectionRole::Resolution:
    case SectionRole::Unknown:
        return true;
    default:
        return false;
    }
}

constexpr int kMinimumTimed = 3;
constexpr int kMostUntimedInARow = 2;
constexpr int kMostWordsBeforeTheTime = 4;

} // namespace

bool ImplicitTimeline::isTimedItem(const MarkdownBlock& block)
{
    if (block.type != MarkdownBlockType::ListItem)
        return false;
    const QString first = block.lines().first().trimmed();
    if (TimeExpressionParser::parseLeading(first))
        return true;
    // "First detected 2020-09-21 18:27" names its moment up front; a field's sentence that mentions a
    // time somewhere ("Identified: the team observed ... at 2023-01-11 14:22") is not an event line.
    const std::optional<TimeExpression> t = TimeExpressionParser::find(first);
    return t && t->date && QStringView(first).left(t->start).split(u' ', Qt::SkipEmptyParts).size() <= kMostWordsBeforeTheTime;
}

std::optional<ImplicitTimelineRun> ImplicitTimeline::longestRun(const QVector<MarkdownBlock>& blocks)
{
    std::optional<ImplicitTimelineRun> best;
    const int n = int(blocks.size());
    for (int i = 0; i < n;) {
        if (!isTimedItem(blocks[i])) {
            ++i;
            continue;
        }
        int depth = blocks[i].depth;
        ImplicitTimelineRun run {-1, i, i, 1};
        int items = 1;
        int itemsAtLast = 1;
        int untimedInARow = 0;
        int j = i + 1;
        for (; j < n; ++j) {
            const MarkdownBlock& b = blocks[j];
            if (b.type == MarkdownBlockType::Code)
                continue;
            if (b.type != MarkdownBlockType::ListItem)
                break;
            const bool timed = isTimedItem(b);
            if (b.depth > depth && !timed)
                continue; // a bullet under an event
            // A list closed by a fence at column 0 goes on as a shallower one: its timed items continue.
            if (b.depth < depth && !timed)
                break;
            depth = std::min(depth, b.depth);
            ++items;
            if (timed) {
                ++run.timedItems;
                run.last = j;
                itemsAtLast = items;
                untimedInARow = 0;
            } else if (++untimedInARow > kMostUntimedInARow) {
                break;
            }
        }
        // The last event's own nested bullets belong to it.
        while (run.last + 1 < n && blocks[run.last + 1].type == MarkdownBlockType::ListItem
               && blocks[run.last + 1].depth > blocks[run.last].depth)
            ++run.last;
        const bool mostlyTimed = run.timedItems * 10 >= itemsAtLast * 6;
        if (run.timedItems >= kMinimumTimed && mostlyTimed && (!best || run.timedItems > best->timedItems))
            best = run;
        i = std::max(j, i + 1);
    }
    return best;
}

std::optional<ImplicitTimelineRun> ImplicitTimeline::find(const DocumentOutline& outline)
{
    if (outline.hasSection(SectionRole::Timeline))
        return std::nullopt;
    std::optional<ImplicitTimelineRun> best = longestRun(outline.preamble);
    for (int s = 0; s < outline.sections.size(); ++s) {
        if (!mayHoldTheTimeline(outline.sections[s].role))
            continue;
        std::optional<ImplicitTimelineRun> run = longestRun(outline.sections[s].blocks);
        if (run && (!best || run->timedItems > best->timedItems)) {
            run->section = s;
            best = run;
        }
    }
    return best;
}

} // namespace debrief
