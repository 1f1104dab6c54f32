// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessLogParser.h"

#include "HttpStatus.h"
#include "SyslogText.h"
#include "SyslogTime.h"

namespace debrief {

using namespace syslogtext;

namespace {

constexpr QByteArrayView kNone = "-";

// A '"'-quoted field at `pos`: its content (escapes kept) and the index after the closing quote.
bool takeQuoted(QByteArrayView line, qsizetype& pos, QByteArrayView& content)
{
    if (pos >= line.size() || line[pos] != '"')
        return false;
    const qsizetype end = quotedEnd(line, pos);
    if (end < 0)
        return false;
    content = line.sliced(pos + 1, end - pos - 2);
    pos = end;
    return true;
}

// A space-terminated field at `pos`, and the index of the byte after its space.
bool takeToken(QByteArrayView line, qsizetype& pos, QByteArrayView& token)
{
    if (pos >= line.size())
        return false;
    const qsizetype end = tokenEnd(line, pos);
    token = line.sliced(pos, end - pos);
    pos = end + 1;
    return !token.isEmpty();
}

bool takeSpace(QByteArrayView line, qsizetype& pos)
{
    if (pos >= line.size() || line[pos] != ' ')
        return false;
    ++pos;
    return true;
}

bool isStatus(QByteArrayView status)
{
    return status.size() == 3 && parseNumber(status, 999) >= 100;
}

bool isByteCount(QByteArrayView bytes)
{
    if (bytes == kNone)
        return true;
    // Up to 18 digits, so that a count past 2^31 (a large download) still fits in a qint64.
    if (bytes.isEmpty() || bytes.size() > 18)
        return false;
    for (const char c : bytes) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// `"referer" "user agent"` after the byte count: both or neither.
void takeRefererAndAgent(QByteArrayView line, qsizetype& pos, AccessLogLine& parts)
{
    qsizetype cursor = pos;
    QByteArrayView referer;
    QByteArrayView agent;
    if (takeSpace(line, cursor) && takeQuoted(line, cursor, referer) && takeSpace(line, cursor)
        && takeQuoted(line, cursor, agent)) {
        parts.referer = referer;
        parts.userAgent = agent;
        parts.combined = true;
        pos = cursor;
    }
}

} // namespace

AccessLogParser::AccessLogParser()
    : LineLogParser(Continuations::None)
{ }

std::optional<AccessLogLine> AccessLogParser::scan(QByteArrayView line)
{
    AccessLogLine parts;
    qsizetype pos = 0;
    if (!takeToken(line, pos, parts.remoteAddr) || !takeToken(line, pos, parts.ident)
        || !takeToken(line, pos, parts.remoteUser) || pos >= line.size() || line[pos] != '[')
        return std::nullopt;
    const std::optional<syslogtime::ScannedTime> time = syslogtime::scanClfTime(line.sliced(pos + 1));
    if (!time || pos + 28 > line.size() || line[pos + 27] != ']')
        return std::nullopt;
    parts.timeText = line.sliced(pos + 1, time->length);
    parts.utc = time->utcMillis;
    pos += 28;
    if (!takeSpace(line, pos) || !takeQuoted(line, pos, parts.request) || !takeSpace(line, pos)
        || !takeToken(line, pos, parts.status) || !isStatus(parts.status))
        return std::nullopt;
    // The byte count may end the line, so take it by hand rather than as a space-terminated token.
    const qsizetype bytesEnd = tokenEnd(line, pos);
    parts.bytes = line.sliced(qMin(pos, line.size()), qMax<qsizetype>(0, bytesEnd - pos));
    if (parts.bytes.isEmpty() || !isByteCount(parts.bytes))
        return std::nullopt;
    pos = bytesEnd;
    takeRefererAndAgent(line, pos, parts);
    parts.extra = line.sliced(pos).trimmed();
    return parts;
}

std::optional<LogRecord> AccessLogParser::parseLine(QByteArrayView line)
{
    const std::optional<AccessLogLine> parts = scan(line);
    if (!parts)
        return std::nullopt;
    LogRecord record;
    record.at = parts->utc;
    record.timeText = m_timeText.get(parts->timeText);
    record.level = levelOfHttpStatus(parts->status);
    record.host = m_host.get(parts->remoteAddr);
    m_message.resize(0);
    m_message.append(parts->request).append(' ').append(parts->status);
    record.message = QString::fromUtf8(m_message);
    writeFields(*parts);
    record.fields = m_fields.toString();
    return record;
}

void AccessLogParser::writeFields(const AccessLogLine& parts)
{
    constexpr auto escaped = FieldsJsonWriter::Source::BackslashEscaped;
    m_fields.clear();
    // "METHOD TARGET PROTOCOL"; the target may hold spaces when a client sent them raw.
    const qsizetype firstSpace = parts.request.indexOf(' ');
    if (parts.request != kNone && firstSpace > 0) {
        const qsizetype lastSpace = parts.request.lastIndexOf(' ');
        const bool hasProtocol = lastSpace > firstSpace && parts.request.sliced(lastSpace + 1).startsWith("HTTP/");
        const qsizetype targetEnd = hasProtocol ? lastSpace : parts.request.size();
        m_fields.addString("method", parts.request.first(firstSpace), escaped);
        m_fields.addString("path", parts.request.sliced(firstSpace + 1, targetEnd - firstSpace - 1), escaped);
        if (hasProtocol)
            m_fields.addString("protocol", parts.request.sliced(lastSpace + 1), escaped);
    }
    m_fields.addNumber("status", parseNumber(parts.status, 999));
    if (parts.bytes != kNone)
        m_fields.addNumber("bytes", parts.bytes.toLongLong());
    if (parts.referer != kNone && !parts.referer.isEmpty())
        m_fields.addString("referer", parts.referer, escaped);
    if (parts.userAgent != kNone && !parts.userAgent.isEmpty())
        m_fields.addString("user_agent", parts.userAgent, escaped);
    if (parts.remoteUser != kNone)
        m_fields.addString("remote_user", parts.remoteUser, escaped);
    if (parts.ident != kNone)
        m_fields.addString("ident", parts.ident, escaped);
    if (!parts.extra.isEmpty())
        m_fields.addString("extra", parts.extra);
}

} // namespace debrief
