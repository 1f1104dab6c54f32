// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MarkdownBlocks.h"
#include "MeasureGroup.h"
#include "VerbatimCollector.h"

#include <QMap>
#include <QVector>

namespace debrief {

// Reads corrective and preventative measures: a top-level bullet is a measure,
// its nested bullets are its items; a line ending in ':' followed by a list makes that list the
// items, and lines written without markers are measures too; sub-headings ("### What went well")
// name the section of the measures under them. A table is read by its columns: the measure's text,
// and a kind ("Corrective", "Preventative") that groups the rows. Prose stays verbatim in `leftovers`.
class MeasureReader
{
public:
    explicit MeasureReader(const QString& sectionName)
        : m_section(sectionName)
    { }

    // `columnNames`, when given, keeps the names the author gave a table's columns
    // ("measures.kind", "measures.title"), so that the report writes the table as it stood.
    QVector<MeasureGroup> read(const QVector<MarkdownBlock>& blocks, VerbatimCollector& leftovers,
                               QMap<QString, QString>* columnNames = nullptr);

private:
    void addGroup(const QString& title, int line);
    void readParagraph(const MarkdownBlock& block, bool lastBlock, VerbatimCollector& leftovers);
    void dropEmptyLabels(VerbatimCollector& leftovers);
    bool readTable(const MarkdownBlock& table, QMap<QString, QString>* columnNames);

    QString m_section;
    QVector<MeasureGroup> m_groups;
    QVector<int> m_labels; // groups that came from a label line ("Improvements:")
    bool m_marked = false; // the section has list items: its plain lines are prose
    bool m_labelOpen = false;
    bool m_signedOff = false; // "Regards." was written: the rest is a signature
};

} // namespace debrief
