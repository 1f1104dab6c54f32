// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Incident.h"

#include <QString>
#include <QVector>

namespace debrief {

// An item made from one line of the document by the user ("Make timeline entry" on the Document
// page), when the importer did not read the line as what it is. The line's list mark, checkbox and
// leading time are read as the importer reads them; the rest is the item's text, and the item keeps
// the line it came from. Pure.
class DocumentLineItems
{
public:
    // A leading time ("14:05 UTC", "2024-08-10 14:05") becomes `at` on the incident's day and in its
    // zone when the line states none, and stays as written in `timeText`.
    static TimelineEvent timelineEntry(const QString& line, int lineNo, const Incident& incident);
    // "- [x] text" is done, "- [ ] text" open.
    static ActionItem actionItem(const QString& line, int lineNo);
    static RootCause rootCause(const QString& line, int lineNo, const QString& section);

    // Where an item made from `line` goes in a list whose items start on `sourceLines` (0 for an
    // item entered by hand): after the last item that starts above it, so that the list keeps the
    // document's order; first when none does.
    static int positionFor(const QVector<int>& sourceLines, int line);

    // The line without its list mark or quote mark ("- ", "* ", "1. ", "1) ", "> ") and surrounding space.
    static QString withoutMarks(const QString& line);
};

} // namespace debrief
