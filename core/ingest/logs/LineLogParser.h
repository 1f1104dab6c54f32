// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogFormat.h"

#include <optional>

namespace debrief {

// The common LogParser for formats with one entry per line, plus continuation lines: a subclass
// parses one line; this class keeps the entry pending until the next entry starts, so that the
// lines of a stack trace are joined to the entry they belong to (message lines joined by '\n').
// Lines that neither parse nor continue become unparsed records with the raw text. Lines that are
// no log entry are kept raw as non-entries: a shell prompt (TerminalPrompt) with the command output
// after it up to the next entry, and what a format calls a directive (isDirective). Terminal escape
// sequences (colours) are stripped before a line is read; a parsed entry keeps the line as written in
// its "raw" field.
class LineLogParser : public LogParser
{
public:
    enum class Continuations
    {
        None,       // every line stands alone (syslog, access logs)
        Indented,   // lines starting with whitespace continue the previous entry
        Unparsable, // indented lines and any line that does not parse continue the previous entry
                    // (log4j, Python: "Traceback ...", "java.lang.X: ..." follow the entry)
    };

    explicit LineLogParser(Continuations continuations);

    void feed(QByteArrayView line, qint64 lineNumber, QVector<LogRecord>& out) override;
    void finish(QVector<LogRecord>& out) override;

protected:
    // One line as an entry of this format, or none when the line is not of it. `line` is set by
    // the caller afterwards.
    virtual std::optional<LogRecord> parseLine(QByteArrayView line) = 0;
    // A line of the file that is no entry and no continuation: "#Fields: ..." in W3C logs, the
    // "-- Logs begin at ... --" header of journalctl. It may change the parser's state.
    virtual bool isDirective(QByteArrayView) { return false; }
    // A line that continues the entry before it by the format's own rule, indented or not: the part
    // of it to append (the whole line, or its message without a repeated prefix), else none.
    virtual std::optional<QByteArrayView> continuation(QByteArrayView) { return std::nullopt; }

private:
    bool continues(QByteArrayView line) const;
    bool appendContinuation(QByteArrayView line);
    void appendToPending(QByteArrayView line);
    void flush(QVector<LogRecord>& out);
    void feedLine(QByteArrayView line, QByteArrayView written, qint64 lineNumber, QVector<LogRecord>& out);
    void startEntry(LogRecord record, QByteArrayView line, QByteArrayView written, qint64 lineNumber,
                    QVector<LogRecord>& out);
    void keepAsNonEntry(QByteArrayView line, qint64 lineNumber, QVector<LogRecord>& out);

    Continuations m_continuations;
    std::optional<LogRecord> m_pending;
    int m_heldBlankLines = 0; // blank lines after the pending entry, not yet known to belong to it
    bool m_commandOutput = false; // after a shell prompt, until a line parses as an entry
    QByteArray m_stripped; // the current line without terminal escapes, when it had some
};

} // namespace debrief
