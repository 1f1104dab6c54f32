// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DocumentSection.h"
#include "MarkdownBlocks.h"
#include "SourceLines.h"

#include <QString>
#include <QVector>

namespace debrief {

// A top-level section of a postmortem: its heading and the blocks under it. Sub-headings that
// belong to it ("### What went well" under "## Lessons Learned", "### 19:00 UTC - Alert fires"
// under "## Timeline") stay among its blocks.
struct OutlineSection
{
    QString heading; // as written, without '#' marks or trailing colon
    QString name; // SectionClassifier::cleanHeading()
    int level = 2;
    int line = 0;
    SectionRole role = SectionRole::Unknown;
    bool marked = true; // a real heading or a bold one; false for a plain line ("Timeline:")
    bool statusUpdates = false; // a status page's updates, with no heading of their own
    QVector<MarkdownBlock> blocks;
};

// Splits a document's blocks into the title, the text before the first section and the sections.
// Knows the shapes people give headings: ATX/setext headings, and lines that only act as headings
// ("**Timeline**", "Root Cause:" on a line of its own) when they name a known section. Not a
// reader of what is inside the sections.
class DocumentOutline
{
public:
    static DocumentOutline build(const QVector<MarkdownBlock>& blocks, const SourceLines& source);
    // A heading's text as written: whitespace collapsed, trailing colons dropped.
    static QString headingText(const QString& plain);
    bool hasSection(SectionRole role) const;

    QString title;
    int titleLine = 0;
    QVector<MarkdownBlock> preamble;
    QVector<OutlineSection> sections;
    QVector<DocumentSection> headings; // every heading but the title, in document order
    int realHeadings = 0;

private:
    void add(const MarkdownBlock& block, bool pseudo);
    void addHeading(const MarkdownBlock& block, bool pseudo);
    void findStatusUpdates();
    static bool groupsFollowUps(SectionRole section, SectionRole sub);
};

} // namespace debrief
