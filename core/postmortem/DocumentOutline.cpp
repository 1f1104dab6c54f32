// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentOutline.h"

#include "SectionClassifier.h"
#include "TimeExpressionParser.h"
#include "TimelineReader.h"

#include <QRegularExpression>

namespace debrief {

QString DocumentOutline::headingText(const QString& text)
{
    QString h = text.simplified();
    while (h.endsWith(u':'))
        h.chop(1);
    return h.trimmed();
}

// Under "## Action items" the groups are often named by the kind of work ("### Prevention",
// "### Mitigation", "### Fixes"); under measures too. They group the follow-ups, not a new section.
bool DocumentOutline::groupsFollowUps(SectionRole section, SectionRole sub)
{
    const auto followUp = [](SectionRole r) {
        return r == SectionRole::ActionItems || r == SectionRole::Measures || r == SectionRole::Resolution;
    };
    return (section == SectionRole::ActionItems || section == SectionRole::Measures) && followUp(sub);
}

bool DocumentOutline::hasSection(SectionRole role) const
{
    return std::any_of(sections.cbegin(), sections.cend(), [role](const OutlineSection& s) { return s.role == role; });
}

namespace {

// How strongly a line is marked as a heading: a bold or italic line or one wrapped in dashes or equals
// signs ("**Timeline**", "_Lessons learned_", "--Root Cause--:") is marked, a plain line ("Timeline", "Root Cause:") is not.
enum class PseudoStyle
{
    None,
    Plain,
    Marked,
};

bool wrappedIn(const QString& src, QLatin1String mark)
{
    QString s = src;
    while (s.endsWith(u':'))
        s.chop(1);
    return s.size() > 2 * mark.size() && s.startsWith(mark) && s.endsWith(mark);
}

// A plain line that reads as a heading: a few words starting with a capital, no sentence in it
// ("Timeline", "Root Cause and Resolution"), not "Root cause: a bad index" (a field and its value).
// A line that ends in a colon announces what follows and may say a little more ("Preventative
// Measures for Branches and Head Office:").
bool headingShaped(const QString& t, bool colon)
{
    static const QRegularExpression sentence(QStringLiteral("[.!?;]\\s|[.!?;]$|:\\s*\\S"));
    if (t.isEmpty() || t.count(u' ') >= (colon ? 9 : 6) || sentence.match(t).hasMatch())
        return false;
    for (const QChar c : t) {
        if (c.isLetter())
            return c.isUpper();
    }
    return false;
}

// A line that is only a heading in disguise: it names a known section and is bold or otherwise
// marked, or is a heading-shaped line that ends with a colon or is a section's name, alone or among
// other lines (plain-text postmortems put no blank line after a heading).
PseudoStyle pseudoHeadingStyle(const QString& plain, const QString& sourceLine)
{
    QString t = plain.trimmed();
    if (t.isEmpty() || t.size() > 60)
        return PseudoStyle::None;
    // Classified once: this runs for every short line of every paragraph.
    const bool known = SectionClassifier::classify(t) != SectionRole::Unknown;
    const bool other = !known && SectionClassifier::isCommonOtherSection(t);
    if (!known && !other)
        return PseudoStyle::None;
    const QString src = sourceLine.trimmed();
    const bool bold = (src.startsWith(QStringLiteral("**")) || src.startsWith(QStringLiteral("__")))
        && (src.endsWith(QStringLiteral("**")) || src.endsWith(QStringLiteral("__"))
            || src.endsWith(QStringLiteral("**:")) || src.endsWith(QStringLiteral("__:")));
    // "_Tasks performed_" alone on its line is a label in italics, as a bold one is.
    const bool italic = (wrappedIn(src, QLatin1String("_")) || wrappedIn(src, QLatin1String("*")))
        && !src.at(1).isSpace();
    if (bold || italic || wrappedIn(src, QLatin1String("--")) || wrappedIn(src, QLatin1String("==")))
        return PseudoStyle::Marked;
    while (t.endsWith(u':'))
        t.chop(1);
    // "Impact: 30% of users" alone on a line is a field, not a heading: the words decide. A plain line
    // with no colon must be a section's name ("Timeline"), not only hold one of its words.
    const bool colon = plain.trimmed().endsWith(u':');
    // A longer label names its section up front ("Preventative Measures for Head Office:"); one whose
    // role words come later is a sentence announcing a list ("To reflect this action items should
    // have assigned priority:").
    if (colon && known && t.count(u' ') >= 4 && SectionClassifier::roleWordIndex(t) > 2)
        return PseudoStyle::None;
    if (headingShaped(t.trimmed(), colon) && (colon || other || SectionClassifier::isKnownName(t)))
        return PseudoStyle::Plain;
    return PseudoStyle::None;
}

MarkdownBlock slice(const MarkdownBlock& block, const QStringList& lines, int from, int to, const SourceLines& src)
{
    MarkdownBlock part = block;
    part.text = lines.mid(from, to - from + 1).join(u'\n');
    part.textLines = block.textLines.mid(from, to - from + 1);
    part.line = block.lineOf(from);
    part.endLine = to + 1 < lines.size() ? std::max(part.line, block.lineOf(to + 1) - 1) : block.endLine;
    while (part.endLine > part.line && src.isBlank(part.endLine))
        --part.endLine;
    part.sourceStart = src.lineStart(part.line);
    part.sourceEnd = src.lineEnd(part.endLine);
    return part;
}

// "title: Outage on VM agents" / title = "Outage" in a front matter block, without quotes.
QString frontMatterTitle(const MarkdownBlock& front)
{
    static const QRegularExpression title(QStringLiteral("^title\\s*[:=]\\s*(.+?)\\s*$"),
                                          QRegularExpression::CaseInsensitiveOption);
    for (const QString& line : front.lines()) {
        const auto m = title.match(line);
        if (!m.hasMatch())
            continue;
        QString t = m.captured(1);
        if (t.size() >= 2 && (t.front() == u'"' || t.front() == u'\'') && t.back() == t.front())
            t = t.mid(1, t.size() - 2);
        return t.trimmed();
    }
    return {};
}

// The text that follows line `i` (of `lines`, block `b`'s): the next line of the paragraph, else the next block's
// first line; true when it starts with a time ("- 3:00 PM (UTC): Identified ...").
bool nextLineIsTimed(const QVector<MarkdownBlock>& blocks, qsizetype b, const QStringList& lines, int i)
{
    QString next;
    if (i + 1 < lines.size())
        next = lines[i + 1];
    else if (b + 1 < blocks.size())
        next = blocks[b + 1].lines().value(0);
    return TimeExpressionParser::parseLeading(next.trimmed()).has_value();
}

} // namespace

DocumentOutline DocumentOutline::build(const QVector<MarkdownBlock>& blocks, const SourceLines& source)
{
    DocumentOutline outline;
    for (qsizetype b = 0; b < blocks.size(); ++b) {
        const MarkdownBlock& block = blocks[b];
        const bool item = block.type == MarkdownBlockType::ListItem;
        // A one-line list item has no lazy line that could be a heading.
        if ((block.type != MarkdownBlockType::Paragraph && !item) || (item && !block.text.contains(u'\n'))) {
            outline.add(block, false);
            continue;
        }
        const QStringList lines = block.lines();
        int from = 0;
        for (int i = 0; i < lines.size(); ++i) {
            // In a list item only a line at the left margin (a "lazy" line Markdown adds to the item,
            // as "- 2:00 PM: Alerts fired.\nRoot Cause:" with no blank line between) can be a heading.
            if (item && i == 0)
                continue;
            const QString raw = source.lineText(block.lineOf(i));
            if (item && (raw.isEmpty() || raw.front().isSpace()))
                continue;
            const PseudoStyle style = pseudoHeadingStyle(lines[i], raw);
            if (style == PseudoStyle::None)
                continue;
            // Inside a timeline, "Resolution:" over entries that start with a time labels those entries,
            // and under a marked timeline heading every plain label line does.
            if (style == PseudoStyle::Plain && !outline.sections.isEmpty()
                && outline.sections.last().role == SectionRole::Timeline
                && (outline.sections.last().marked || nextLineIsTimed(blocks, b, lines, i)))
                continue;
            if (i > from)
                outline.add(slice(block, lines, from, i - 1, source), false);
            MarkdownBlock heading = slice(block, lines, i, i, source);
            heading.type = MarkdownBlockType::Heading;
            heading.endLine = heading.line;
            outline.add(heading, true);
            outline.sections.last().marked = style == PseudoStyle::Marked;
            from = i + 1;
        }
        if (from == 0) {
            outline.add(block, false);
        } else if (from < lines.size()) {
            // What follows a heading found inside a list item is no longer part of that item.
            MarkdownBlock rest = slice(block, lines, from, int(lines.size()) - 1, source);
            if (item)
                rest.type = MarkdownBlockType::Paragraph;
            outline.add(rest, false);
        }
    }
    outline.findStatusUpdates();
    // Front matter names the document when no "# Title" does.
    if (outline.title.isEmpty() && !blocks.isEmpty() && blocks.first().type == MarkdownBlockType::FrontMatter) {
        if (const QString t = frontMatterTitle(blocks.first()); !t.isEmpty()) {
            outline.title = t;
            outline.titleLine = blocks.first().line;
        }
    }
    // A plain first line above the sections ("Postmortem - nightly export failure") is the title.
    if (outline.title.isEmpty() && !outline.preamble.isEmpty() && !outline.sections.isEmpty()) {
        const MarkdownBlock& first = outline.preamble.first();
        const QString text = first.text.trimmed();
        if (first.type == MarkdownBlockType::Paragraph && !text.contains(u'\n') && text.size() < 100
            && !text.endsWith(u'.') && !text.endsWith(u':')) {
            outline.title = text;
            outline.titleLine = first.line;
            outline.preamble.removeFirst();
        }
    }
    for (OutlineSection& s : outline.sections) {
        for (DocumentSection& d : outline.headings) {
            if (d.line == s.line)
                d.empty = s.blocks.isEmpty();
        }
    }
    return outline;
}

// A status page's incident file has no timeline heading: its updates ("[Update - ...]" paragraphs,
// "**Update: 18:52** text" lines) are the timeline. With no timeline section, the blocks from the first of two or more updates to the
// end of the part they stand in become one.
void DocumentOutline::findStatusUpdates()
{
    if (hasSection(SectionRole::Timeline))
        return;
    const auto updates = [](const QVector<MarkdownBlock>& blocks) {
        qsizetype first = -1;
        int count = 0;
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            const MarkdownBlock& b = blocks[i];
            if (b.type != MarkdownBlockType::Paragraph)
                continue;
            const QStringList lines = b.lines();
            const auto n = std::count_if(lines.cbegin(), lines.cend(), TimelineReader::isStatusUpdate);
            first = first < 0 && n > 0 ? i : first;
            count += int(n);
        }
        return count >= 2 ? first : qsizetype(-1);
    };
    const auto split = [](QVector<MarkdownBlock>& blocks, qsizetype from) {
        OutlineSection timeline;
        timeline.role = SectionRole::Timeline;
        timeline.statusUpdates = true;
        timeline.line = blocks[from].line;
        timeline.blocks = blocks.mid(from);
        blocks.resize(from);
        return timeline;
    };
    if (qsizetype from = updates(preamble); from >= 0) {
        // A page that is only its updates opens with its first report, before any update: the
        // sentences above the first update (HTML comments between) belong to the timeline.
        const auto isReport = [](const MarkdownBlock& b) {
            static const QRegularExpression sentence(QStringLiteral("[.!?)]\\s*$"));
            return b.type == MarkdownBlockType::Paragraph && sentence.match(b.text).hasMatch();
        };
        qsizetype start = from;
        for (qsizetype i = from - 1; i >= 0; --i) {
            if (isReport(preamble[i]))
                start = i;
            else if (preamble[i].type != MarkdownBlockType::Html)
                break;
        }
        sections.prepend(split(preamble, start));
        return;
    }
    for (qsizetype s = 0; s < sections.size(); ++s) {
        if (sections[s].role != SectionRole::Unknown && sections[s].role != SectionRole::Summary)
            continue;
        if (const qsizetype from = updates(sections[s].blocks); from >= 0) {
            OutlineSection timeline = split(sections[s].blocks, from);
            timeline.level = sections[s].level;
            sections.insert(s + 1, timeline);
            return;
        }
    }
}

void DocumentOutline::add(const MarkdownBlock& block, bool pseudo)
{
    if (block.type == MarkdownBlockType::Heading)
        addHeading(block, pseudo);
    else if (sections.isEmpty())
        preamble.append(block);
    else
        sections.last().blocks.append(block);
}

void DocumentOutline::addHeading(const MarkdownBlock& block, bool pseudo)
{
    const QString heading = headingText(block.text);
    const SectionRole role = SectionClassifier::classify(heading);
    if (!pseudo)
        ++realHeadings;
    if (!pseudo && block.level == 1 && role == SectionRole::Unknown && title.isEmpty() && sections.isEmpty()) {
        title = heading;
        titleLine = block.line;
        return;
    }
    if (!sections.isEmpty()) {
        OutlineSection& current = sections.last();
        if (!pseudo && block.level > current.level && (role == SectionRole::Unknown || role == current.role
                                                        || groupsFollowUps(current.role, role))) {
            current.blocks.append(block);
            // A sub-heading is part of its section's body ("### 14:05 UTC" under the timeline), not
            // another name of the section: the report keeps it in the body.
            headings.append({SectionRole::Unknown, heading, block.line, false});
            return;
        }
    }
    OutlineSection section;
    section.heading = heading;
    section.name = heading;
    section.level = pseudo ? (sections.isEmpty() ? 2 : sections.last().level) : block.level;
    section.line = block.line;
    section.role = role;
    sections.append(section);
    headings.append({role, heading, block.line, false});
}

} // namespace debrief
