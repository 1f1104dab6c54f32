// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MarkdownBlocks.h"
#include "SourceLines.h"

namespace debrief {

// The block of metadata that opens a document ("---" ... "---" for YAML, "+++" ... "+++" for TOML,
// as Hugo, Jekyll, Zola and mkdocs write them): found before md4c reads the rest, which would take
// its keys for a paragraph and its fences for rules.
class FrontMatter
{
public:
    // The block's last line, or 0 when there is none. The lines inside must hold at least one
    // "key: value" (or "key = value"), so a rule and a paragraph are not one.
    static int endLine(const SourceLines& source);
    // Lines 1..end as one FrontMatter block, its text the lines between the fences.
    static MarkdownBlock block(const SourceLines& source, int end);
};

} // namespace debrief
