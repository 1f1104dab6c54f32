// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace debrief {

// The line structure of an imported document: which 1-based line a byte offset is on, and the
// verbatim text of a range of lines. md4c reports text as pointers into the input, never as line
// numbers, so every line number the importer shows goes through this index. Not a parser: it
// knows about '\n' and nothing else ("\r\n" leaves a '\r' that verbatim() strips).
class SourceLines
{
public:
    explicit SourceLines(const QByteArray& utf8);

    const QByteArray& bytes() const { return m_bytes; }
    int lineCount() const { return int(m_starts.size()); }
    // 1-based line of a byte offset; offsets past the end map to the last line.
    int lineAt(qsizetype offset) const;
    qsizetype lineStart(int line) const;
    // Offset just past the last character of the line (before its '\n' and any '\r').
    qsizetype lineEnd(int line) const;
    bool isBlank(int line) const;
    QString lineText(int line) const;
    // Lines first..last verbatim, joined by '\n'.
    QString verbatim(int first, int last) const;

private:
    QByteArray m_bytes;
    QVector<qsizetype> m_starts;
};

} // namespace debrief
