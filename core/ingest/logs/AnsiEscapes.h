// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace debrief {

// Terminal control sequences in log lines: colours and "erase line" that docker compose, many CLIs
// and test runners write (ESC '[' parameters final-byte, ESC ']' ... BEL/ST, and lone ESC pairs).
// Parsers read and store the text without them, for display and search; the line as written is kept
// in the entry's "raw" field (see withRawField), so nothing the file held is lost.
class AnsiEscapes
{
public:
    static bool contains(QByteArrayView line) { return line.contains('\x1b'); }
    // `line` without its escape sequences, into `out` (reused by the caller to spare allocations).
    static void strip(QByteArrayView line, QByteArray& out);
    // `fields` (a compact JSON object or empty) with "raw": `line` added.
    static QString withRawField(const QString& fields, QByteArrayView line);
};

} // namespace debrief
