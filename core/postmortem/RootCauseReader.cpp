// SPDX-License-Identifier: GPL-3.0-or-later
#include "RootCauseReader.h"

#include "IncidentFields.h"
#include "KeyValueLine.h"
#include "TableColumns.h"

namespace debrief {

void RootCauseReader::read(const QVector<MarkdownBlock>& blocks, VerbatimCollector& leftovers)
{
    for (const MarkdownBlock& block : blocks) {
        switch (block.type) {
        case MarkdownBlockType::Paragraph: {
            const QStringList lines = block.lines();
            if (!KeyValueLine::parse(lines.first().trimmed())) {
                addCause(block.text.simplified(), block.line);
                break;
            }
            for (int i = 0; i < lines.size(); ++i) {
                if (!readKeyValue(lines[i].trimmed(), block.lineOf(i)))
                    leftovers.addLines(block.lineOf(i), block.lineOf(i));
            }
            break;
        }
        case MarkdownBlockType::ListItem: {
            const QString text = block.text.simplified();
            if (readKeyValue(text, block.line))
                break;
            if (block.depth > 0 && m_lastCause >= 0)
                m_state.incident.rootCauses[m_lastCause].text += u' ' + text;
            else if (!text.isEmpty())
                addCause(text, block.line);
            else
                leftovers.addBlock(block);
            break;
        }
        case MarkdownBlockType::Table:
            if (!readTable(block))
                leftovers.addBlock(block);
            break;
        default:
            leftovers.addBlock(block);
            break;
        }
    }
}

bool RootCauseReader::readKeyValue(const QString& line, int lineNo)
{
    const auto kv = KeyValueLine::parse(line);
    if (!kv || !IncidentFields(m_state).apply(*kv, lineNo, m_sectionName, false))
        return false;
    if (kv->field == IncidentField::RootCause || kv->field == IncidentField::Trigger)
        m_lastCause = int(m_state.incident.rootCauses.size() - 1);
    return true;
}

void RootCauseReader::addCause(const QString& text, int line)
{
    m_state.incident.rootCauses.append({0, text, m_sectionName, line, QString()});
    m_lastCause = int(m_state.incident.rootCauses.size() - 1);
}

bool RootCauseReader::readTable(const MarkdownBlock& block)
{
    if (block.rows.isEmpty())
        return false;
    TableColumns columns(block.rows.first());
    const int section = columns.find({"stated in", "section", "source"});
    const int label = columns.find({"label", "field"});
    const int cause
        = columns.find({"root cause", "root causes", "cause", "contributing factor", "factor", "description"});
    if (cause < 0)
        return false;
    for (int r = 1; r < block.rows.size(); ++r) {
        const QString text = TableColumns::cell(block.rows[r], cause);
        if (text.isEmpty())
            continue;
        const QString where = section >= 0 ? TableColumns::cell(block.rows[r], section) : m_sectionName;
        m_state.incident.rootCauses.append(
            {0, text, where, block.rowLines.value(r, block.line), TableColumns::cell(block.rows[r], label)});
    }
    return true;
}

} // namespace debrief
