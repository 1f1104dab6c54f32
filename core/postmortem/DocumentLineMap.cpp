// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentLineMap.h"

#include "PostmortemInput.h"
#include "SourceLines.h"

#include <algorithm>

namespace debrief {

namespace {

// What the lines of a section are when no item claims them.
DocumentLineRole roleOfSection(SectionRole role)
{
    switch (role) {
    case SectionRole::Summary:
    case SectionRole::Impact:
    case SectionRole::Resolution:
        return DocumentLineRole::Text;
    case SectionRole::Lessons:
    case SectionRole::Unknown:
        return DocumentLineRole::Verbatim;
    case SectionRole::Timeline:
    case SectionRole::RootCause:
    case SectionRole::Whys:
    case SectionRole::Measures:
    case SectionRole::ActionItems:
        break;
    }
    return DocumentLineRole::Other;
}

} // namespace

DocumentLineMap DocumentLineMap::build(QByteArrayView original, const Incident& incident)
{
    DocumentLineMap map;
    const PostmortemInput input = PostmortemInput::check(original);
    if (!input.ok())
        return map;
    const SourceLines source(input.text());
    // A text ending in '\n' has no line after it: SourceLines counts one, the editor shows none.
    int count = source.lineCount();
    if (count > 0 && source.lineStart(count) >= input.text().size())
        --count;
    map.m_lines.reserve(count);
    for (int line = 1; line <= count; ++line)
        map.m_lines.append({source.lineText(line), DocumentLineRole::Text, 0});
    map.m_headings.fill(false, count);
    map.markSections(incident);
    map.markItems(startsOf(incident));
    for (DocumentLine& l : map.m_lines) {
        if (l.text.trimmed().isEmpty()) {
            l.role = DocumentLineRole::Blank;
            l.itemId = 0;
        }
    }
    return map;
}

// Lines before the first heading are the title and the fields: Text, as built.
void DocumentLineMap::markSections(const Incident& incident)
{
    QVector<DocumentSection> sections = incident.sections;
    std::stable_sort(sections.begin(), sections.end(),
                     [](const DocumentSection& a, const DocumentSection& b) { return a.line < b.line; });
    for (int s = 0; s < sections.size(); ++s) {
        const int first = sections[s].line;
        const int next = s + 1 < sections.size() ? sections[s + 1].line : int(m_lines.size()) + 1;
        if (first < 1 || first > m_lines.size())
            continue;
        m_lines[first - 1].role = DocumentLineRole::Heading;
        m_headings[first - 1] = true;
        for (int line = first + 1; line < next && line <= m_lines.size(); ++line)
            m_lines[line - 1].role = roleOfSection(sections[s].role);
    }
}

QVector<DocumentLineMap::Start> DocumentLineMap::startsOf(const Incident& incident)
{
    QVector<Start> starts;
    for (const TimelineEvent& e : incident.timeline)
        starts.append({e.sourceLine, DocumentLineRole::TimelineEntry, e.id});
    for (const RootCause& c : incident.rootCauses)
        starts.append({c.sourceLine, DocumentLineRole::RootCause, c.id});
    for (const WhyStep& w : incident.whys)
        starts.append({w.sourceLine, DocumentLineRole::Why, w.id});
    for (const MeasureGroup& g : incident.measures)
        starts.append({g.sourceLine, DocumentLineRole::Measure, g.id});
    for (const ActionItem& a : incident.actionItems)
        starts.append({a.sourceLine, DocumentLineRole::ActionItem, a.id});
    for (const UnknownSection& u : incident.unknownSections)
        starts.append({u.sourceLine, DocumentLineRole::Verbatim, u.id});
    starts.erase(std::remove_if(starts.begin(), starts.end(), [](const Start& s) { return s.line <= 0; }),
                 starts.end());
    // Two items on one line (a root cause that is also a measure's line) show as the first read.
    std::stable_sort(starts.begin(), starts.end(), [](const Start& a, const Start& b) { return a.line < b.line; });
    return starts;
}

void DocumentLineMap::markItems(const QVector<Start>& starts)
{
    const int count = int(m_lines.size());
    for (int i = 0; i < starts.size(); ++i) {
        const Start& s = starts[i];
        if (s.line > count || (i > 0 && starts[i - 1].line == s.line))
            continue;
        const int next = i + 1 < starts.size() ? starts[i + 1].line : count + 1;
        // An unknown section's line is its heading, which stays a heading; its body runs to the next.
        // An event's own heading ("### 14:05 UTC") is the event's first line.
        const bool verbatim = s.role == DocumentLineRole::Verbatim;
        const bool crossesBlanks = verbatim || opensABody(m_lines[s.line - 1].text);
        for (int line = s.line; line < next && line <= count; ++line) {
            if (line > s.line && m_headings[line - 1])
                break;
            if (isBlank(line) && !crossesBlanks && !continuesAfter(line, next))
                break;
            if (m_headings[line - 1] && (verbatim || line > s.line))
                continue;
            m_lines[line - 1].role = s.role;
            m_lines[line - 1].itemId = s.itemId;
        }
    }
}

bool DocumentLineMap::isBlank(int line) const
{
    return m_lines[line - 1].text.trimmed().isEmpty();
}

// An event under a heading of its own ("### 14:05 UTC"), or under a bold or colon-ended label line,
// has its text in the paragraphs below.
bool DocumentLineMap::opensABody(const QString& line)
{
    const QString t = line.trimmed();
    return t.startsWith(u'#') || t.endsWith(u':') || (t.startsWith(QStringLiteral("**")) && t.endsWith(QStringLiteral("**")));
}

// After a blank line, a list item goes on in the lines indented under it ("  more of the same
// item"); an unindented line starts something else (a table, the next paragraph).
bool DocumentLineMap::continuesAfter(int blankLine, int next) const
{
    for (int line = blankLine + 1; line < next && line <= m_lines.size(); ++line) {
        if (isBlank(line))
            continue;
        const QString& text = m_lines[line - 1].text;
        return !m_headings[line - 1] && (text.startsWith(QStringLiteral("  ")) || text.startsWith(u'\t'));
    }
    return false;
}

int DocumentLineMap::lineOf(DocumentLineRole role, qint64 itemId) const
{
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines[i].role == role && m_lines[i].itemId == itemId)
            return i + 1;
    }
    return 0;
}

} // namespace debrief
