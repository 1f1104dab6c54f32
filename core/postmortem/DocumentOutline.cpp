// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentOutline.h"

#include "SectionClassifier.h"

namespace debrief {

namespace { } // namespace

QString DocumentOutline::headingText(const QString& text)
{
    QString h = text.simplified();
    while (h.endsWith(u':'))
        h.chop(1);
    return h.trimmed();
}

bool DocumentOutline::hasSection(SectionRole role) const
{
    return std::any_of(sections.cbegin(), sections.cend(), [role](const OutlineSection& s) { return s.role == role; });
}

namespace {

// A line that is only a heading in disguise: it names a known section and is bold, ends with a
// colon, or stands alone as a whole paragraph.
bool isPseudoHeading(const QString& plain, const QString& sourceLine, bool alone)
{
    const QString t = plain.trimmed();
    if (t.isEmpty() || t.size() > 60 || SectionClassifier::classify(t) == SectionRole::Unknown)
        return false;
    const QString src = sourceLine.trimmed();
    const bool bold = (src.startsWith(QStringLiteral("**")) || src.startsWith(QStringLiteral("__")))
        && (src.endsWith(QStringLiteral("**")) || src.endsWith(QStringLiteral("__"))
            || src.endsWith(QStringLiteral("**:")) || src.endsWith(QStringLiteral("__:")));
    return bold || t.endsWith(u':') || alone;
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

} // namespace

DocumentOutline DocumentOutline::build(const QVector<MarkdownBlock>& blocks, const SourceLines& source)
{
    DocumentOutline outline;
    for (const MarkdownBlock& block : blocks) {
        if (block.type != MarkdownBlockType::Paragraph) {
            outline.add(block, false);
            continue;
        }
        const QStringList lines = block.lines();
        int from = 0;
        for (int i = 0; i < lines.size(); ++i) {
            if (!isPseudoHeading(lines[i], source.lineText(block.lineOf(i)), lines.size() == 1))
                continue;
            if (i > from)
                outline.add(slice(block, lines, from, i - 1, source), false);
            MarkdownBlock heading = slice(block, lines, i, i, source);
            heading.type = MarkdownBlockType::Heading;
            heading.endLine = heading.line;
            outline.add(heading, true);
            from = i + 1;
        }
        if (from == 0)
            outline.add(block, false);
        else if (from < lines.size())
            outline.add(slice(block, lines, from, int(lines.size()) - 1, source), false);
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
        if (!pseudo && block.level > current.level && (role == SectionRole::Unknown || role == current.role)) {
            current.blocks.append(block);
            headings.append({current.role, heading, block.line, false});
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
