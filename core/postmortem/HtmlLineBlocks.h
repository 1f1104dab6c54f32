// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MarkdownBlocks.h"

#include <functional>
#include <optional>

namespace debrief {

// Postmortems written in HTML (a whole page pasted into README.md, a "<h3>Timeline</h3>" line in a
// Markdown file) put one element on a line: "<h2>Timeline</h2>", "<li>1:45 PM - Deploy</li>",
// "<p><strong>Impact:</strong> ...</p>". md4c keeps such lines in one raw HTML block; this reads
// each of those lines as the heading, list item or paragraph a reader sees, keeps every other tag
// line (and whatever stands inside <head>, <style> or <script>) as raw HTML, and hands runs of
// lines without tags back to the Markdown parser. Every block it makes spans its own source lines.
class HtmlLineBlocks
{
public:
    using MarkdownParser = std::function<QVector<MarkdownBlock>(int firstLine, int lastLine)>;

    // The blocks of `html`'s lines, or none when no line of it is a heading, item or paragraph
    // element with text.
    static std::optional<QVector<MarkdownBlock>> read(const MarkdownBlock& html, const SourceLines& source,
                                                      const MarkdownParser& markdown);
    // An element's words: tags gone ("<a href=u>t</a>" reads "t (u)"), entities decoded.
    static QString textOf(const QString& inner);
};

} // namespace debrief
