// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonElementLines.h"

namespace debrief {

namespace {

struct Frame
{
    bool array = false;
    bool expectKey = false; // in an object: the next string is a key
    QByteArray name; // the key this container is the value of, "*" inside an array
    QByteArray key; // in an object: the key of the value that comes next
};

// The end of the string that starts at `open` (its closing quote), or the document's end.
qsizetype stringEnd(QByteArrayView text, qsizetype open)
{
    qsizetype i = open + 1;
    while (i < text.size() && text[i] != '"')
        i += text[i] == '\\' ? 2 : 1;
    return std::min(i, text.size());
}

bool onPath(const QList<Frame>& frames, const QList<QByteArray>& path)
{
    // frames[0] is the document's own value, which has no name on the path.
    if (frames.isEmpty() || !frames.back().array || frames.size() - 1 != path.size())
        return false;
    for (qsizetype i = 1; i < frames.size(); ++i) {
        if (frames[i].name != path[i - 1])
            return false;
    }
    return true;
}

} // namespace

QVector<qint64> JsonElementLines::find(QByteArrayView document, const QList<QByteArray>& path, qint64 firstLine)
{
    QVector<qint64> lines;
    QList<Frame> frames;
    qint64 line = firstLine;
    bool valueExpected = true; // at the start, after '[', ',' or ':'
    auto valueStarts = [&] {
        if (valueExpected && onPath(frames, path))
            lines << line;
        valueExpected = false;
    };
    for (qsizetype i = 0; i < document.size(); ++i) {
        const char c = document[i];
        switch (c) {
        case '\n':
            ++line;
            break;
        case ' ':
        case '\t':
        case '\r':
            break;
        case '"': {
            const qsizetype end = stringEnd(document, i);
            if (!frames.isEmpty() && !frames.back().array && frames.back().expectKey) {
                frames.back().key = document.sliced(i + 1, end - i - 1).toByteArray();
                frames.back().expectKey = false;
            } else {
                valueStarts();
            }
            i = end;
            break;
        }
        case '{':
        case '[': {
            valueStarts();
            Frame frame;
            frame.array = c == '[';
            frame.expectKey = c == '{';
            if (!frames.isEmpty())
                frame.name = frames.back().array ? QByteArrayLiteral("*") : frames.back().key;
            frames << frame;
            valueExpected = frame.array;
            break;
        }
        case '}':
        case ']':
            if (!frames.isEmpty())
                frames.removeLast();
            break;
        case ',':
            if (!frames.isEmpty())
                (frames.back().array ? valueExpected : frames.back().expectKey) = true;
            break;
        case ':':
            valueExpected = true;
            break;
        default:
            valueStarts(); // a number, true, false or null
            while (i + 1 < document.size() && !QByteArrayView(",]}\n \t\r").contains(document[i + 1]))
                ++i;
            break;
        }
    }
    return lines;
}

} // namespace debrief
