// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlLineBlocks.h"

#include <QRegularExpression>

namespace debrief {

namespace {

struct Element
{
    MarkdownBlockType type = MarkdownBlockType::Html;
    int level = 0;
    QString text;
};

// "<h2>Timeline</h2>", "<li>...</li>", "<p>...</p>" alone on a line, with text in them.
std::optional<Element> elementOf(const QString& line)
{
    static const QRegularExpression heading(QStringLiteral("^\\s*<h([1-6])\\b[^>]*>(.*?)</h\\1\\s*>\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression item(QStringLiteral("^\\s*<li\\b[^>]*>(.*?)</li\\s*>\\s*$"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression paragraph(QStringLiteral("^\\s*<p\\b[^>]*>(.*?)</p\\s*>\\s*$"),
                                              QRegularExpression::CaseInsensitiveOption);
    Element e;
    if (const auto m = heading.match(line); m.hasMatch()) {
        e = {MarkdownBlockType::Heading, m.captured(1).toInt(), HtmlLineBlocks::textOf(m.captured(2))};
    } else if (const auto m = item.match(line); m.hasMatch()) {
        e = {MarkdownBlockType::ListItem, 0, HtmlLineBlocks::textOf(m.captured(1))};
    } else if (const auto m = paragraph.match(line); m.hasMatch()) {
        e = {MarkdownBlockType::Paragraph, 0, HtmlLineBlocks::textOf(m.captured(1))};
    } else {
        return std::nullopt;
    }
    // "<p align="center"><img ...></p>": no words, so raw HTML as written.
    if (e.text.isEmpty())
        return std::nullopt;
    return e;
}

// How many lists a tag line opens less those it closes ("<ul>", "</ol>").
int listDepthChange(const QString& line)
{
    static const QRegularExpression open(QStringLiteral("<(?:ul|ol)\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression close(QStringLiteral("</(?:ul|ol)\\s*>"), QRegularExpression::CaseInsensitiveOption);
    return int(line.count(open) - line.count(close));
}

// Inside <head>, <style> or <script> every line is raw, whatever it looks like ("body {").
class RawContainer
{
public:
    bool inside() const { return !m_closer.isEmpty(); }

    void follow(const QString& line)
    {
        static const QRegularExpression opener(QStringLiteral("<(head|style|script)\\b"),
                                               QRegularExpression::CaseInsensitiveOption);
        if (!inside()) {
            if (const auto m = opener.match(line); m.hasMatch())
                m_closer = QStringLiteral("</") + m.captured(1).toLower();
        }
        if (inside() && line.toLower().contains(m_closer))
            m_closer.clear();
    }

private:
    QString m_closer;
};

MarkdownBlock lineBlock(MarkdownBlockType type, int line, const SourceLines& source)
{
    MarkdownBlock b;
    b.type = type;
    b.line = b.endLine = line;
    b.textLines = {line};
    b.sourceStart = source.lineStart(line);
    b.sourceEnd = source.lineEnd(line);
    return b;
}

} // namespace

QString HtmlLineBlocks::textOf(const QString& inner)
{
    static const QRegularExpression link(QStringLiteral("<a\\b[^>]*\\bhref\\s*=\\s*[\"']([^\"']*)[\"'][^>]*>(.*?)</a\\s*>"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<[^<>]*>"));
    static const QRegularExpression entity(QStringLiteral("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,10});"));
    QString text = inner;
    // A link keeps its target beside its words, as a Markdown link does.
    for (auto m = link.match(text); m.hasMatch(); m = link.match(text, m.capturedStart())) {
        const QString words = QString(m.captured(2)).remove(tag).trimmed();
        const QString target = m.captured(1).trimmed();
        const QString shown = words.isEmpty() || words == target ? target : words + QStringLiteral(" (") + target + u')';
        text.replace(m.capturedStart(), m.capturedLength(), shown);
    }
    text.remove(tag);
    QString decoded;
    qsizetype from = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        decoded += QStringView(text).mid(from, m.capturedStart() - from);
        decoded += MarkdownBlocks::decodeEntity(m.captured(0));
        from = m.capturedEnd();
    }
    decoded += QStringView(text).mid(from);
    return decoded.simplified();
}

std::optional<QVector<MarkdownBlock>> HtmlLineBlocks::read(const MarkdownBlock& html, const SourceLines& source,
                                                           const MarkdownParser& markdown)
{
    // Decided before any line is handed back to the parser: a block with no element is left to it
    // as it is, and a run handed back (lines without tags) never holds one, so this ends.
    RawContainer scan;
    bool anyElement = false;
    for (int line = html.line; line <= html.endLine && !anyElement; ++line) {
        const bool wasRaw = scan.inside();
        scan.follow(source.lineText(line));
        anyElement = !wasRaw && !scan.inside() && elementOf(source.lineText(line));
    }
    if (!anyElement)
        return std::nullopt;
    QVector<MarkdownBlock> out;
    int lists = 0;
    int markdownFrom = 0; // the first of the lines without tags not yet handed to the parser
    RawContainer raw;
    const auto flushMarkdown = [&](int before) {
        if (markdownFrom > 0 && markdownFrom < before)
            out << markdown(markdownFrom, before - 1);
        markdownFrom = 0;
    };
    for (int line = html.line; line <= html.endLine; ++line) {
        const QString text = source.lineText(line);
        const bool wasRaw = raw.inside();
        raw.follow(text);
        const std::optional<Element> element = wasRaw || raw.inside() ? std::nullopt : elementOf(text);
        if (!wasRaw && !raw.inside() && !element && !text.trimmed().startsWith(u'<')) {
            if (markdownFrom == 0 && !text.trimmed().isEmpty())
                markdownFrom = line;
            continue;
        }
        flushMarkdown(line);
        if (element) {
            MarkdownBlock b = lineBlock(element->type, line, source);
            b.level = element->level;
            b.depth = std::max(0, lists - 1);
            b.text = element->text;
            out << b;
            continue;
        }
        lists = std::max(0, lists + listDepthChange(text));
        // Tag lines in a row stay one raw block, as md4c gave them.
        if (!out.isEmpty() && out.last().type == MarkdownBlockType::Html && out.last().endLine == line - 1) {
            MarkdownBlock& last = out.last();
            last.endLine = line;
            last.text += u'\n' + text;
            last.textLines << line;
            last.sourceEnd = source.lineEnd(line);
        } else if (!text.trimmed().isEmpty()) {
            MarkdownBlock b = lineBlock(MarkdownBlockType::Html, line, source);
            b.text = text;
            out << b;
        }
    }
    flushMarkdown(html.endLine + 1);
    return out;
}

} // namespace debrief
