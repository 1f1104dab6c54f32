// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyslogRfc5424Format.h"

#include "SyslogText.h"
#include "SyslogTime.h"

#include <QCoreApplication>

namespace debrief {

using namespace syslogtime;
using namespace syslogtext;

namespace {

constexpr QByteArrayView kNil = "-";
constexpr QByteArrayView kBom = "\xEF\xBB\xBF";

// The parts of one line, as views into it.
struct Rfc5424Line
{
    int priority = 0;
    QByteArrayView timeText; // empty for the nil timestamp
    std::optional<qint64> utc;
    QByteArrayView host;
    QByteArrayView app;
    QByteArrayView procId;
    QByteArrayView msgId;
    QByteArrayView structuredData; // "[...][...]", empty for nil
    QByteArrayView message;
};

// Splits off the next space-terminated header field at `pos`; empty when there is none.
QByteArrayView nextField(QByteArrayView line, qsizetype& pos)
{
    if (pos >= line.size())
        return {};
    const qsizetype end = tokenEnd(line, pos);
    const QByteArrayView field = line.sliced(pos, end - pos);
    pos = end + 1;
    return field;
}

// SD-NAME: 1..32 printable US-ASCII bytes except '=', ' ', ']' and '"'.
qsizetype nameEnd(QByteArrayView text, qsizetype pos)
{
    qsizetype end = pos;
    while (end < text.size() && end - pos < 32) {
        const char c = text[end];
        if (c <= ' ' || c > '~' || c == '=' || c == ']' || c == '"')
            break;
        ++end;
    }
    return end;
}

// One SD-ELEMENT "[id name="value" ...]" at `pos`: returns the index after its ']' or -1. When
// `fields` is given, writes the element into it.
qsizetype scanElement(QByteArrayView text, qsizetype pos, FieldsJsonWriter* fields)
{
    if (pos >= text.size() || text[pos] != '[')
        return -1;
    qsizetype cursor = nameEnd(text, pos + 1);
    if (cursor == pos + 1)
        return -1;
    if (fields)
        fields->beginObject(text.sliced(pos + 1, cursor - pos - 1));
    while (cursor < text.size() && text[cursor] == ' ') {
        const qsizetype nameStart = cursor + 1;
        const qsizetype equals = nameEnd(text, nameStart);
        if (equals == nameStart || !startsWithAt(text, equals, "=\""))
            return -1;
        const qsizetype valueEnd = quotedEnd(text, equals + 1);
        if (valueEnd < 0)
            return -1;
        if (fields)
            fields->addString(text.sliced(nameStart, equals - nameStart),
                              text.sliced(equals + 2, valueEnd - equals - 3),
                              FieldsJsonWriter::Source::BackslashEscaped);
        cursor = valueEnd;
    }
    if (cursor >= text.size() || text[cursor] != ']')
        return -1;
    if (fields)
        fields->endObject();
    return cursor + 1;
}

// STRUCTURED-DATA at `pos`: "-" or one or more elements; returns the index after it or -1.
qsizetype scanStructuredData(QByteArrayView text, qsizetype pos, FieldsJsonWriter* fields)
{
    if (startsWithAt(text, pos, kNil))
        return pos + 1;
    qsizetype end = scanElement(text, pos, fields);
    while (end > 0 && end < text.size() && text[end] == '[')
        end = scanElement(text, end, fields);
    return end;
}

bool scanHeader(QByteArrayView line, Rfc5424Line& parts, qsizetype& pos)
{
    const qsizetype close = line.indexOf('>');
    if (line.isEmpty() || line.front() != '<' || close < 2 || close > 4)
        return false;
    parts.priority = parseNumber(line.sliced(1, close - 1), 191);
    pos = close + 1;
    const QByteArrayView version = nextField(line, pos);
    if (parts.priority < 0 || parseNumber(version, 99) < 1)
        return false;
    const QByteArrayView time = nextField(line, pos);
    if (time != kNil) {
        const std::optional<ScannedTime> scanned = scanRfc3339(time);
        if (!scanned || scanned->length != time.size())
            return false;
        parts.timeText = time;
        parts.utc = scanned->utcMillis;
    }
    parts.host = nextField(line, pos);
    parts.app = nextField(line, pos);
    parts.procId = nextField(line, pos);
    parts.msgId = nextField(line, pos);
    return !parts.host.isEmpty() && !parts.app.isEmpty() && !parts.procId.isEmpty() && !parts.msgId.isEmpty()
        && pos < line.size();
}

std::optional<Rfc5424Line> scanLine(QByteArrayView line)
{
    Rfc5424Line parts;
    qsizetype pos = 0;
    if (!scanHeader(line, parts, pos))
        return std::nullopt;
    const qsizetype sdEnd = scanStructuredData(line, pos, nullptr);
    if (sdEnd < 0 || (sdEnd < line.size() && line[sdEnd] != ' '))
        return std::nullopt;
    if (line[pos] != '-')
        parts.structuredData = line.sliced(pos, sdEnd - pos);
    QByteArrayView message = line.sliced(qMin(sdEnd + 1, line.size()));
    if (message.startsWith(kBom))
        message = message.sliced(kBom.size());
    while (message.startsWith(' '))
        message = message.sliced(1);
    parts.message = message;
    return parts;
}

} // namespace

QString SyslogRfc5424Format::name() const
{
    return QStringLiteral("syslog-rfc5424");
}

QString SyslogRfc5424Format::description() const
{
    return QCoreApplication::translate("LogFormat",
                                       "Syslog protocol (RFC 5424): \"<PRI>1 TIMESTAMP HOST APP PROCID MSGID "
                                       "[STRUCTURED-DATA] message\"");
}

QStringList SyslogRfc5424Format::samples() const
{
    return {
        QStringLiteral("<134>1 2024-08-10T19:00:01.123456+00:00 web-1 app 4242 - - pool size set to 10"),
        QStringLiteral("<131>1 2024-08-10T21:00:01.5+02:00 web-1 app 4242 LOGIN [auth@32473 user=\"alice\" "
                       "reason=\"bad \\\"password\\\"\"] login failed for alice"),
        QStringLiteral("<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 "
                       "[exampleSDID@32473 iut=\"3\" eventSource=\"Application\" eventID=\"1011\"] "
                       "An application event log entry"),
    };
}

double SyslogRfc5424Format::matchLine(QByteArrayView line) const
{
    return scanLine(line) ? 0.95 : 0.0;
}

std::unique_ptr<LogParser> SyslogRfc5424Format::createParser(const LogParseContext&) const
{
    return std::make_unique<SyslogRfc5424Parser>();
}

SyslogRfc5424Parser::SyslogRfc5424Parser()
    : LineLogParser(Continuations::None)
{ }

std::optional<LogRecord> SyslogRfc5424Parser::parseLine(QByteArrayView line)
{
    const std::optional<Rfc5424Line> parts = scanLine(line);
    if (!parts)
        return std::nullopt;
    LogRecord record;
    record.at = parts->utc;
    record.timeText = m_timeText.get(parts->timeText);
    record.level = logLevelFromSyslogSeverity(parts->priority % 8);
    record.host = parts->host == kNil ? QString() : m_host.get(parts->host);
    record.service = parts->app == kNil ? QString() : m_service.get(parts->app);
    record.message = QString::fromUtf8(parts->message);
    m_fields.clear();
    m_fields.addNumber("facility", parts->priority / 8);
    if (parts->procId != kNil)
        m_fields.addString("procid", parts->procId);
    if (parts->msgId != kNil)
        m_fields.addString("msgid", parts->msgId);
    if (!parts->structuredData.isEmpty())
        scanStructuredData(parts->structuredData, 0, &m_fields);
    record.fields = m_fields.toString();
    return record;
}

} // namespace debrief
