// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasureReader.h"

#include "DocumentOutline.h"

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

QVector<MeasureGroup> MeasureReader::read(const QVector<MarkdownBlock>& blocks, VerbatimCollector& leftovers)
{
    bool introOpen = false; // a "Title:" paragraph whose list follows
    const MarkdownBlock* pendingHeading = nullptr;
    qsizetype groupsAtHeading = 0;
    for (const MarkdownBlock& block : blocks) {
        if (block.type != MarkdownBlockType::ListItem)
            introOpen = false;
        switch (block.type) {
        case MarkdownBlockType::Heading:
            // A sub-heading with nothing under it keeps its words as leftover text.
            if (pendingHeading && m_groups.size() == groupsAtHeading)
                leftovers.addBlock(*pendingHeading);
            pendingHeading = &block;
            groupsAtHeading = m_groups.size();
            m_section = DocumentOutline::headingText(block.text);
            break;
        case MarkdownBlockType::ListItem: {
            const QString text = block.text.simplified();
            if (text.isEmpty()) {
                leftovers.addBlock(block);
            } else if ((block.depth > 0 || introOpen) && !m_groups.isEmpty()) {
                m_groups.last().items << text;
            } else {
                addGroup(text, block.line);
            }
            break;
        }
        case MarkdownBlockType::Paragraph:
            if (!block.text.contains(u'\n') && block.text.trimmed().endsWith(u':')) {
                addGroup(block.text, block.line);
                introOpen = true;
            } else {
                leftovers.addBlock(block);
            }
            break;
        default:
            leftovers.addBlock(block);
            break;
        }
    }
    if (pendingHeading && m_groups.size() == groupsAtHeading)
        leftovers.addBlock(*pendingHeading);
    return m_groups;
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
