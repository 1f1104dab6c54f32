// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SourceLines.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace debrief {

enum class MarkdownBlockType
{
    Heading,
    Paragraph,
    ListItem,
    Table,
    Code,
    Quote,
    Html,
    ThematicBreak,
    FrontMatter, // a YAML "---" or TOML "+++" block at the very top: `text` holds the lines inside
};

enum class TaskState
{
    None,
    Open,
    Done,
};

// One block of a Markdown document with its plain text (entities decoded, emphasis and link
// syntax gone) and where it stood in the source. A list item holds only its own paragraphs; its
// nested items follow it as blocks of their own with a larger depth. A quote holds everything
// inside it as text.
struct MarkdownBlock
{
    MarkdownBlockType type = MarkdownBlockType::Paragraph;
    int level = 0; // heading level 1-6
    int depth = 0; // list nesting, 0 = an item of a top-level list
    bool ordered = false;
    bool fenced = false; // code blocks
    QString info; // a fenced code block's info string ("markdown", "sql")
    TaskState task = TaskState::None;
    QString text; // source lines (soft breaks) separated by '\n'
    QVector<int> textLines; // the source line of each '\n'-separated line of text
    QVector<QStringList> rows; // tables: the header row first
    QVector<int> rowLines;
    int line = 0; // first source line, 1-based
    int endLine = 0; // last non-blank source line before the next block
    qsizetype sourceStart = 0; // byte span of lines line..endLine in the parsed bytes
    qsizetype sourceEnd = 0;

    QStringList lines() const { return text.split(u'\n'); }
    int lineOf(qsizetype textLineIndex) const { return textLines.value(textLineIndex, line); }
};

// Runs md4c (GitHub dialect: tables, strikethrough, task lists, permissive autolinks) over a
// document and flattens its tree into blocks in document order, each with its source lines so
// that unknown content can be kept verbatim. Not an interpreter of postmortems: it knows Markdown
// and nothing about sections or timelines.
class MarkdownBlocks
{
public:
    static QVector<MarkdownBlock> parse(const SourceLines& source);
    // "&amp;" -> "&", "&#x41;" -> "A"; unknown entities are returned unchanged.
    static QString decodeEntity(QStringView entity);
};

} // namespace debrief
