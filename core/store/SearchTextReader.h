// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QString>

namespace debrief {

// What a search box's text asks for, read by SearchTextReader.
struct SearchText
{
    // A safe FTS5 expression: every term quoted, operators only where the user wrote them. Empty
    // when the text is empty (every entry) or could not be read.
    QString fts;
    // When the whole text is one pasted term (no operator, quote or prefix): the text itself,
    // which a message must contain (LogMessageMatcher), and which also finds the entries whose
    // host or service is exactly it, or that have it as a field value. The phrase of its words in
    // `fts` only narrows the candidates.
    QString pasted;
    bool prefix = false; // a term ends in * (FTS5 expands it on every evaluation)
    // Why the text cannot be read, in the user's terms and naming the column (1-based); empty when
    // it was read.
    QString error;

    bool isValid() const { return error.isEmpty(); }
    // What the full-text index is asked: a pasted text over the messages and the fields, whose
    // matches namesFieldValue() narrows to whole values (the index holds the fields' names too);
    // phrases, prefixes and operators over the messages only.
    QString indexQuery() const
    {
        return pasted.isEmpty() && !fts.isEmpty() ? QStringLiteral("{message} : (") + fts + u')' : fts;
    }
    bool isEmpty() const { return fts.isEmpty(); }
};

// Reads what people type or paste into a log search into a safe FTS5 expression. Plain text by
// default: `auth-1`, `/api/v1/login`, `max_connections=5`, `user:alice`, `connection refused`
// are one term each (the words between operators join into one), quoted so that FTS5 sees a
// phrase of its tokens instead of column filters or syntax. Operators stay: "a phrase" (a quote
// opening a word), prefix* (a star after a letter or digit ending a word), upper-case AND, OR,
// NOT, and parentheses for grouping when the text has an operator. Anything else (NEAR, ^, column
// filters, a lone ( or ") is text. Pure: no store, no SQLite; a text it rejects never reaches
// FTS5, so a user never sees an SQLite message.
class SearchTextReader
{
public:
    static SearchText read(const QString& text);
    // What "a message contains the pasted text" means: the text ignoring case, any run of white
    // space matching any other, and starting and ending where FTS5's words do (`auth-1` is not
    // in `auth-10`; `connections=5` is in `max_connections=5`, `_` parting words as in FTS5).
    static QRegularExpression containsPattern(const QString& pasted);
    // Whether an entry's structured fields (a JSON object) hold the pasted text as a whole value
    // (`u_fdfd4e30`, `200`, case ignored), or it names a field and its value (`user:u_fdfd4e30`,
    // `status=200`).
    static bool namesFieldValue(const QString& pasted, const QString& fieldsJson);
};

} // namespace debrief
