// SPDX-License-Identifier: GPL-3.0-or-later
#include "LineItems.h"

#include <QRegularExpression>

namespace debrief {

qsizetype LineItems::bulletLength(QStringView line)
{
    static const QRegularExpression glyph(QStringLiteral("^[\\x{2022}\\x{25CF}\\x{25AA}\\x{25E6}\\x{27A4}\\x{2192}\\x{25B6}\\x{2023}]\\s*"));
    const auto m = glyph.match(line);
    return m.hasMatch() ? m.capturedLength() : -1;
}

namespace {

bool continuesLine(const QString& line)
{
    for (const QChar c : line) {
        if (c.isLetter())
            return c.isLower();
        if (!c.isSpace())
            return false;
    }
    return false;
}

} // namespace

QVector<LineItem> LineItems::split(const MarkdownBlock& paragraph)
{
    QVector<LineItem> items;
    const QStringList lines = paragraph.lines();
    for (int i = 0; i < lines.size(); ++i) {
        QString text = lines[i].simplified();
        if (text.isEmpty())
            continue;
        const int line = paragraph.lineOf(i);
        const qsizetype bullet = bulletLength(text);
        if (bullet >= 0) {
            text = text.mid(bullet).trimmed();
        } else if (!items.isEmpty() && !items.last().label && continuesLine(text)) {
            items.last().text += u' ' + text;
            items.last().lastLine = line;
            continue;
        }
        LineItem item;
        item.text = text;
        item.firstLine = line;
        item.lastLine = line;
        item.label = text.endsWith(u':') || (text.endsWith(u'?') && text.count(u' ') < 8);
        items << item;
    }
    return items;
}

bool LineItems::isLabelOverLines(const MarkdownBlock& item)
{
    const qsizetype newline = item.text.indexOf(u'\n');
    return newline > 0 && item.text.left(newline).trimmed().endsWith(u':');
}

bool LineItems::isSignOff(const QString& line)
{
    static const QRegularExpression signOff(
        QStringLiteral("^(?:best |kind |warm )?(?:regards|thanks|thank you|cheers|sincerely|yours)\\b[\\s,.!]*"),
        QRegularExpression::CaseInsensitiveOption);
    const QString t = line.simplified();
    return t.count(u' ') < 4 && signOff.match(t).hasMatch();
}

bool LineItems::isClosingProse(const QString& line)
{
    const QStringList words = line.simplified().split(u' ');
    if (words.size() < 8)
        return false;
    for (int i = 0; i < 4 && i < words.size(); ++i) {
        if (words[i].endsWith(u','))
            return true;
    }
    return false;
}

} // namespace debrief
