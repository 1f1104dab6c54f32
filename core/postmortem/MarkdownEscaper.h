// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace debrief {

// Turns user text into Markdown that the exporter can place in its report without the text
// changing the report's structure or smuggling in active content. Two flavours:
// - inlineText() for one-line places (table cells, field values, the title, list items): every
//   character Markdown could read as syntax is backslash-escaped, so md4c gives the same text back
//   (the importer reads cells as text, so the escaping must be reversible, not just safe).
// - block() for prose that is kept as Markdown (summary, resolution, unknown sections): the text
//   stays Markdown, only what is unsafe or would end the section is neutralised. It is idempotent,
//   block(block(x)) == block(x), which the byte-identical round trip relies on.
// Not a Markdown parser: it errs on the side of escaping too much in unusual places (code spans).
class MarkdownEscaper
{
public:
    // One line of literal text: newlines become spaces, syntax characters are escaped, '<' becomes
    // "&lt;", a leading '#', '-', '+', '=', '>' or "1." cannot start a block.
    static QString inlineText(QStringView text);
    // inlineText() plus a trailing run of '#' that an ATX heading would drop.
    static QString headingText(QStringView text);
    // Markdown prose: '<' becomes "&lt;" (no raw HTML, no <scheme:...> autolinks), links and link
    // definitions to javascript:, vbscript: or data: are broken into plain text, level 1 and 2
    // headings (ATX and setext) outside code fences are escaped, an unclosed fence is closed.
    // Leading and trailing blank lines are removed.
    static QString block(QStringView markdown);
    // Verbatim one-line Markdown (an unknown section's heading): block() without the structure.
    static QString verbatimLine(QStringView markdown);
    // True when a link destination starts with a script or data scheme once entities, backslashes,
    // control characters and whitespace that browsers ignore are taken out.
    static bool isDangerousDestination(QStringView destination);
};

} // namespace debrief
