// SPDX-License-Identifier: GPL-3.0-or-later
#include "LineLogParser.h"

#include "TerminalPrompt.h"

namespace debrief {

LineLogParser::LineLogParser(Continuations continuations)
    : m_continuations(continuations)
{
}

bool LineLogParser::continues(QByteArrayView line) const
{
    if (!m_pending || m_pending->unparsed || line.isEmpty())
        return false;
    if (continuesEntry(line))
        return true;
    if (m_continuations == Continuations::None)
        return false;
    return line.front() == ' ' || line.front() == '\t';
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

void LineLogParser::feed(QByteArrayView line, qint64 lineNumber, QVector<LogRecord>& out)
{
    const bool blank = line.trimmed().isEmpty();
    if (!blank && TerminalPrompt::isPrompt(line)) {
        m_commandOutput = true;
        keepAsNonEntry(line, lineNumber, out);
        return;
    }
    if (!blank && isDirective(line)) {
        keepAsNonEntry(line, lineNumber, out);
        return;
    }
    if (m_commandOutput) {
        // What a command printed ("kubectl get pods" tables) is no entry; the log starts with
        // the first line the format reads.
        std::optional<LogRecord> record = blank ? std::nullopt : parseLine(line);
        if (!record) {
            if (!blank)
                keepAsNonEntry(line, lineNumber, out);
            return;
        }
        m_commandOutput = false;
        flush(out);
        record->line = lineNumber;
        m_pending = std::move(record);
        return;
    }
    if (blank && m_continuations == Continuations::Unparsable && m_pending && !m_pending->unparsed) {
        // Whether a blank line ends the entry is known only from the line after it.
        ++m_heldBlankLines;
        return;
    }
    if (continues(line)) {
        appendToPending(line);
        return;
    }
    std::optional<LogRecord> record = parseLine(line);
    if (!record && m_continuations == Continuations::Unparsable && m_pending && !m_pending->unparsed && !blank) {
        appendToPending(line);
        return;
    }
    flush(out);
    if (!record) {
        // Blank lines between entries carry nothing; everything else is kept raw and counted.
        if (blank)
            return;
        record = LogRecord{};
        record->message = QString::fromUtf8(line);
        record->unparsed = true;
    }
    record->line = lineNumber;
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
