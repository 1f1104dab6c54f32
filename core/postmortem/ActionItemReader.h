// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActionItem.h"
#include "MarkdownBlocks.h"
#include "VerbatimCollector.h"

#include <QSet>
#include <QVector>
#include <optional>

namespace debrief {

// Reads action items: bullets and numbered items of an action item section, checkbox items from
// anywhere, and tables with columns like Title/Action, Owner/Assignee, Due, Status, Priority,
// Link/Ticket. Owners, due dates and priorities written inside an item ("(owner: @alice, due
// 2024-09-01)", "— @alice", "[P1]") are taken out of its title. Not for deciding which section
// holds action items: the importer does that.
class ActionItemReader
{
public:
    // Everything an action item section holds; what is not an item goes to `leftovers`. The names
    // of a table's columns go to `columnNames` ("actions.title" -> "Action Item"), the first table's.
    static QVector<ActionItem> readSection(const QVector<MarkdownBlock>& blocks, VerbatimCollector& leftovers,
                                           QMap<QString, QString>* columnNames = nullptr);
    static ActionItem fromItem(const MarkdownBlock& item);
    static ActionItem fromText(const QString& text, int line);
    // A table of action items, or none when no column looks like a title.
    static std::optional<QVector<ActionItem>> fromTable(const MarkdownBlock& table,
                                                        QMap<QString, QString>* columnNames = nullptr);
    static ActionStatus statusFromText(const QString& text, ActionStatus fallback);
    // The status a word names ("Done", "IN PROGRESS", "todo"), or nothing when it names none.
    static std::optional<ActionStatus> statusNamedBy(const QString& text);

private:
    // What the whole section tells of how its items are written.
    struct SectionShape
    {
        bool marked = false; // as a list or a table: the paragraphs between are prose
        bool typedBullets = false; // as "● " lines: a paragraph without one is prose
        bool signedOff = false; // "Regards." was written: the rest is a signature
        QSet<QString> tableValues; // what a legend beside the tables explains ("prevent", "p0")
    };
    // The items of blocks [from, to), one group's.
    static QVector<ActionItem> readBlocks(const QVector<MarkdownBlock>& blocks, qsizetype from, qsizetype to,
                                          SectionShape& shape, VerbatimCollector& leftovers,
                                          QMap<QString, QString>* columnNames);
    static void readLines(const MarkdownBlock& block, bool lastBlock, QVector<ActionItem>& items,
                          VerbatimCollector& leftovers, bool& signedOff);
};

} // namespace debrief
