// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MarkdownBlocks.h"

#include <QString>
#include <QVector>

namespace debrief {

// One line of a list written without list markers: an item, or a label that heads the items after it
// ("Tasks to address the issue:", "What can be improved?").
struct LineItem
{
    QString text;
    int firstLine = 0;
    int lastLine = 0;
    bool label = false;
};

// Splits a paragraph of an action-item or measure section into the items its author put one per
// line. A line that starts in lower case continues the line before it (hard-wrapped prose); a line
// that starts with a bullet glyph ("●", "•", "▪") always starts an item. Not a Markdown list reader:
// real list items come as blocks of their own.
class LineItems
{
public:
    static QVector<LineItem> split(const MarkdownBlock& paragraph);
    // The length of a bullet people type or paste instead of Markdown's "-" ("● ", "• ", "▪ ", "➤ ")
    // at the start of `line`, or -1.
    static qsizetype bulletLength(QStringView line);
    // "Remember, even in the midst of chaos, ..." / "By implementing these measures, we ...": a
    // sentence that closes a section rather than listing one more thing to do.
    static bool isClosingProse(const QString& line);
    // "Regards.", "Thanks," "Best regards": the letter ends here; what follows is its signature.
    static bool isSignOff(const QString& line);
    // "* Tasks:" with its items written below it, unmarked, as lines of the same bullet.
    static bool isLabelOverLines(const MarkdownBlock& item);
};

} // namespace debrief
