// SPDX-License-Identifier: GPL-3.0-or-later
#include "NginxErrorFormat.h"

#include "SyslogText.h"
#include "SyslogTime.h"

#include <QCoreApplication>

namespace debrief {

using namespace syslogtime;
using namespace syslogtext;

namespace {

// The parts of one line, as views into it.
struct NginxErrorLine
{
    QByteArrayView timeText;
    CivilTime civil;
    LogLevel level = LogLevel::Info;
    int pid = 0;
    int tid = 0;
    int connection = -1; // none when the line is not about a connection
    QByteArrayView message;
};

// "2024/08/10 19:00:01": 19 fixed bytes.
bool scanTime(QByteArrayView line, CivilTime& civil)
{
    if (line.size() < 19 || line[4] != '/' || line[7] != '/' || line[10] != ' ' || line[13] != ':' || line[16] != ':')
        return false;
    civil.year = fixedDigits(line, 0, 4);
    civil.month = fixedDigits(line, 5, 2);
    civil.day = fixedDigits(line, 8, 2);
    civil.hour = fixedDigits(line, 11, 2);
    civil.minute = fixedDigits(line, 14, 2);
    civil.second = fixedDigits(line, 17, 2);
    return toUtcMillis(civil, 0).has_value();
}

// A decimal number ending at the byte `terminator`, from `pos`; advances `pos` past the terminator.
int takeNumber(QByteArrayView line, qsizetype& pos, char terminator)
{
    const qsizetype end = line.indexOf(terminator, pos);
    if (end < 0)
        return -1;
    const int value = parseNumber(line.sliced(pos, end - pos), 999999999);
    pos = end + 1;
    return value;
}

std::optional<NginxErrorLine> scanLine(QByteArrayView line)
{
    NginxErrorLine parts;
    if (!scanTime(line, parts.civil) || !startsWithAt(line, 19, " ["))
        return std::nullopt;
    parts.timeText = line.first(19);
    const qsizetype levelEnd = line.indexOf(']', 21);
    const std::optional<LogLevel> level
        = levelEnd > 21 && levelEnd < 28 ? levelFromWord(line.sliced(21, levelEnd - 21)) : std::nullopt;
    if (!level || !startsWithAt(line, levelEnd, "] "))
        return std::nullopt;
    parts.level = *level;
    qsizetype pos = levelEnd + 2;
    parts.pid = takeNumber(line, pos, '#');
    parts.tid = takeNumber(line, pos, ':');
    if (parts.pid < 0 || parts.tid < 0 || !startsWithAt(line, pos, " "))
        return std::nullopt;
    ++pos;
    if (startsWithAt(line, pos, "*")) {
        qsizetype cursor = pos + 1;
        parts.connection = takeNumber(line, cursor, ' ');
        if (parts.connection >= 0)
            pos = cursor;
    }
    parts.message = line.sliced(qMin(pos, line.size()));
    return parts;
}

// The value at `pos` of a context pair: a quoted string or the text up to the next ", ".
QByteArrayView takeValue(QByteArrayView text, qsizetype& pos)
{
    if (startsWithAt(text, pos, "\"")) {
        // nginx does not escape quotes here, so the value ends at the quote that ends the pair.
        qsizetype close = text.indexOf("\", ", pos + 1);
        if (close < 0)
            close = text.endsWith('"') && text.size() > pos + 1 ? text.size() - 1 : -1;
        if (close >= 0) {
            const QByteArrayView value = text.sliced(pos + 1, close - pos - 1);
            pos = close + 1;
            return value;
        }
    }
    qsizetype end = text.indexOf(", ", pos);
    end = end < 0 ? text.size() : end;
    const QByteArrayView value = text.sliced(pos, end - pos);
    pos = end;
    return value;
}

} // namespace

QString NginxErrorFormat::name() const
{
    return QStringLiteral("nginx-error");
}

QString NginxErrorFormat::description() const
{
    return QCoreApplication::translate("LogFormat",
                                       "nginx error log: \"YYYY/MM/DD hh:mm:ss [level] pid#tid: *connection "
                                       "message, client: ..., request: ...\" in local time");
}

QStringList NginxErrorFormat::samples() const
{
    return {
        QStringLiteral("2024/08/10 19:00:01 [notice] 1234#1234: signal process started"),
        QStringLiteral("2024/08/10 19:00:02 [error] 1235#1235: *5 connect() failed (111: Connection refused) while "
                       "connecting to upstream, client: 10.0.0.1, server: shop.example, request: \"GET /api "
                       "HTTP/1.1\", upstream: \"http://10.1.0.5:8080/api\", host: \"shop.example\""),
        QStringLiteral("2024/08/10 19:00:03 [warn] 1235#1235: *6 an upstream response is buffered to a temporary "
                       "file /var/cache/nginx/1/00/0000000001 while reading upstream"),
    };
}

double NginxErrorFormat::matchLine(QByteArrayView line) const
{
    return scanLine(line) ? 0.95 : 0.0;
}

std::unique_ptr<LogParser> NginxErrorFormat::createParser(const LogParseContext& context) const
{
    return std::make_unique<NginxErrorParser>(context);
}

NginxErrorParser::NginxErrorParser(const LogParseContext& context)
    : LineLogParser(Continuations::None)
    , m_context(context)
{ }

std::optional<LogRecord> NginxErrorParser::parseLine(QByteArrayView line)
{
    const std::optional<NginxErrorLine> parts = scanLine(line);
    if (!parts)
        return std::nullopt;
    const std::optional<qint64> utc = toUtcMillis(parts->civil, m_context.defaultOffsetSeconds);
    if (!utc)
        return std::nullopt;
    LogRecord record;
    record.at = utc;
    record.timeText = m_timeText.get(parts->timeText);
    record.level = parts->level;
    record.message = QString::fromUtf8(parts->message);
    m_fields.clear();
    m_fields.addNumber("pid", parts->pid);
    m_fields.addNumber("tid", parts->tid);
    if (parts->connection >= 0)
        m_fields.addNumber("connection", parts->connection);
    writeContext(parts->message);
    record.fields = m_fields.toString();
    return record;
}

void NginxErrorParser::writeContext(QByteArrayView message)
{
    // ngx_http_log_error appends ", client: X, server: Y, request: "...", ..." to the message.
    qsizetype pos = message.indexOf(", client: ");
    while (pos >= 0 && startsWithAt(message, pos, ", ")) {
        const qsizetype colon = message.indexOf(": ", pos + 2);
        const QByteArrayView key = colon < 0 ? QByteArrayView() : message.sliced(pos + 2, colon - pos - 2);
        if (key.isEmpty() || key.size() > 16 || key.contains(' '))
            return;
        qsizetype valueStart = colon + 2;
        const QByteArrayView value = takeValue(message, valueStart);
        if (!value.isEmpty())
            m_fields.addString(key, value);
        pos = valueStart;
    }
}

} // namespace debrief
