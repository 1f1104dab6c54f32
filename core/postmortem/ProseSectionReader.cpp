// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProseSectionReader.h"

#include "IncidentFields.h"
#include "KeyValueLine.h"

namespace debrief {

void ProseSectionReader::read(const QVector<MarkdownBlock>& blocks, VerbatimCollector& kept, VerbatimCollector* other)
{
    IncidentFields fields(m_state);
    for (const MarkdownBlock& block : blocks) {
        switch (block.type) {
        case MarkdownBlockType::Paragraph:
            readParagraph(block, kept);
            break;
        case MarkdownBlockType::ListItem: {
            const auto kv = KeyValueLine::parse(block.text.simplified());
            if (!kv || !fields.apply(*kv, block.line, m_sectionName, false))
                kept.addBlock(block);
            break;
        }
        case MarkdownBlockType::Table:
            if (!readFieldTable(block))
                (other ? *other : kept).addBlock(block);
            break;
        case MarkdownBlockType::Heading:
            kept.addBlock(block);
            break;
        case MarkdownBlockType::FrontMatter:
            // "date: 2023-03-28T14:00:00Z", "severity: disrupted": read, and the block kept as written.
            for (int i = 0; i < block.lines().size(); ++i) {
                if (const auto kv = KeyValueLine::parse(block.lines()[i].trimmed()))
                    fields.apply(*kv, block.lineOf(i), m_sectionName, false);
            }
            (other ? *other : kept).addBlock(block);
            break;
        default:
            (other ? *other : kept).addBlock(block);
            break;
        }
    }
}

// Line by line, because "**Duration:** 2h" and "**Impact:** ..." on consecutive lines fold into one
// paragraph. Lines that are not fields stay, at their own source lines.
void ProseSectionReader::readParagraph(const MarkdownBlock& block, VerbatimCollector& kept)
{
    IncidentFields fields(m_state);
    const QStringList lines = block.lines();
    QVector<bool> consumed(lines.size(), false);
    bool any = false;
    for (int i = 0; i < lines.size(); ++i) {
        const auto kv = KeyValueLine::parse(lines[i].trimmed());
        consumed[i] = kv && fields.apply(*kv, block.lineOf(i), m_sectionName, false);
        any = any || consumed[i];
    }
    if (!any) {
        kept.addBlock(block);
        return;
    }
    for (int i = 0; i < lines.size(); ++i) {
        if (!consumed[i])
            kept.addLines(block.lineOf(i), block.lineOf(i));
    }
}

// "| Field | Value |" tables (the exporter's, and many templates'): every row must name a field,
// else the table stays as written (its values are still read).
bool ProseSectionReader::readFieldTable(const MarkdownBlock& block)
{
    if (block.rows.size() < 2 || block.rows.first().size() != 2)
        return false;
    for (int r = 1; r < block.rows.size(); ++r) {
        if (!KeyValueLine::fieldOf(block.rows[r].value(0)))
            return false;
    }
    IncidentFields fields(m_state);
    m_state.fieldTable = true;
    bool all = true;
    for (int r = 1; r < block.rows.size(); ++r) {
        KeyValueLine kv;
        kv.field = *KeyValueLine::fieldOf(block.rows[r].value(0));
        kv.key = block.rows[r].value(0).trimmed();
        kv.value = block.rows[r].value(1).trimmed();
        const bool held = fields.apply(kv, block.rowLines.value(r, block.line), m_sectionName, true);
        all = all && (held || kv.value.isEmpty());
    }
    return all;
}

} // namespace debrief
