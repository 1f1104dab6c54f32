// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace debrief {

// GitHub renders "| :- | :- |" as a table's delimiter row (a cell needs one '-'); md4c 0.4 wants
// three characters in a cell and reads the table as a paragraph of pipes. Widening such cells over
// the spaces around them, byte for byte, lets md4c see the table the author saw, and keeps every
// offset: line numbers and source spans stay those of the original.
class TableDelimiterRows
{
public:
    // A copy of `markdown` with each short delimiter cell written as dashes across its whole width,
    // or an empty array when no row needs it.
    static QByteArray widened(const QByteArray& markdown);

private:
    static bool isDelimiterRow(const char* begin, const char* end);
    static bool widenRow(char* begin, char* end);
};

} // namespace debrief
