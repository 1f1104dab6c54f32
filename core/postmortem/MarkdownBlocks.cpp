// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkdownBlocks.h"

#include "FrontMatter.h"
#include "HtmlLineBlocks.h"
#include "TableDelimiterRows.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <optional>
#include <md4c.h>

namespace debrief {

namespace {

// Collects blocks from md4c's callbacks. Line numbers come from the text pointers, which point
// into the input buffer (except for soft breaks and NUL replacements, which are static strings).
class BlockBuilder
{
public:
    // Reads lines firstLine..lastLine of the source (all of it by default); the text pointers md4c
    // hands back point into the whole buffer, so line numbers stay those of the document.
    explicit BlockBuilder(const SourceLines& source, int firstLine = 1, int lastLine = -1)
        : m_source(source)
        , m_base(source.bytes().constData())
        , m_size(source.bytes().size())
        , m_firstLine(firstLine)
        , m_lastLine(lastLine < 0 ? source.lineCount() : lastLine)
    { }

    QVector<MarkdownBlock> take()
    {
        placeTextlessBlocks();
        assignRanges();
        return std::move(m_blocks);
    }

    int enterBlock(MD_BLOCKTYPE type, void* detail)
    {
        if (m_quoteDepth > 0) {
            if (type == MD_BLOCK_QUOTE)
                ++m_quoteDepth;
            else if (type == MD_BLOCK_P || type == MD_BLOCK_LI || type == MD_BLOCK_H || type == MD_BLOCK_TR
                     || type == MD_BLOCK_CODE)
                newTextLine(m_quote);
            return 0;
        }
        switch (type) {
        case MD_BLOCK_QUOTE:
            m_quoteDepth = 1;
            m_quote = open(MarkdownBlockType::Quote);
            break;
        case MD_BLOCK_UL:
            m_lists.append(false);
            break;
        case MD_BLOCK_OL:
            m_lists.append(true);
            break;
        case MD_BLOCK_LI:
            enterItem(static_cast<const MD_BLOCK_LI_DETAIL*>(detail));
            break;
        case MD_BLOCK_P:
            if (m_items.isEmpty() || m_current != m_items.last())
                m_current = open(MarkdownBlockType::Paragraph);
            else
                newTextLine(m_current);
            break;
        case MD_BLOCK_H:
            m_current = open(MarkdownBlockType::Heading);
            m_blocks[m_current].level = int(static_cast<const MD_BLOCK_H_DETAIL*>(detail)->level);
            break;
        case MD_BLOCK_CODE:
            m_current = open(MarkdownBlockType::Code);
        {
            const auto* code = static_cast<const MD_BLOCK_CODE_DETAIL*>(detail);
            m_blocks[m_current].fenced = code->fence_char != 0;
            m_blocks[m_current].info = QString::fromUtf8(code->lang.text, code->lang.size).trimmed();
        }
            break;
        case MD_BLOCK_HTML:
            m_current = open(MarkdownBlockType::Html);
            break;
        case MD_BLOCK_HR:
            open(MarkdownBlockType::ThematicBreak);
            break;
        case MD_BLOCK_TABLE:
            m_current = open(MarkdownBlockType::Table);
            break;
        case MD_BLOCK_TR:
            m_blocks[m_current].rows.append(QStringList());
            m_blocks[m_current].rowLines.append(0);
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            m_blocks[m_current].rows.last().append(QString());
            break;
        default:
            break;
        }
        return 0;
    }

    int leaveBlock(MD_BLOCKTYPE type)
    {
        if (m_quoteDepth > 0) {
            if (type == MD_BLOCK_QUOTE && --m_quoteDepth == 0)
                m_current = m_items.isEmpty() ? -1 : m_items.last();
            return 0;
        }
        switch (type) {
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
            m_lists.removeLast();
            break;
        case MD_BLOCK_LI:
            m_items.removeLast();
            m_current = m_items.isEmpty() ? -1 : m_items.last();
            break;
        case MD_BLOCK_P:
        case MD_BLOCK_H:
        case MD_BLOCK_CODE:
        case MD_BLOCK_HTML:
        case MD_BLOCK_TABLE:
            m_current = m_items.isEmpty() ? -1 : m_items.last();
            break;
        default:
            break;
        }
        return 0;
    }

    int text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size)
    {
        const int target = m_quoteDepth > 0 ? m_quote : m_current;
        if (target < 0)
            return 0;
        const int line = lineOf(text);
        if (line > 0)
            m_textEnd = text + size;
        switch (type) {
        case MD_TEXT_BR:
        case MD_TEXT_SOFTBR:
            newTextLine(target);
            break;
        case MD_TEXT_NULLCHAR:
            append(target, QString(QChar::ReplacementCharacter), line);
            break;
        case MD_TEXT_ENTITY:
            append(target, MarkdownBlocks::decodeEntity(QString::fromUtf8(text, size)), line);
            break;
        case MD_TEXT_HTML:
            // "update one<br /><br />update two": the author broke the line, as a reader sees it. A
            // paragraph that opens with the tag stays HTML ("<br/><br/>" as a spacer).
            if (isLineBreakTag(text, size) && isProse(target) && !textOf(target).isEmpty()) {
                newTextLine(target);
                break;
            }
            [[fallthrough]];
        default:
            keepApartFromCode(target, size > 0 ? QString::fromUtf8(text, std::min<MD_SIZE>(size, 4)).front() : QChar());
            appendLines(target, text, size, line);
            break;
        }
        return 0;
    }

    // A link or image keeps its target: "[PR 12](https://x/pull/12)" reads "PR 12 (https://x/pull/12)",
    // because a pull-request link in a timeline entry is evidence. A bare URL (an autolink) is its
    // own text and is not written twice.
    int enterSpan(MD_SPANTYPE type, void* detail)
    {
        if (type == MD_SPAN_CODE) {
            const int block = m_quoteDepth > 0 ? m_quote : m_current;
            if (block >= 0)
                m_codeEdge = {block, textOf(block).size()};
            return 0;
        }
        if (type != MD_SPAN_A && type != MD_SPAN_IMG)
            return 0;
        const MD_ATTRIBUTE& target = type == MD_SPAN_A ? static_cast<const MD_SPAN_A_DETAIL*>(detail)->href
                                                       : static_cast<const MD_SPAN_IMG_DETAIL*>(detail)->src;
        const int block = m_quoteDepth > 0 ? m_quote : m_current;
        m_links.append({block, block >= 0 ? textOf(block).size() : 0, QString::fromUtf8(target.text, target.size)});
        return 0;
    }

    int leaveSpan(MD_SPANTYPE type)
    {
        if (type == MD_SPAN_CODE) {
            const int block = m_quoteDepth > 0 ? m_quote : m_current;
            if (block >= 0)
                m_codeEdge = {block, textOf(block).size()};
            return 0;
        }
        if ((type != MD_SPAN_A && type != MD_SPAN_IMG) || m_links.isEmpty())
            return 0;
        const OpenLink link = m_links.takeLast();
        if (link.block < 0 || link.target.trimmed().isEmpty())
            return 0;
        const QString shown = textOf(link.block).mid(link.textStart).trimmed();
        const QString label = referenceLabel();
        if (!label.isEmpty() && label.simplified().compare(shown.simplified(), Qt::CaseInsensitive) != 0)
            append(link.block, QStringLiteral(" (") + label + QStringLiteral(": ") + link.target + u')', 0);
        else if (withoutScheme(shown) != withoutScheme(link.target) || labelledExplicitly())
            append(link.block, QStringLiteral(" (") + link.target + u')', 0);
        return 0;
    }

    // A code span's marks part it from the words around it: "was`require_once()`" and
    // "`.defconfig`s" keep the boundary the backticks drew, as a space, once the marks are gone.
    void keepApartFromCode(int block, QChar next)
    {
        if (block < 0 || m_codeEdge.block != block)
            return;
        const QString& text = textOf(block);
        const qsizetype edge = m_codeEdge.at;
        m_codeEdge = {};
        if (edge != text.size() || edge == 0 || !text[edge - 1].isLetterOrNumber() || !next.isLetterOrNumber())
            return;
        append(block, QStringLiteral(" "), 0);
    }

    // "[https://x/1](https://x/1)": the author wrote the address twice, as label and as target, so
    // both stay; an autolink ("https://x/1", "<https://x/1>") is written once. Told apart by the
    // source after the label's last text: "](" closes an explicit label (emphasis marks between).
    bool labelledExplicitly() const
    {
        const char* p = afterLabelText();
        return p && p + 1 < m_base + m_size && p[0] == ']' && p[1] == '(';
    }

    // Just past the link label's last text and the emphasis marks that close on it, or null.
    const char* afterLabelText() const
    {
        if (!m_textEnd)
            return nullptr;
        const char* p = m_textEnd;
        const char* end = m_base + m_size;
        while (p < end && (*p == '*' || *p == '_' || *p == '`' || *p == '~'))
            ++p;
        return p;
    }

    // The label of a full reference link, "[uploaded][automatically updated]": the author's name for
    // the link, which the report keeps beside its target. Empty for inline, collapsed and shortcut links.
    QString referenceLabel() const
    {
        const char* p = afterLabelText();
        const char* end = m_base + m_size;
        if (!p || p + 2 >= end || p[0] != ']' || p[1] != '[')
            return {};
        const char* from = p + 2;
        const char* to = from;
        while (to < end && *to != ']' && *to != '\n' && to - from < 1000)
            ++to;
        if (to >= end || *to != ']')
            return {};
        return QString::fromUtf8(from, to - from).trimmed();
    }

private:
    struct OpenLink
    {
        int block = -1;
        qsizetype textStart = 0;
        QString target;
    };

    static QString withoutScheme(const QString& url)
    {
        for (const char* scheme : {"https://", "http://", "mailto:"}) {
            if (url.startsWith(QLatin1String(scheme)))
                return url.mid(qsizetype(qstrlen(scheme)));
        }
        return url;
    }

    const QString& textOf(int index) const
    {
        const MarkdownBlock& b = m_blocks[index];
        if (b.type == MarkdownBlockType::Table && !b.rows.isEmpty() && !b.rows.last().isEmpty())
            return b.rows.last().last();
        return b.text;
    }

    int open(MarkdownBlockType type)
    {
        MarkdownBlock block;
        block.type = type;
        m_blocks.append(block);
        m_lastLines.append(0);
        m_newlines.append(0);
        return int(m_blocks.size() - 1);
    }

    void enterItem(const MD_BLOCK_LI_DETAIL* detail)
    {
        m_current = open(MarkdownBlockType::ListItem);
        MarkdownBlock& item = m_blocks[m_current];
        item.depth = int(std::max<qsizetype>(0, m_lists.size() - 1));
        item.ordered = !m_lists.isEmpty() && m_lists.last();
        if (detail->is_task) {
            item.task = detail->task_mark == ' ' ? TaskState::Open : TaskState::Done;
            // The mark gives an empty task item its line.
            if (detail->task_mark_offset < MD_OFFSET(m_size))
                noteLine(m_current, m_source.lineAt(detail->task_mark_offset));
        }
        m_items.append(m_current);
    }

    int lineOf(const MD_CHAR* text) const
    {
        if (text < m_base || text >= m_base + m_size)
            return 0;
        return m_source.lineAt(text - m_base);
    }

    void noteLine(int index, int line)
    {
        if (line <= 0)
            return;
        MarkdownBlock& b = m_blocks[index];
        if (b.line == 0)
            b.line = line;
        m_lastLines[index] = std::max(m_lastLines[index], line);
        if (b.type == MarkdownBlockType::Table && !b.rowLines.isEmpty() && b.rowLines.last() == 0)
            b.rowLines.last() = line;
    }

    static bool isLineBreakTag(const MD_CHAR* text, MD_SIZE size)
    {
        static const QRegularExpression br(QStringLiteral("^<br\\s*/?>$"), QRegularExpression::CaseInsensitiveOption);
        return size <= 8 && br.match(QString::fromUtf8(text, size)).hasMatch();
    }

    bool isProse(int index) const
    {
        const MarkdownBlockType type = m_blocks[index].type;
        return type == MarkdownBlockType::Paragraph || type == MarkdownBlockType::ListItem;
    }

    void newTextLine(int index)
    {
        MarkdownBlock& b = m_blocks[index];
        if (b.text.isEmpty() || b.text.endsWith(u'\n'))
            return;
        b.text += u'\n';
        ++m_newlines[index];
    }

    void append(int index, const QString& s, int line)
    {
        noteLine(index, line);
        MarkdownBlock& b = m_blocks[index];
        if (b.type == MarkdownBlockType::Table && !b.rows.isEmpty() && !b.rows.last().isEmpty()) {
            b.rows.last().last() += s;
            return;
        }
        while (b.textLines.size() <= m_newlines[index])
            b.textLines.append(line > 0 ? line : (b.textLines.isEmpty() ? b.line : b.textLines.last() + 1));
        // md4c hands a code line's indentation left over from a tab from a buffer of its own, with no
        // place in the input: the line's number comes with the text that follows it.
        if (line > 0 && b.textLines[m_newlines[index]] <= 0)
            b.textLines[m_newlines[index]] = line;
        b.text += s;
    }

    // Code blocks hand over text with its newlines; each source line keeps its own number.
    void appendLines(int index, const MD_CHAR* text, MD_SIZE size, int line)
    {
        MD_SIZE from = 0;
        for (MD_SIZE i = 0; i < size; ++i) {
            if (text[i] != '\n')
                continue;
            if (i > from)
                append(index, QString::fromUtf8(text + from, i - from), line);
            newTextLine(index);
            from = i + 1;
            line = line > 0 ? line + 1 : 0;
        }
        if (from < size)
            append(index, QString::fromUtf8(text + from, size - from), line);
        if (line > 0 && size > 0)
            noteLine(index, lineOf(text + size - 1));
    }

    // Rules and empty blocks give md4c nothing to point at: they sit on the first non-blank line
    // after the block before them. Fences stand on the lines around a code block's text.
    void placeTextlessBlocks()
    {
        int previousLast = m_firstLine - 1;
        for (int i = 0; i < m_blocks.size(); ++i) {
            MarkdownBlock& b = m_blocks[i];
            if (b.type == MarkdownBlockType::Code && b.fenced && b.line > 0) {
                b.line = std::max(previousLast + 1, b.line - 1);
                m_lastLines[i] = std::min(m_lastLine, m_lastLines[i] + 1);
            }
            if (b.line == 0) {
                int line = previousLast + 1;
                while (line < m_lastLine && m_source.isBlank(line))
                    ++line;
                b.line = std::min(line, std::max(m_firstLine, m_lastLine));
                m_lastLines[i] = b.line + (b.type == MarkdownBlockType::Code && b.fenced ? 1 : 0);
            }
            m_lastLines[i] = std::max(m_lastLines[i], b.line);
            previousLast = std::max(previousLast, m_lastLines[i]);
        }
    }

    // Blocks partition the source: a block runs to the line before the next one, so that setext
    // underlines, closing fences and table delimiter rows stay with their block.
    void assignRanges()
    {
        for (int i = 0; i < m_blocks.size(); ++i) {
            MarkdownBlock& b = m_blocks[i];
            int end = i + 1 < m_blocks.size() ? m_blocks[i + 1].line - 1 : m_lastLine;
            while (end > b.line && m_source.isBlank(end))
                --end;
            b.endLine = std::max(end, b.line);
            if (b.textLines.isEmpty())
                b.textLines.append(b.line);
            b.sourceStart = m_source.lineStart(b.line);
            b.sourceEnd = m_source.lineEnd(b.endLine);
        }
    }

    const SourceLines& m_source;
    const char* m_base;
    struct CodeEdge
    {
        int block = -1;
        qsizetype at = 0;
    };
    CodeEdge m_codeEdge; // where a code span began or ended, in the text of its block
    const char* m_textEnd = nullptr; // just past the last text md4c handed over from the input
    qsizetype m_size;
    int m_firstLine;
    int m_lastLine;
    QVector<MarkdownBlock> m_blocks;
    QVector<int> m_lastLines;
    QVector<int> m_newlines;
    QVector<bool> m_lists; // ordered?
    QVector<int> m_items; // open list items, innermost last
    QVector<OpenLink> m_links;
    int m_current = -1;
    int m_quote = -1;
    int m_quoteDepth = 0;
};

int onEnterBlock(MD_BLOCKTYPE type, void* detail, void* userdata)
{
    return static_cast<BlockBuilder*>(userdata)->enterBlock(type, detail);
}

int onLeaveBlock(MD_BLOCKTYPE type, void*, void* userdata)
{
    return static_cast<BlockBuilder*>(userdata)->leaveBlock(type);
}

int onEnterSpan(MD_SPANTYPE type, void* detail, void* userdata)
{
    return static_cast<BlockBuilder*>(userdata)->enterSpan(type, detail);
}

int onLeaveSpan(MD_SPANTYPE type, void*, void* userdata)
{
    return static_cast<BlockBuilder*>(userdata)->leaveSpan(type);
}

int onText(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* userdata)
{
    return static_cast<BlockBuilder*>(userdata)->text(type, text, size);
}

} // namespace

namespace {

QVector<MarkdownBlock> parseLines(const SourceLines& source, int firstLine, int lastLine);

// A whole report pasted inside a ```markdown fence (often never closed) is Markdown to a reader.
bool isMarkdownFence(const MarkdownBlock& code, const SourceLines& source)
{
    const QString info = code.info.toLower();
    if (!code.fenced || (info != u"markdown" && info != u"md"))
        return false;
    for (int line = code.line + 1; line <= code.endLine; ++line) {
        if (source.lineText(line).trimmed().startsWith(u'#'))
            return true;
    }
    return false;
}

// The fence lines of a Markdown fence stay as text of their own, so that no byte is lost.
MarkdownBlock fenceLine(int line, const SourceLines& source)
{
    MarkdownBlock b;
    b.type = MarkdownBlockType::Paragraph;
    b.text = source.lineText(line).trimmed();
    b.line = b.endLine = line;
    b.textLines = {line};
    b.sourceStart = source.lineStart(line);
    b.sourceEnd = source.lineEnd(line);
    return b;
}

// A list indented four spaces or a tab is a code block to CommonMark, and a list to the person who
// wrote it: "    * September 28th: Issue encountered ...". True when it opens with an item and has more.
bool isIndentedList(const MarkdownBlock& code, const SourceLines& source)
{
    static const QRegularExpression marker(QStringLiteral("^\\s*(?:[*+-]|\\d{1,2}[.)])\\s+\\S"));
    if (code.type != MarkdownBlockType::Code || code.fenced)
        return false;
    int lines = 0;
    int items = 0;
    bool first = false;
    for (int line = code.line; line <= code.endLine; ++line) {
        const QString text = source.lineText(line);
        if (text.trimmed().isEmpty())
            continue;
        const bool item = marker.match(text).hasMatch();
        first = lines == 0 ? item : first;
        ++lines;
        items += item ? 1 : 0;
    }
    return first && items >= 2;
}

// Reads lines first..last again as Markdown with their common indentation taken off. Lines keep
// their numbers; only the leading whitespace of each changes, so block spans are the source's lines.
QVector<MarkdownBlock> readOutdented(const MarkdownBlock& code, const SourceLines& source)
{
    const auto indentOf = [](const QString& line) {
        int width = 0;
        for (const QChar c : line) {
            if (c == u' ')
                ++width;
            else if (c == u'\t')
                width += 4 - width % 4;
            else
                break;
        }
        return width;
    };
    int common = 1 << 20;
    for (int line = code.line; line <= code.endLine; ++line) {
        if (!source.lineText(line).trimmed().isEmpty())
            common = std::min(common, indentOf(source.lineText(line)));
    }
    QByteArray text;
    for (int line = code.line; line <= code.endLine; ++line) {
        QString l = source.lineText(line);
        int width = 0;
        qsizetype cut = 0;
        while (cut < l.size() && width < common && (l.at(cut) == u' ' || l.at(cut) == u'\t')) {
            width += l.at(cut) == u'\t' ? 4 - width % 4 : 1;
            ++cut;
        }
        text += l.mid(cut).toUtf8() + '\n';
    }
    const SourceLines outdented(text);
    QVector<MarkdownBlock> blocks = parseLines(outdented, 1, outdented.lineCount());
    const int shift = code.line - 1;
    for (MarkdownBlock& b : blocks) {
        b.line += shift;
        b.endLine = std::min(b.endLine + shift, code.endLine);
        for (int& l : b.textLines)
            l += shift;
        for (int& l : b.rowLines)
            l += shift;
        b.sourceStart = source.lineStart(b.line);
        b.sourceEnd = source.lineEnd(b.endLine);
    }
    return blocks;
}

// HTML indented as a page's markup is ("        <h2>Timeline</h2>" inside "<div>"): a code block to
// CommonMark, the page's elements to its reader. True when its first line opens a tag.
bool isIndentedHtml(const MarkdownBlock& code, const SourceLines& source)
{
    return code.type == MarkdownBlockType::Code && !code.fenced
        && source.lineText(code.line).trimmed().startsWith(u'<');
}

QVector<MarkdownBlock> readAgain(const MarkdownBlock& block, const SourceLines& source)
{
    if (isIndentedList(block, source) || isIndentedHtml(block, source))
        return readOutdented(block, source);
    QVector<MarkdownBlock> out;
    // md4c gives "<h3>..</h3>" followed by text a paragraph of raw HTML and text, alone (or a page
    // written in HTML) an HTML block.
    if (block.type == MarkdownBlockType::Html || block.type == MarkdownBlockType::Paragraph) {
        const auto markdown = [&source](int first, int last) { return parseLines(source, first, last); };
        if (auto blocks = HtmlLineBlocks::read(block, source, markdown))
            return *blocks;
    } else if (block.type == MarkdownBlockType::Code && isMarkdownFence(block, source)) {
        const QString last = source.lineText(block.endLine).trimmed();
        const bool closed = block.endLine > block.line && (last.startsWith(QStringLiteral("```")) || last.startsWith(QStringLiteral("~~~")));
        out << fenceLine(block.line, source);
        const int innerEnd = closed ? block.endLine - 1 : block.endLine;
        if (innerEnd > block.line)
            out << parseLines(source, block.line + 1, innerEnd);
        if (closed)
            out << fenceLine(block.endLine, source);
        return out;
    }
    out << block;
    return out;
}

QVector<MarkdownBlock> parseLines(const SourceLines& original, int firstLine, int lastLine)
{
    // md4c reads a copy whose short table delimiter cells are widened: same bytes elsewhere, same
    // offsets everywhere, so every line number and span below is the original's.
    std::optional<SourceLines> widened;
    if (QByteArray copy = TableDelimiterRows::widened(original.bytes()); !copy.isEmpty())
        widened.emplace(copy);
    const SourceLines& source = widened ? *widened : original;
    BlockBuilder builder(source, firstLine, lastLine);
    MD_PARSER parser {};
    parser.abi_version = 0;
    parser.flags = MD_DIALECT_GITHUB;
    parser.enter_block = onEnterBlock;
    parser.leave_block = onLeaveBlock;
    parser.enter_span = onEnterSpan;
    parser.leave_span = onLeaveSpan;
    parser.text = onText;
    const qsizetype start = source.lineStart(firstLine);
    const qsizetype end = lastLine >= source.lineCount() ? source.bytes().size() : source.lineStart(lastLine + 1);
    md_parse(source.bytes().constData() + start, MD_SIZE(std::max<qsizetype>(0, end - start)), &parser, &builder);
    QVector<MarkdownBlock> taken = builder.take();
    QVector<MarkdownBlock> blocks;
    blocks.reserve(taken.size());
    for (MarkdownBlock& b : taken) {
        // Only HTML, a paragraph that opens with a tag, and code can be something else in disguise.
        const bool disguised = b.type == MarkdownBlockType::Html || b.type == MarkdownBlockType::Code
            || (b.type == MarkdownBlockType::Paragraph && b.text.startsWith(u'<'));
        if (disguised)
            blocks << readAgain(b, source);
        else
            blocks << std::move(b);
    }
    return blocks;
}

} // namespace

QVector<MarkdownBlock> MarkdownBlocks::parse(const SourceLines& source)
{
    const int end = FrontMatter::endLine(source);
    if (end == 0)
        return parseLines(source, 1, source.lineCount());
    QVector<MarkdownBlock> blocks {FrontMatter::block(source, end)};
    if (end < source.lineCount())
        blocks << parseLines(source, end + 1, source.lineCount());
    return blocks;
}

QString MarkdownBlocks::decodeEntity(QStringView entity)
{
    if (entity.size() < 3 || !entity.startsWith(u'&') || !entity.endsWith(u';'))
        return entity.toString();
    const QStringView name = entity.mid(1, entity.size() - 2);
    if (name.startsWith(u'#')) {
        bool ok = false;
        const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
        const uint code = name.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return QString(QChar::ReplacementCharacter);
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    static const QHash<QString, QString> named = {
        {QStringLiteral("amp"), QStringLiteral("&")},         {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},          {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},        {QStringLiteral("nbsp"), QStringLiteral("\u00a0")},
        {QStringLiteral("mdash"), QStringLiteral("\u2014")},  {QStringLiteral("ndash"), QStringLiteral("\u2013")},
        {QStringLiteral("hellip"), QStringLiteral("\u2026")}, {QStringLiteral("copy"), QStringLiteral("\u00a9")},
        {QStringLiteral("reg"), QStringLiteral("\u00ae")},    {QStringLiteral("trade"), QStringLiteral("\u2122")},
        {QStringLiteral("lsquo"), QStringLiteral("\u2018")},  {QStringLiteral("rsquo"), QStringLiteral("\u2019")},
        {QStringLiteral("ldquo"), QStringLiteral("\u201c")},  {QStringLiteral("rdquo"), QStringLiteral("\u201d")},
        {QStringLiteral("times"), QStringLiteral("\u00d7")},  {QStringLiteral("middot"), QStringLiteral("\u00b7")},
        {QStringLiteral("bull"), QStringLiteral("\u2022")},   {QStringLiteral("euro"), QStringLiteral("\u20ac")},
        {QStringLiteral("deg"), QStringLiteral("\u00b0")},    {QStringLiteral("rarr"), QStringLiteral("\u2192")},
        {QStringLiteral("larr"), QStringLiteral("\u2190")},   {QStringLiteral("check"), QStringLiteral("\u2713")},
    };
    return named.value(name.toString(), entity.toString());
}

} // namespace debrief
