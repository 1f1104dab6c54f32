// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrontMatter.h"

#include <QRegularExpression>
#include <algorithm>

namespace debrief {

int FrontMatter::endLine(const SourceLines& source)
{
    const QString open = source.lineText(1).trimmed();
    if (source.lineCount() < 3 || (open != u"---" && open != u"+++"))
        return 0;
    static const QRegularExpression key(QStringLiteral("^[A-Za-z_][\\w-]*\\s*[:=]"));
    bool keys = false;
    for (int line = 2; line <= std::min(source.lineCount(), 200); ++line) {
        const QString text = source.lineText(line);
        const QString t = text.trimmed();
        if (t == open || (open == u"---" && t == u"..."))
            return keys ? line : 0;
        keys = keys || key.match(text).hasMatch();
    }
    return 0;
}

MarkdownBlock FrontMatter::block(const SourceLines& source, int end)
{
    MarkdownBlock b;
    b.type = MarkdownBlockType::FrontMatter;
    QStringList lines;
    for (int line = 2; line < end; ++line) {
        lines << source.lineText(line);
        b.textLines << line;
    }
    b.text = lines.join(u'\n');
    b.line = 1;
    b.endLine = end;
    b.sourceStart = source.lineStart(1);
    b.sourceEnd = source.lineEnd(end);
    return b;
}


} // namespace debrief
