// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableDelimiterRows.h"

#include <algorithm>

namespace debrief {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace

// Only pipes, dashes, colons and blanks, with a pipe and a dash: "| :- | -: |", "|-|-|".
bool TableDelimiterRows::isDelimiterRow(const char* begin, const char* end)
{
    bool pipe = false;
    bool dash = false;
    for (const char* p = begin; p < end; ++p) {
        if (*p == '|')
            pipe = true;
        else if (*p == '-')
            dash = true;
        else if (*p != ':' && !isBlank(*p) && *p != '\r')
            return false;
    }
    return pipe && dash;
}

// Each cell between pipes whose marks are fewer than three becomes dashes over its whole width
// (the blanks around the marks included); a cell too narrow even so is left as it is.
bool TableDelimiterRows::widenRow(char* begin, char* end)
{
    bool changed = false;
    char* cell = begin;
    while (cell < end) {
        char* next = std::find(cell, end, '|');
        char* first = cell;
        while (first < next && (isBlank(*first) || *first == '\r'))
            ++first;
        char* last = next;
        while (last > first && (isBlank(last[-1]) || last[-1] == '\r'))
            --last;
        const bool hasMarks = last > first;
        if (hasMarks && last - first < 3) {
            // Widen over the blanks, but never over the line's own indentation or its '\r'.
            char* from = cell == begin ? first : cell;
            char* to = next;
            while (to > last && to[-1] == '\r')
                --to;
            if (to - from >= 3) {
                std::fill(from, to, '-');
                changed = true;
            }
        }
        cell = next + 1;
    }
    return changed;
}

QByteArray TableDelimiterRows::widened(const QByteArray& markdown)
{
    QByteArray copy;
    qsizetype start = 0;
    while (start < markdown.size()) {
        qsizetype stop = markdown.indexOf('\n', start);
        if (stop < 0)
            stop = markdown.size();
        const char* line = markdown.constData() + start;
        if (stop - start < 400 && isDelimiterRow(line, markdown.constData() + stop)) {
            QByteArray row = markdown.mid(start, stop - start);
            if (widenRow(row.data(), row.data() + row.size())) {
                if (copy.isEmpty())
                    copy = markdown;
                std::copy(row.cbegin(), row.cend(), copy.begin() + start);
            }
        }
        start = stop + 1;
    }
    return copy;
}

} // namespace debrief
