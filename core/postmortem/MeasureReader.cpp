// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasureReader.h"

#include "DocumentOutline.h"
#include "LineItems.h"
#include "TableColumns.h"

namespace debrief {

namespace {

QString groupTitle(const QString& text)
{
    QString t = text.simplified();
    while (t.endsWith(u':'))
        t.chop(1);
    return t.trimmed();
}

} // namespace

QVector<MeasureGroup> MeasureReader::read(const QVector<MarkdownBlock>& blocks, VerbatimCollector& leftovers,
                                          QMap<QString, QString>* columnNames)
{
    const MarkdownBlock* pendingHeading = nullptr;
    qsizetype groupsAtHeading = 0;
    // Where the author marked the measures as a list, the lines between are prose, not measures.
    m_marked = std::any_of(blocks.cbegin(), blocks.cend(),
                           [](const MarkdownBlock& b) { return b.type == MarkdownBlockType::ListItem; });
    for (const MarkdownBlock& block : blocks) {
        if (block.type != MarkdownBlockType::ListItem && block.type != MarkdownBlockType::Paragraph)
            m_labelOpen = false;
        switch (block.type) {
        case MarkdownBlockType::Heading:
            // A sub-heading with nothing under it keeps its words as leftover text.
            if (pendingHeading && m_groups.size() == groupsAtHeading)
                leftovers.addBlock(*pendingHeading);
            pendingHeading = &block;
            groupsAtHeading = m_groups.size();
            m_section = DocumentOutline::headingText(block.text);
            m_labelOpen = false;
            break;
        case MarkdownBlockType::ListItem: {
            const QString text = block.text.simplified();
            const QStringList lines = block.lines();
            if (text.isEmpty()) {
                leftovers.addBlock(block);
            } else if (LineItems::isLabelOverLines(block)) {
                // "* Tasks:" with its items written below it, unmarked, as lines of the same bullet.
                addGroup(lines.first(), block.line);
                for (const QString& line : lines.mid(1)) {
                    if (!line.trimmed().isEmpty())
                        m_groups.last().items << line.simplified();
                }
            } else if ((block.depth > 0 || m_labelOpen) && !m_groups.isEmpty()) {
                m_groups.last().items << text;
            } else {
                addGroup(text, block.line);
            }
            break;
        }
        case MarkdownBlockType::Paragraph:
            readParagraph(block, &block == &blocks.last(), leftovers);
            break;
        case MarkdownBlockType::Table:
            if (!readTable(block, columnNames))
                leftovers.addBlock(block);
            break;
        default:
            leftovers.addBlock(block);
            break;
        }
    }
    if (pendingHeading && m_groups.size() == groupsAtHeading)
        leftovers.addBlock(*pendingHeading);
    dropEmptyLabels(leftovers);
    return m_groups;
}

// Measures written one per line without markers ("Improve monitoring to detect ...") are measures
// too; a line ending in ':' or '?' heads the lines and the list after it.
void MeasureReader::readParagraph(const MarkdownBlock& block, bool lastBlock, VerbatimCollector& leftovers)
{
    const QVector<LineItem> items = LineItems::split(block);
    for (qsizetype k = 0; k < items.size(); ++k) {
        const LineItem& item = items[k];
        m_signedOff = m_signedOff || LineItems::isSignOff(item.text);
        if (m_signedOff) {
            leftovers.addLines(item.firstLine, item.lastLine);
        } else if (item.label) {
            addGroup(item.text, item.firstLine);
            m_labels << int(m_groups.size() - 1);
            m_labelOpen = true;
        } else if (m_marked
                   || (lastBlock && k + 1 == items.size() && !m_groups.isEmpty()
                       && LineItems::isClosingProse(item.text))) {
            leftovers.addLines(item.firstLine, item.lastLine);
        } else if (m_labelOpen && !m_groups.isEmpty()) {
            m_groups.last().items << item.text;
        } else {
            addGroup(item.text, item.firstLine);
        }
    }
}

// "| Kind | Description |": each row a measure, grouped under its kind where the table gives one.
// Columns with no place of their own ("Owner") stay in the measure's text, so no word is lost.
bool MeasureReader::readTable(const MarkdownBlock& table, QMap<QString, QString>* columnNames)
{
    if (table.rows.size() < 2)
        return false;
    TableColumns c(table.rows.first());
    const int text = c.find({"measure", "measures", "description", "action", "action item", "item", "title", "what", "task",
                             "improvement", "change", "remediation"});
    if (text < 0)
        return false;
    const int kind = c.find({"kind", "type", "category", "group"});
    if (columnNames) {
        c.noteName(*columnNames, QStringLiteral("measures.title"), text);
        c.noteName(*columnNames, QStringLiteral("measures.kind"), kind);
    }
    const QVector<int> extra = c.untaken();
    const qsizetype first = m_groups.size();
    for (int r = 1; r < table.rows.size(); ++r) {
        const QStringList& row = table.rows[r];
        const QString measure = c.withCells(TableColumns::cell(row, text), row, extra);
        if (measure.isEmpty())
            continue;
        const int line = table.rowLines.value(r, table.line);
        const QString group = groupTitle(TableColumns::cell(row, kind));
        if (group.isEmpty()) {
            addGroup(measure, line);
            continue;
        }
        auto it = std::find_if(m_groups.begin() + first, m_groups.end(),
                               [&](const MeasureGroup& g) { return g.title == group; });
        if (it == m_groups.end()) {
            addGroup(group, line);
            it = m_groups.end() - 1;
        }
        it->items << measure;
    }
    return true;
}

// A label that nothing followed is no measure: its words stay as text where they stood.
void MeasureReader::dropEmptyLabels(VerbatimCollector& leftovers)
{
    for (qsizetype k = m_labels.size() - 1; k >= 0; --k) {
        const int index = m_labels[k];
        if (!m_groups[index].items.isEmpty())
            continue;
        leftovers.addLines(m_groups[index].sourceLine, m_groups[index].sourceLine);
        m_groups.removeAt(index);
    }
}

void MeasureReader::addGroup(const QString& title, int line)
{
    MeasureGroup group;
    group.title = groupTitle(title);
    group.section = m_section;
    group.sourceLine = line;
    m_groups << group;
}

} // namespace debrief
