// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportState.h"
#include "MarkdownBlocks.h"
#include "VerbatimCollector.h"

namespace debrief {

// Reads a prose section (summary, impact, resolution, the text before the first heading): its
// "Key: value" lines and field tables go into the incident's fields, everything else is kept as
// Markdown verbatim. Not for sections with structure (timeline, action items).
class ProseSectionReader
{
public:
    ProseSectionReader(ImportState& state, const QString& sectionName)
        : m_state(state)
        , m_sectionName(sectionName)
    { }

    // Prose goes to `kept`; code, HTML, quotes and rules go to `other` when given, else to `kept`.
    void read(const QVector<MarkdownBlock>& blocks, VerbatimCollector& kept, VerbatimCollector* other = nullptr);

private:
    void readParagraph(const MarkdownBlock& block, VerbatimCollector& kept);
    bool readFieldTable(const MarkdownBlock& block);

    ImportState& m_state;
    QString m_sectionName;
};

} // namespace debrief
