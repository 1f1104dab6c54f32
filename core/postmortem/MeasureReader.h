// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MarkdownBlocks.h"
#include "MeasureGroup.h"
#include "VerbatimCollector.h"

#include <QVector>

namespace debrief {

// Reads corrective and preventative measures and lessons learned: a top-level bullet is a measure,
// its nested bullets are its items; a line ending in ':' followed by a list makes that list the
// items; sub-headings ("### What went well") name the section of the measures under them. Prose
// stays verbatim in `leftovers`.
class MeasureReader
{
public:
    explicit MeasureReader(const QString& sectionName)
        : m_section(sectionName)
    { }

    QVector<MeasureGroup> read(const QVector<MarkdownBlock>& blocks, VerbatimCollector& leftovers);

private:
    void addGroup(const QString& title, int line);

    QString m_section;
    QVector<MeasureGroup> m_groups;
};

} // namespace debrief
