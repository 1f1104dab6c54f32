// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QVector>
#include <deque>

namespace debrief {

// An RFC 4180 CSV tokenizer over bytes already in memory, shared by the CSV metric formats and the
// CSV log exports: quoted fields with "" escapes and embedded delimiters or newlines, CRLF or LF, a UTF-8 BOM,
// Excel's "sep=," first line, and delimiter detection (',', ';', tab) from the first record.
// Each record knows the 1-based line it starts on, for error messages. Fields are views into the
// input (or into a per-record buffer when a quoted field had to be unescaped), valid until the
// next call to next(). Not a general CSV library: no writing, no type conversion, no streaming
// over partial input; a line is one record whatever its column count (callers judge that).
class CsvReader
{
public:
    // `delimiter` 0 detects it from a "sep=" line, else from the first record.
    explicit CsvReader(QByteArrayView bytes, char delimiter = 0);
    // The reader keeps a view of the bytes: a temporary would be gone before the first record.
    explicit CsvReader(QByteArray&& bytes, char delimiter = 0) = delete;

    char delimiter() const { return m_delimiter; }
    bool hadSepLine() const { return m_sepLine; }
    bool hadBom() const { return m_bom; }

    // Reads the next record; false at the end of the input.
    bool next();
    int line() const { return m_recordLine; } // first line of the current record
    qsizetype size() const { return m_fields.size(); }
    QByteArrayView field(qsizetype i) const { return i < m_fields.size() ? m_fields.at(i) : QByteArrayView(); }
    const QVector<QByteArrayView>& fields() const { return m_fields; }
    // A line with nothing on it (a table separator in Influx and Grafana exports).
    bool isBlank() const { return m_fields.size() == 1 && m_fields.at(0).isEmpty() && !m_quoted; }
    // The current record's last field opened a quote that the input never closed.
    bool unterminatedQuote() const { return m_unterminated; }

    // The most frequent of ',' ';' '\t' outside quotes in the first line of `text`; ',' on a tie
    // or when none occurs.
    static char detectDelimiter(QByteArrayView text);
    // At most `n` bytes of `text`, for quoting a cell in a message.
    static QByteArrayView clipped(QByteArrayView text, qsizetype n) { return text.first(qMin(n, text.size())); }

private:
    void skipPreamble();
    const char* readQuoted(const char* p, const char* end);
    const char* readPlain(const char* p, const char* end);

    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_recordLine = 0;
    char m_delimiter = ',';
    bool m_sepLine = false;
    bool m_bom = false;
    bool m_quoted = false;
    bool m_unterminated = false;
    QVector<QByteArrayView> m_fields;
    std::deque<QByteArray> m_scratch; // unescaped quoted fields of the current record
};

} // namespace debrief
