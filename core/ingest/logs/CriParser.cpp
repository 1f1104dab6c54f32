// SPDX-License-Identifier: GPL-3.0-or-later
#include "CriParser.h"

#include "Rfc3339Time.h"

namespace debrief {

namespace {

// A P run longer than this is emitted in pieces: the runtime splits at 16 KiB, so only a
// runaway writer gets here, and memory must stay bounded whatever the file holds.
constexpr qsizetype kMaxJoinedBytes = 8 * 1024 * 1024;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// klog's header: "E0810 19:00:01.123456       1 file.go:42] message".
std::optional<LogLevel> klogLevel(QByteArrayView message)
{
    if (message.size() < 6 || message[5] != ' ' || !isDigit(message[1]) || !isDigit(message[4]))
        return std::nullopt;
    switch (message.front()) {
    case 'I':
        return LogLevel::Info;
    case 'W':
        return LogLevel::Warning;
    case 'E':
        return LogLevel::Error;
    case 'F':
        return LogLevel::Critical;
    default:
        return std::nullopt;
    }
}

} // namespace

std::optional<CriParser::Header> CriParser::parseHeader(QByteArrayView line, int defaultOffsetSeconds)
{
    const auto time = Rfc3339Time::parsePrefix(line, defaultOffsetSeconds);
    if (!time || line[10] != 'T' || !time->hasZone)
        return std::nullopt;
    Header header;
    header.at = time->utcMs;
    header.timeText = line.first(time->length);
    QByteArrayView rest = line.sliced(time->length);
    if (rest.startsWith(" stdout "))
        header.stderrStream = false;
    else if (rest.startsWith(" stderr "))
        header.stderrStream = true;
    else
        return std::nullopt;
    rest = rest.sliced(8);
    const qsizetype tagEnd = rest.indexOf(' ');
    const QByteArrayView tag = tagEnd < 0 ? rest : rest.first(tagEnd);
    // Tags are ':'-separated; P or F is the first. Nothing else is CRI.
    if (tag.isEmpty() || (tag.front() != 'P' && tag.front() != 'F') || (tag.size() > 1 && tag[1] != ':'))
        return std::nullopt;
    header.partial = tag.front() == 'P';
    header.message = tagEnd < 0 ? QByteArrayView() : rest.sliced(tagEnd + 1);
    return header;
}

CriParser::CriParser(const LogParseContext& context)
    : m_context(context)
    , m_json(context)
    , m_logfmt(context)
{ }

void CriParser::feed(QByteArrayView line, qint64 lineNumber, QVector<LogRecord>& out)
{
    const auto header = parseHeader(line, m_context.defaultOffsetSeconds);
    if (!header) {
        if (line.trimmed().isEmpty())
            return;
        LogRecord record;
        record.line = lineNumber;
        record.message = QString::fromUtf8(line);
        record.unparsed = true;
        out.append(std::move(record));
        return;
    }
    Pending& pending = m_pending[header->stderrStream ? 1 : 0];
    if (pending.active && pending.text.size() + header->message.size() > kMaxJoinedBytes)
        emitEntry(pending, header->stderrStream, false, out);
    if (!pending.active) {
        pending.active = true;
        pending.line = lineNumber;
        pending.at = header->at;
        pending.timeText = QString::fromUtf8(header->timeText);
    }
    pending.text.append(header->message);
    if (!header->partial)
        emitEntry(pending, header->stderrStream, true, out);
}

void CriParser::finish(QVector<LogRecord>& out)
{
    for (int stream = 0; stream < 2; ++stream) {
        if (m_pending[stream].active)
            emitEntry(m_pending[stream], stream == 1, false, out);
    }
}

void CriParser::emitEntry(Pending& pending, bool stderrStream, bool complete, QVector<LogRecord>& out)
{
    LogRecord record;
    record.line = pending.line;
    record.at = pending.at;
    record.timeText = std::move(pending.timeText);
    interpret(pending.text, record);
    QString fields = stderrStream ? QStringLiteral(R"({"stream":"stderr")") : QStringLiteral(R"({"stream":"stdout")");
    if (!complete)
        fields += QStringLiteral(R"(,"partial":true)");
    if (record.fields.size() > 2)
        fields.append(u',').append(QStringView(record.fields).sliced(1));
    else
        fields += u'}';
    record.fields = std::move(fields);
    out.append(std::move(record));
    pending = Pending {};
}

void CriParser::interpret(QByteArrayView message, LogRecord& record)
{
    if (!message.isEmpty() && message.front() == '{' && m_json.read(message, record, JsonRecordReader::Time::Keep))
        return;
    if (LogfmtReader::score(message) >= 0.9 && m_logfmt.read(message, record, LogfmtReader::Time::Keep))
        return;
    record.message = QString::fromUtf8(message);
    if (const auto level = klogLevel(message))
        record.level = *level;
}

} // namespace debrief
