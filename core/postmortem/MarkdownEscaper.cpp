// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkdownEscaper.h"

#include <QRegularExpression>
#include <QStringList>
#include <algorithm>
#include <array>
#include <optional>

namespace debrief {

namespace {

bool isEscapedAt(QStringView text, qsizetype pos)
{
    qsizetype backslashes = 0;
    for (qsizetype i = pos - 1; i >= 0 && text[i] == u'\\'; --i)
        ++backslashes;
    return backslashes % 2 == 1;
}

QString newlinesToSpaces(QStringView text)
{
    QString out = text.toString();
    out.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\r' || u == u'\v' || u == u'\f' || u == 0x2028 || u == 0x2029)
            c = u' ';
    }
    return out;
}

// After '&': would md4c read an entity here? Then the '&' itself must be escaped to stay text.
bool looksLikeEntity(QStringView rest)
{
    static const QRegularExpression entity(
        QStringLiteral("^(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});"));
    return entity.match(rest).hasMatch();
}

bool isIntraword(QStringView text, qsizetype i)
{
    return i > 0 && i + 1 < text.size() && text[i - 1].isLetterOrNumber() && text[i + 1].isLetterOrNumber();
}

// The character a (small) set of entities stands for; browsers decode them inside href values, so
// "java&#115;cript:" and "javascript&colon;" must be seen through.
std::optional<QChar> decodeEntity(QStringView text, qsizetype& i)
{
    static const QRegularExpression entity(QStringLiteral("^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z0-9]{1,32});"));
    const QRegularExpressionMatch m = entity.match(text.mid(i));
    if (!m.hasMatch())
        return std::nullopt;
    i += m.capturedLength() - 1;
    const QString name = m.captured(1).toLower();
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint code = name.startsWith(QStringLiteral("#x")) ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok);
        return ok && code < 0x10000 ? QChar(char16_t(code)) : QChar(u'\uFFFD');
    }
    static const std::array<std::pair<const char*, char16_t>, 5> named {
        {{"colon", u':'}, {"tab", u'\t'}, {"newline", u'\n'}, {"lt", u'<'}, {"sol", u'/'}}};
    for (const auto& [n, c] : named) {
        if (name == QLatin1String(n))
            return QChar(c);
    }
    return QChar(u' '); // unknown entity: dropped below, as whitespace, so it cannot hide a scheme
}

// Escapes a leading character that would open a block (heading, list, quote, setext underline).
void escapeLeadingStructure(QString& out)
{
    if (out.isEmpty())
        return;
    if (QStringView(u"#-+=>").contains(out[0])) {
        out.insert(0, u'\\');
        return;
    }
    qsizetype digits = 0;
    while (digits < out.size() && out[digits].isDigit() && out[digits].unicode() < 128)
        ++digits;
    if (digits > 0 && digits <= 9 && digits < out.size() && (out[digits] == u'.' || out[digits] == u')'))
        out.insert(digits, u'\\');
}

QString neutraliseDangerousLinks(QString text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u']' || (text[i + 1] != u'(' && text[i + 1] != u':') || isEscapedAt(text, i))
            continue;
        // An escaped ']' closes no link and ends no link definition: the text stays readable.
        if (MarkdownEscaper::isDangerousDestination(QStringView(text).mid(i + 2, 160))) {
            text.insert(i, u'\\');
            ++i;
        }
    }
    return text;
}

struct Fence
{
    QChar mark;
    qsizetype length = 0;
};

std::optional<Fence> fenceOpening(const QString& line)
{
    static const QRegularExpression opening(QStringLiteral("^ {0,3}(`{3,}|~{3,})(.*)$"));
    const QRegularExpressionMatch m = opening.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    const QString marks = m.captured(1);
    if (marks[0] == u'`' && m.captured(2).contains(u'`'))
        return std::nullopt; // not a fence: a backtick info string cannot hold a backtick
    return Fence {marks[0], marks.size()};
}

bool closesFence(const QString& line, const Fence& fence)
{
    qsizetype indent = 0;
    while (indent < line.size() && line[indent] == u' ')
        ++indent;
    const QStringView rest = QStringView(line).mid(indent).trimmed();
    if (indent > 3 || rest.size() < fence.length)
        return false;
    return std::all_of(rest.begin(), rest.end(), [&](QChar c) { return c == fence.mark; });
}

// Where a level 1 or 2 heading starts on this line, -1 if none. Such a heading would end the exported
// section, also inside a list item or a quote (the importer flattens those); deeper ones belong to
// the section's body.
qsizetype sectionLevelHeadingAt(const QString& line, bool previousLineHasText)
{
    static const QRegularExpression atx(
        QStringLiteral("^(?: {0,3}> ?| {0,3}(?:[-+*]|[0-9]{1,9}[.)])(?: +|$))* {0,3}(#{1,2})(?:[ \\t]|$)"));
    static const QRegularExpression setext(QStringLiteral("^ {0,3}(=+|-+)[ \\t]*$"));
    QRegularExpressionMatch m = atx.match(line);
    if (m.hasMatch())
        return m.capturedStart(1);
    m = setext.match(line);
    if (previousLineHasText && m.hasMatch())
        return m.capturedStart(1);
    return -1;
}

} // namespace

QString MarkdownEscaper::inlineText(QStringView text)
{
    const QString s = newlinesToSpaces(text).trimmed();
    QString out;
    out.reserve(s.size() + 8);
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        switch (c.unicode()) {
        case u'\\':
        case u'`':
        case u'*':
        case u'[':
        case u']':
        case u'|':
        case u'~':
            out += u'\\';
            out += c;
            break;
        case u'_':
            // Intraword underscores never emphasise: keep identifiers such as db_pool_size readable.
            if (!isIntraword(s, i))
                out += u'\\';
            out += c;
            break;
        case u'<':
            out += QStringLiteral("&lt;");
            break;
        case u'&':
            out += looksLikeEntity(QStringView(s).mid(i + 1)) ? QStringLiteral("&amp;") : QStringLiteral("&");
            break;
        default:
            out += c;
        }
    }
    escapeLeadingStructure(out);
    return out;
}

QString MarkdownEscaper::headingText(QStringView text)
{
    QString out = inlineText(text);
    qsizetype run = out.size();
    while (run > 0 && out[run - 1] == u'#')
        --run;
    if (run < out.size() && !isEscapedAt(out, run))
        out.insert(run, u'\\');
    return out;
}

QString MarkdownEscaper::verbatimLine(QStringView markdown)
{
    QString out = newlinesToSpaces(markdown).trimmed();
    out.replace(u'<', QStringLiteral("&lt;"));
    return neutraliseDangerousLinks(out);
}

QString MarkdownEscaper::block(QStringView markdown)
{
    QString text = markdown.toString();
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    text.replace(u'<', QStringLiteral("&lt;"));
    text = neutraliseDangerousLinks(text);

    QStringList lines = text.split(u'\n');
    std::optional<Fence> fence;
    bool previousHasText = false;
    for (QString& line : lines) {
        if (fence) {
            if (closesFence(line, *fence))
                fence.reset();
        } else if ((fence = fenceOpening(line))) {
        } else if (const qsizetype at = sectionLevelHeadingAt(line, previousHasText); at >= 0) {
            line.insert(at, u'\\');
        }
        previousHasText = !line.trimmed().isEmpty();
    }
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    if (!lines.isEmpty()) {
        // Trailing spaces on the last line would be a hard break into nothing; drop them.
        QString& last = lines.last();
        while (!last.isEmpty() && last.back().isSpace())
            last.chop(1);
    }
    // A fence left open would swallow the rest of the report.
    if (fence)
        lines.append(QString(fence->length, fence->mark));
    return lines.join(u'\n');
}

bool MarkdownEscaper::isDangerousDestination(QStringView destination)
{
    QString scheme;
    for (qsizetype i = 0; i < destination.size() && scheme.size() < 16; ++i) {
        QChar c = destination[i];
        if (c == u'&') {
            if (const std::optional<QChar> decoded = decodeEntity(destination, i))
                c = *decoded;
        }
        // Browsers drop tabs, newlines and leading controls from URLs; backslashes are Markdown escapes.
        if (c.unicode() <= 0x20 || c.unicode() == 0x7f || c == u'\\')
            continue;
        if (scheme.isEmpty() && c == u'<')
            continue;
        scheme += c.toLower();
    }
    return scheme.startsWith(QLatin1String("javascript:")) || scheme.startsWith(QLatin1String("vbscript:"))
        || scheme.startsWith(QLatin1String("data:"));
}

} // namespace debrief
