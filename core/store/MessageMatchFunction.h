// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct sqlite3;

namespace debrief {

// The SQL function `debrief_contains(pasted, message, fields)`: 1 when the message contains the
// pasted text as SearchTextReader::containsPattern means it, or the fields (JSON, or NULL) hold it
// as SearchTextReader::namesFieldValue means it. LogSearch filters the phrase matches of a
// pasted text with it, because FTS5's phrase of the text's words also finds other punctuation
// (`max_connections=5` as a phrase finds `max connections: 5`). The pattern is compiled once per
// text, not per row. Not the search itself: it only ever sees the candidates FTS5 found.
class MessageMatchFunction
{
public:
    // Registers the function on `db` (again is harmless). Throws StoreError when SQLite refuses.
    static void install(sqlite3* db);
};

} // namespace debrief
