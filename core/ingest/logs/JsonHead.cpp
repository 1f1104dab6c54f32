// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonHead.h"

#include <QByteArray>

namespace debrief {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

qsizetype skipBlanks(QByteArrayView text, qsizetype i)
{
    while (i < text.size() && isBlank(text[i]))
        ++i;
    return i;
}

} // namespace

char JsonHead::opening(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    const qsizetype first = skipBlanks(head, 0);
    return first < head.size() ? head[first] : '\0';
}

qsizetype JsonHead::afterKey(QByteArrayView head, QByteArrayView key, qsizetype from)
{
    const QByteArray quoted = '"' + key.toByteArray() + '"';
    for (qsizetype at = head.indexOf(quoted, from); at >= 0; at = head.indexOf(quoted, at + 1)) {
        const qsizetype i = skipBlanks(head, at + quoted.size());
        if (i < head.size() && head[i] == ':')
            return i + 1;
    }
    return -1;
}

bool JsonHead::hasKey(QByteArrayView head, QByteArrayView key)
{
    return afterKey(head, key, 0) >= 0;
}

bool JsonHead::hasStringValue(QByteArrayView head, QByteArrayView key, QByteArrayView value)
{
    for (qsizetype at = afterKey(head, key, 0); at >= 0; at = afterKey(head, key, at)) {
        const qsizetype i = skipBlanks(head, at);
        if (i < head.size() && head[i] == '"' && head.sliced(i + 1).startsWith(value)
            && i + 1 + value.size() < head.size() && head[i + 1 + value.size()] == '"')
            return true;
    }
    return false;
}

} // namespace debrief
