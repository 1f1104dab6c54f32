// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApacheErrorFormat.h"

#include "SyslogText.h"
#include "SyslogTime.h"

#include <QCoreApplication>

namespace debrief {

using namespace syslogtime;
using namespace syslogtext;

namespace {

// The parts of one line, as views into it.
struct ApacheErrorLine
{
    QByteArrayView timeText;
    CivilTime civil;
    QByteArrayView module; // empty in 2.2 and for "[:error]"
    LogLevel level = LogLevel::Info;
    QByteArrayView pid;
    QByteArrayView tid;
    QByteArrayView client;
    QByteArrayView message;
};

// "Sat Aug 10 19:00:01.123456 2024" (2.4) or "Sat Aug 10 19:00:01 2024" (2.2), the whole bracket.
bool scanTime(QByteArrayView text, CivilTime& civil)
{
    if (text.size() < 24 || !isWeekdayAbbreviation(text) || text[3] != ' ' || text[7] != ' ')
        return false;
    civil.month = monthFromAbbreviation(text.sliced(4));
    civil.day = fixedDigits(text, text[8] == ' ' ? 9 : 8, text[8] == ' ' ? 1 : 2);
    if (text[10] != ' ' || text[13] != ':' || text[16] != ':')
        return false;
    civil.hour = fixedDigits(text, 11, 2);
    civil.minute = fixedDigits(text, 14, 2);
    civil.second = fixedDigits(text, 17, 2);
    const qsizetype fraction = scanFraction(text, 19, civil.millis);
    if (fraction < 0 || text.size() != 19 + fraction + 5 || text[19 + fraction] != ' ')
        return false;
    civil.year = fixedDigits(text, 20 + fraction, 4);
    return toUtcMillis(civil, 0).has_value();
}

// The next "[...]" at `pos` (after one space unless at the start): its content, and `pos` after it.
bool takeBracket(QByteArrayView line, qsizetype& pos, QByteArrayView& content)
{
    qsizetype open = pos;
    if (pos > 0) {
        if (!startsWithAt(line, pos, " ["))
            return false;
        ++open;
    } else if (!startsWithAt(line, 0, "[")) {
        return false;
    }
    const qsizetype close = line.indexOf(']', open);
    if (close < 0)
        return false;
    content = line.sliced(open + 1, close - open - 1);
    pos = close + 1;
    return true;
}

// "core:error", ":error" (2.4) or "error" (2.2).
bool scanLevel(QByteArrayView content, ApacheErrorLine& parts)
{
    const qsizetype colon = content.indexOf(':');
    parts.module = colon < 0 ? QByteArrayView() : content.first(colon);
    const std::optional<LogLevel> level = levelFromWord(content.sliced(colon + 1));
    parts.level = level.value_or(LogLevel::Info);
    return level.has_value();
}

// "pid 1234:tid 5678" or "pid 1234".
bool scanProcess(QByteArrayView content, ApacheErrorLine& parts)
{
    if (!content.startsWith("pid "))
        return false;
    const qsizetype colon = content.indexOf(":tid ");
    parts.pid = content.sliced(4, (colon < 0 ? content.size() : colon) - 4);
    parts.tid = colon < 0 ? QByteArrayView() : content.sliced(colon + 5);
    return parseNumber(parts.pid, 999999999) >= 0;
}

std::optional<ApacheErrorLine> scanLine(QByteArrayView line)
{
    ApacheErrorLine parts;
    qsizetype pos = 0;
    QByteArrayView content;
    if (!takeBracket(line, pos, parts.timeText) || !scanTime(parts.timeText, parts.civil)
        || !takeBracket(line, pos, content) || !scanLevel(content, parts))
        return std::nullopt;
    qsizetype next = pos;
    if (takeBracket(line, next, content) && scanProcess(content, parts))
        pos = next;
    next = pos;
    if (takeBracket(line, next, content) && content.startsWith("client ")) {
        parts.client = content.sliced(7);
        pos = next;
    }
    parts.message = startsWithAt(line, pos, " ") ? line.sliced(pos + 1) : line.sliced(pos);
    return parts;
}

// "AH00126" when the message starts with an Apache message code.
QByteArrayView messageCode(QByteArrayView message)
{
    const bool code
        = message.size() >= 8 && message.startsWith("AH") && message[7] == ':' && fixedDigits(message, 2, 5) >= 0;
    return code ? message.first(7) : QByteArrayView();
}

} // namespace

QString ApacheErrorFormat::name() const
{
    return QStringLiteral("apache-error");
}

QString ApacheErrorFormat::description() const
{
    return QCoreApplication::translate("LogFormat",
                                       "Apache httpd error log (2.2 and 2.4): \"[Sat Aug 10 19:00:01.123456 2024] "
                                       "[module:level] [pid N:tid N] [client addr] message\" in local time");
}

QStringList ApacheErrorFormat::samples() const
{
    return {
        QStringLiteral("[Sat Aug 10 19:00:01.123456 2024] [mpm_event:notice] [pid 1234:tid 140245] AH00489: "
                       "Apache/2.4.57 (Debian) configured -- resuming normal operations"),
        QStringLiteral("[Sat Aug 10 19:00:02.000201 2024] [authz_core:error] [pid 1235:tid 140301] [client "
                       "10.0.0.1:5555] AH01630: client denied by server configuration: /srv/www/private"),
        QStringLiteral(
            "[Sat Aug 10 19:00:03 2024] [error] [client 192.0.2.7] File does not exist: /var/www/favicon.ico"),
    };
}

double ApacheErrorFormat::matchLine(QByteArrayView line) const
{
    return scanLine(line) ? 0.95 : 0.0;
}

std::unique_ptr<LogParser> ApacheErrorFormat::createParser(const LogParseContext& context) const
{
    return std::make_unique<ApacheErrorParser>(context);
}

ApacheErrorParser::ApacheErrorParser(const LogParseContext& context)
    : LineLogParser(Continuations::None)
    , m_context(context)
{ }

std::optional<LogRecord> ApacheErrorParser::parseLine(QByteArrayView line)
{
    const std::optional<ApacheErrorLine> parts = scanLine(line);
    if (!parts)
        return std::nullopt;
    const std::optional<qint64> utc = toUtcMillis(parts->civil, m_context.defaultOffsetSeconds);
    if (!utc)
        return std::nullopt;
    LogRecord record;
    record.at = utc;
    record.timeText = QString::fromUtf8(parts->timeText);
    record.level = parts->level;
    record.service = m_service.get(parts->module);
    record.message = QString::fromUtf8(parts->message);
    m_fields.clear();
    if (!parts->pid.isEmpty())
        m_fields.addNumber("pid", parseNumber(parts->pid, 999999999));
    // Thread ids are pthread_t values, often past 2^32.
    bool tidIsNumber = false;
    if (const qint64 tid = parts->tid.toLongLong(&tidIsNumber); tidIsNumber)
        m_fields.addNumber("tid", tid);
    if (!parts->client.isEmpty())
        m_fields.addString("client", parts->client);
    if (const QByteArrayView code = messageCode(parts->message); !code.isEmpty())
        m_fields.addString("code", code);
    // 2.4's default format ends the message with ", referer: URL" when the request had one.
    if (const qsizetype referer = parts->message.lastIndexOf(", referer: "); referer >= 0)
        m_fields.addString("referer", parts->message.sliced(referer + 11));
    record.fields = m_fields.toString();
    return record;
}

} // namespace debrief
