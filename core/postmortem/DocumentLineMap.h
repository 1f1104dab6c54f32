// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Incident.h"

#include <QByteArrayView>
#include <QString>
#include <QVector>

namespace debrief {

// What a line of an imported document became.
enum class DocumentLineRole
{
    Blank,
    Heading, // a section heading
    Text, // read into the title, a field, the summary, the impact or the resolution
    TimelineEntry,
    RootCause,
    Why,
    Measure,
    ActionItem,
    Verbatim, // not understood, kept as written in the report
    Other, // in a section that was read, but not part of any of its items
};

struct DocumentLine
{
    QString text;
    DocumentLineRole role = DocumentLineRole::Blank;
    qint64 itemId = 0; // the store row of the item the line belongs to, 0 when none
};

// The original text of an incident's document, line by line, with what each line became: the
// Document page shows it, and a selected item finds its source line in it. Built from the items'
// source lines (every item knows the line it starts on): an item runs from its first line up to
// the next item or section heading, or a blank line; past a blank line only where its text goes
// on there: lines indented under a list item, paragraphs under an item's own heading or label line,
// a verbatim section's whole body. Other lines take the role of their section. Pure.
class DocumentLineMap
{
public:
    static DocumentLineMap build(QByteArrayView original, const Incident& incident);

    const QVector<DocumentLine>& lines() const { return m_lines; }
    // The 1-based line an item starts on, 0 when the item has no line here (entered by hand).
    int lineOf(DocumentLineRole role, qint64 itemId) const;

private:
    struct Start
    {
        int line = 0;
        DocumentLineRole role = DocumentLineRole::Blank;
        qint64 itemId = 0;
    };

    static QVector<Start> startsOf(const Incident& incident);
    void markSections(const Incident& incident);
    void markItems(const QVector<Start>& starts);
    bool isBlank(int line) const;
    bool continuesAfter(int blankLine, int next) const;
    static bool opensABody(const QString& line);

    QVector<DocumentLine> m_lines;
    QVector<bool> m_headings;
};

} // namespace debrief
