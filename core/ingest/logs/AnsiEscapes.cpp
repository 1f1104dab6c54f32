// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnsiEscapes.h"

#include "FieldsWriter.h"

#include <algorithm>

namespace debrief {

namespace {

// The end of the sequence that starts with ESC at `pos`: the index after it.
qsizetype sequenceEnd(QByteArrayView line, qsizetype pos)
{
    if (pos + 1 >= line.size())
        return line.size();
    const char kind = line[pos + 1];
    qsizetype end = pos + 2;
    if (kind == '[') {
        // CSI: parameter and intermediate bytes, then one final byte in '@'..'~'.
        while (end < line.size() && !(line[end] >= '@' && line[end] <= '~'))
            ++end;
        return std::min(end + 1, line.size());
    }
    if (kind == ']') {
        // OSC (window titles, hyperlinks): up to BEL or ESC '\'.
        while (end < line.size() && line[end] != '\x07' && !(line[end] == '\x1b' && end + 1 < line.size()))
            ++end;
        if (end < line.size() && line[end] == '\x1b')
            ++end;
        return std::min(end + 1, line.size());
    }
    if (kind == '(' || kind == ')')
        return std::min(end + 1, line.size()); // a character set: "ESC ( B"
    return end; // a two-byte escape ("ESC =", "ESC 7")
}

} // namespace

void AnsiEscapes::strip(QByteArrayView line, QByteArray& out)
{
    out.clear();
    out.reserve(line.size());
    for (qsizetype pos = 0; pos < line.size();) {
        if (line[pos] == '\x1b') {
            pos = sequenceEnd(line, pos);
            continue;
        }
        out.append(line[pos]);
        ++pos;
    }
}

QString AnsiEscapes::withRawField(const QString& fields, QByteArrayView line)
{
    FieldsWriter raw;
    raw.addString("raw", line);
    const QString extra = raw.finish();
    if (fields.size() < 3) // "" or "{}"
        return extra;
    return fields.chopped(1) + u',' + extra.sliced(1);
}

} // namespace debrief
