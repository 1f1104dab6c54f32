// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportState.h"
#include "MarkdownBlocks.h"
#include "VerbatimCollector.h"

namespace debrief {

// Reads a root cause section ("Root Cause and Resolution", "Contributing Factors", "Trigger"):
// each paragraph or top-level bullet is one stated cause, nested bullets add to the cause above
// them, "Resolution:" and other field lines go to their fields, a "Stated in | Root cause" table
// gives one cause per row. Whatever is neither stays verbatim in `leftovers`.
class RootCauseReader
{
public:
    RootCauseReader(ImportState& state, const QString& sectionName)
        : m_state(state)
        , m_sectionName(sectionName)
    { }

    void read(const QVector<MarkdownBlock>& blocks, VerbatimCollector& leftovers);

private:
    bool readKeyValue(const QString& line, int lineNo);
    void addCause(const QString& text, int line);
    bool readTable(const MarkdownBlock& block);

    ImportState& m_state;
    QString m_sectionName;
    int m_lastCause = -1;
};

} // namespace debrief
