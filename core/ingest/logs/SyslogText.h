// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogLevel.h"

#include <QByteArrayView>
#include <optional>

// Byte-level helpers shared by the syslog and web-server log parsers: tokens, small numbers,
// quoted strings and the severity words these programs write. They work on QByteArrayView
// without allocating, for the per-line hot path. Not a tokenizer for any one format.
namespace debrief::syslogtext {

// Index of the first ' ' at or after `pos`, or the size of `text`.
qsizetype tokenEnd(QByteArrayView text, qsizetype pos);
// The value of `digits` (1..9 ASCII digits, nothing else) when it is at most `max`, else -1.
int parseNumber(QByteArrayView digits, int max);
// Index just past the closing '"' of the string opened by the '"' at `pos` (a backslash escapes
// the next byte), or -1 when it is not closed.
qsizetype quotedEnd(QByteArrayView text, qsizetype pos);
// True when `text` at `pos` starts with `prefix`.
bool startsWithAt(QByteArrayView text, qsizetype pos, QByteArrayView prefix);
// "emerg", "alert", "crit", "err", "error", "warn", "warning", "notice", "info", "debug", "trace1"..
// "trace8", "fatal", "panic", "critical", "emergency", "informational", "trace" (any case).
std::optional<LogLevel> levelFromWord(QByteArrayView word);
// The level a message announces in its first word when that is unmistakable: "error: ...",
// "WARNING ...", "[warn] ...", "<crit> ..." (a level word followed by ':', in brackets, or all
// upper case). None for "Error reading file" or "debug mode on".
std::optional<LogLevel> leadingLevel(QByteArrayView message);

} // namespace debrief::syslogtext
