// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MarkdownBlocks.h"
#include "VerbatimCollector.h"
#include "WhyStep.h"

#include <QVector>

namespace debrief {

// Reads a "5 whys" section. Each top-level list item, or each line of a paragraph, is a step:
// the text up to its first '?' is the question and the rest the answer ("Why did logins fail? -
// The pool was exhausted."); a nested item or a following line without a question answers the
// step above it when that has no answer yet. Labels such as "Why 1:" or "A:" are dropped. A table
// with "Why" and "Because" (or "Question" and "Answer") columns gives one step per row. Whatever is
// none of these stays verbatim in `leftovers`.
class WhyReader
{
public:
    QVector<WhyStep> read(const QVector<MarkdownBlock>& blocks, VerbatimCollector& leftovers);

    // "Why 2: why was it slow? Because X" -> {"why was it slow?", "Because X"}.
    static WhyStep split(const QString& text, int line);

private:
    void addText(const QString& text, int line, bool nested);
    bool readTable(const MarkdownBlock& block);

    QVector<WhyStep> m_steps;
};

} // namespace debrief
