// SPDX-License-Identifier: GPL-3.0-or-later
#include "LineLogParser.h"

#include "AnsiEscapes.h"
#include "TerminalPrompt.h"

namespace debrief {

LineLogParser::LineLogParser(Continuations continuations)
    : m_continuations(continuations)
{
}

bool LineLogParser::continues(QByteArrayView line) const
{
    if (!m_pending || m_pending->unparsed || line.isEmpty() || m_continuations == Continuations::None)
        return false;
    return line.front() == ' ' || line.front() == '\t';
}

bool LineLogParser::appendContinuation(QByteArrayView line)
{
    if (!m_pending || m_pending->unparsed)
        return false;
    const auto text = continuation(line);
    if (text)
        appendToPending(*text);
    return text.has_value();
}

void LineLogParser::appendToPending(QByteArrayView line)
{
    // Blank lines inside an entry (between the parts of a chained Python traceback) are kept.
    for (; m_heldBlankLines > 0; --m_heldBlankLines)
        m_pending->message += u'\n';
    m_pending->message += u'\n' + QString::fromUtf8(line);
}

void LineLogParser::keepAsNonEntry(QByteArrayView line, qint64 lineNumber, QVector<LogRecord>& out)
{
    flush(out);
    LogRecord record;
    record.line = lineNumber;
    record.message = QString::fromUtf8(line);
    record.unparsed = true;
    record.nonEntry = true;
    out.append(std::move(record));
}

void LineLogParser::feed(QByteArrayView written, qint64 lineNumber, QVector<LogRecord>& out)
{
    // Colours and terminal codes are read past; the line as written stays in the entry (a raw
    // record's message, a parsed entry's "raw" field).
    const bool escaped = AnsiEscapes::contains(written);
    if (escaped)
        AnsiEscapes::strip(written, m_stripped);
    const QByteArrayView line = escaped ? QByteArrayView(m_stripped) : written;
    feedLine(line, written, lineNumber, out);
}

void LineLogParser::feedLine(QByteArrayView line, QByteArrayView written, qint64 lineNumber, QVector<LogRecord>& out)
{
    const bool blank = line.trimmed().isEmpty();
    if (!blank && TerminalPrompt::isPrompt(line)) {
        m_commandOutput = true;
        keepAsNonEntry(written, lineNumber, out);
        return;
    }
    if (!blank && isDirective(line)) {
        keepAsNonEntry(written, lineNumber, out);
        return;
    }
    if (m_commandOutput) {
        // What a command printed ("kubectl get pods" tables) is no entry; the log starts with
        // the first line the format reads.
        std::optional<LogRecord> record = blank ? std::nullopt : parseLine(line);
        if (!record) {
            if (!blank)
                keepAsNonEntry(written, lineNumber, out);
            return;
        }
        m_commandOutput = false;
        startEntry(std::move(*record), line, written, lineNumber, out);
        return;
    }
    if (blank && m_continuations == Continuations::Unparsable && m_pending && !m_pending->unparsed) {
        // Whether a blank line ends the entry is known only from the line after it.
        ++m_heldBlankLines;
        return;
    }
    if (appendContinuation(line))
        return;
    if (continues(line)) {
        appendToPending(line);
        return;
    }
    std::optional<LogRecord> record = parseLine(line);
    if (!record && m_continuations == Continuations::Unparsable && m_pending && !m_pending->unparsed && !blank) {
        appendToPending(line);
        return;
    }
    if (!record) {
        flush(out);
        // Blank lines between entries carry nothing; everything else is kept raw and counted.
        if (blank)
            return;
        LogRecord raw;
        raw.message = QString::fromUtf8(written);
        raw.unparsed = true;
        raw.line = lineNumber;
        m_pending = std::move(raw);
        return;
    }
    startEntry(std::move(*record), line, written, lineNumber, out);
}

void LineLogParser::startEntry(LogRecord record, QByteArrayView line, QByteArrayView written, qint64 lineNumber,
                               QVector<LogRecord>& out)
{
    flush(out);
    if (line.size() != written.size())
        record.fields = AnsiEscapes::withRawField(record.fields, written);
    record.line = lineNumber;
    m_pending = std::move(record);
}

void LineLogParser::finish(QVector<LogRecord>& out)
{
    flush(out);
}

void LineLogParser::flush(QVector<LogRecord>& out)
{
    m_heldBlankLines = 0;
    if (m_pending) {
        out.append(std::move(*m_pending));
        m_pending.reset();
    }
}

} // namespace debrief
