// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MarkdownBlocks.h"
#include "SourceLines.h"

#include <QString>
#include <QVector>
#include <utility>

namespace debrief {

// Gathers source lines that the importer keeps verbatim (prose, unknown content) and joins them
// back as they stood: adjacent lines with a newline, lines that had a gap between them with one
// blank line. This is how a user's words survive an import they were not understood by.
class VerbatimCollector
{
public:
    explicit VerbatimCollector(const SourceLines& source)
        : m_source(&source)
    { }

    void addLines(int first, int last);
    void addBlock(const MarkdownBlock& block) { addLines(block.line, block.endLine); }
    // The lines another collector of the same document kept, after this one's.
    void append(const VerbatimCollector& other);
    const SourceLines& source() const { return *m_source; }
    bool holds(int line) const;
    bool isEmpty() const { return m_ranges.isEmpty(); }
    int firstLine() const { return m_ranges.isEmpty() ? 0 : m_ranges.first().first; }
    QString text() const;

private:
    const SourceLines* m_source;
    QVector<std::pair<int, int>> m_ranges;
};

} // namespace debrief
