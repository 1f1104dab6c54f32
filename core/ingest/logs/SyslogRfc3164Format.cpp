// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyslogRfc3164Format.h"

#include "InnerTimestamp.h"

#include <QDateTime>
#include <QTimeZone>

#include "SyslogText.h"
#include "SyslogTime.h"

#include <QCoreApplication>

namespace debrief {

using namespace syslogtime;
using namespace syslogtext;

namespace {

// The parts of one line, as views into it.
struct Rfc3164Line
{
    int priority = -1; // none when the line has no "<PRI>"
    QByteArrayView timeText;
    CivilTime civil; // "Mmm dd hh:mm:ss": year still unknown
    std::optional<qint64> utc; // RFC 3339: already absolute
    QByteArrayView host;
    QByteArrayView tag;
    QByteArrayView pid;
    QByteArrayView message;
};

// "<PRI>" at the start: returns the bytes taken (0 when absent, -1 when malformed).
qsizetype scanPriority(QByteArrayView line, int& priority)
{
    if (line.isEmpty() || line.front() != '<')
        return 0;
    const qsizetype close = line.indexOf('>');
    if (close < 2 || close > 4)
        return -1;
    priority = parseNumber(line.sliced(1, close - 1), 191);
    return priority < 0 ? -1 : close + 1;
}

// "Aug 10 19:00:01", "Aug  1 19:00:01" or "Aug 1 19:00:01" (the last one from sloppy senders), with an
// optional fraction: returns the bytes taken or -1.
qsizetype scanBsdTimestamp(QByteArrayView text, CivilTime& civil)
{
    civil.month = monthFromAbbreviation(text);
    if (civil.month == 0 || text.size() < 6 || text[3] != ' ')
        return -1;
    qsizetype pos = text[4] == ' ' ? 5 : 4;
    const bool twoDigits = pos + 1 < text.size() && text[pos + 1] >= '0' && text[pos + 1] <= '9';
    civil.day = fixedDigits(text, pos, twoDigits ? 2 : 1);
    pos += twoDigits ? 2 : 1;
    if (civil.day < 0 || pos + 9 > text.size() || text[pos] != ' ' || text[pos + 3] != ':' || text[pos + 6] != ':')
        return -1;
    civil.hour = fixedDigits(text, pos + 1, 2);
    civil.minute = fixedDigits(text, pos + 4, 2);
    civil.second = fixedDigits(text, pos + 7, 2);
    const qsizetype fraction = scanFraction(text, pos + 9, civil.millis);
    // Check the fields in a leap year, so that only the parser, which knows the year, rejects Feb 29.
    CivilTime check = civil;
    check.year = 2000;
    return fraction < 0 || !toUtcMillis(check, 0) ? -1 : pos + 9 + fraction;
}

// "tag[pid]: msg", "tag: msg" or "tag[pid] msg" (rsyslog writes the last for messages it received as
// RFC 5424). Without a recognisable tag the whole rest is the message.
void splitTag(QByteArrayView rest, Rfc3164Line& parts)
{
    parts.message = rest;
    qsizetype end = 0;
    while (end < rest.size() && rest[end] != ' ' && rest[end] != '[' && rest[end] != ':')
        ++end;
    if (end == 0 || end == rest.size())
        return;
    qsizetype after = end;
    QByteArrayView pid;
    if (rest[end] == '[') {
        const qsizetype close = rest.indexOf(']', end);
        if (close < 0 || parseNumber(rest.sliced(end + 1, close - end - 1), 999999999) < 0)
            return;
        pid = rest.sliced(end + 1, close - end - 1);
        after = close + 1;
    }
    const bool colon = after < rest.size() && rest[after] == ':';
    if (!colon && pid.isEmpty())
        return;
    after += colon ? 1 : 0;
    if (after < rest.size() && rest[after] != ' ')
        return; // "http://x" is a message, not the tag "http"
    parts.tag = rest.first(end);
    parts.pid = pid;
    parts.message = rest.sliced(qMin(after + 1, rest.size()));
}

std::optional<Rfc3164Line> scanLine(QByteArrayView line)
{
    Rfc3164Line parts;
    const qsizetype start = scanPriority(line, parts.priority);
    if (start < 0)
        return std::nullopt;
    const QByteArrayView text = line.sliced(start);
    qsizetype timeLength = -1;
    if (!text.isEmpty() && text.front() >= '0' && text.front() <= '9') {
        if (const std::optional<ScannedTime> time = scanRfc3339(text)) {
            parts.utc = time->utcMillis;
            timeLength = time->length;
        }
    } else {
        timeLength = scanBsdTimestamp(text, parts.civil);
    }
    if (timeLength < 0 || timeLength + 1 >= text.size() || text[timeLength] != ' ')
        return std::nullopt;
    parts.timeText = text.first(timeLength);
    const qsizetype hostEnd = tokenEnd(text, timeLength + 1);
    parts.host = text.sliced(timeLength + 1, hostEnd - timeLength - 1);
    if (parts.host.isEmpty())
        return std::nullopt;
    splitTag(text.sliced(qMin(hostEnd + 1, text.size())), parts);
    return parts;
}

} // namespace

QString SyslogRfc3164Format::name() const
{
    return QStringLiteral("syslog-rfc3164");
}

QString SyslogRfc3164Format::description() const
{
    return QCoreApplication::translate("LogFormat",
                                       "BSD syslog (RFC 3164) and rsyslog's file format: "
                                       "\"Mmm dd hh:mm:ss host tag[pid]: message\", optionally with <PRI> "
                                       "or an RFC 3339 timestamp");
}

QStringList SyslogRfc3164Format::samples() const
{
    return {
        QStringLiteral("Aug 10 19:00:01 web-1 sshd[1234]: Accepted publickey for deploy from 10.0.0.7 port 51234"),
        QStringLiteral("<11>Aug  9 23:59:58 db-2 postgres[877]: FATAL:  sorry, too many clients already"),
        QStringLiteral("2024-08-10T19:00:01.123456+00:00 web-1 kernel: Out of memory: Killed process 4242 (java)"),
    };
}

double SyslogRfc3164Format::matchLine(QByteArrayView line) const
{
    const std::optional<Rfc3164Line> parts = scanLine(line);
    if (!parts)
        return 0.0;
    // The tag is what tells syslog from any other "timestamp word text" line ("tag[pid]:" most of
    // all); without one, leave the line to the generic format, a file of syslog still wins on average.
    if (parts->tag.isEmpty())
        return 0.3;
    const double tagged = parts->pid.isEmpty() ? 0.9 : 0.95;
    return qMin(1.0, tagged + (parts->priority >= 0 ? 0.05 : 0.0));
}

std::unique_ptr<LogParser> SyslogRfc3164Format::createParser(const LogParseContext& context) const
{
    return std::make_unique<SyslogRfc3164Parser>(context);
}

SyslogRfc3164Parser::SyslogRfc3164Parser(const LogParseContext& context)
    : LineLogParser(Continuations::Indented)
    , m_context(context)
    , m_year(context.defaultYear)
{ }

int SyslogRfc3164Parser::yearFor(int month) const
{
    if (m_lastMonth != 0 && m_lastMonth - month > 6)
        return m_year + 1;
    if (m_year > m_context.defaultYear && month - m_lastMonth > 6)
        return m_year - 1; // a late December line just after the new year started
    return m_year;
}

void SyslogRfc3164Parser::advanceTo(int year, int month)
{
    if (year < m_year)
        return;
    m_year = year;
    m_lastMonth = month;
}

std::optional<LogRecord> SyslogRfc3164Parser::parseLine(QByteArrayView line)
{
    std::optional<Rfc3164Line> parts = scanLine(line);
    if (!parts)
        return std::nullopt;
    if (!parts->utc) {
        CivilTime civil = parts->civil;
        civil.year = yearFor(civil.month);
        parts->utc = toUtcMillis(civil, m_context.defaultOffsetSeconds);
        // Only a valid line moves the year: "Feb 30" after "Dec 31" is garbage, not a new year.
        if (!parts->utc)
            return std::nullopt;
        advanceTo(civil.year, civil.month);
    }
    LogRecord record;
    record.at = parts->utc;
    record.timeText = m_timeText.get(parts->timeText);
    record.host = m_host.get(parts->host);
    record.service = m_service.get(parts->tag);
    record.message = QString::fromUtf8(parts->message);
    if (parts->priority >= 0)
        record.level = logLevelFromSyslogSeverity(parts->priority % 8);
    else
        record.level = leadingLevel(parts->message).value_or(LogLevel::Info);
    m_fields.clear();
    if (parts->priority >= 0)
        m_fields.addNumber("facility", parts->priority / 8);
    if (!parts->pid.isEmpty())
        m_fields.addNumber("pid", parseNumber(parts->pid, 999999999));
    const bool stamped = useInnerTimestamp(record, parts->message, parts->timeText);
    m_joiner.entryStarted(sourceOf(parts->tag, parts->pid), parts->timeText, parts->message, stamped);
    record.fields = m_fields.toString();
    return record;
}

QByteArrayView SyslogRfc3164Parser::sourceOf(QByteArrayView tag, QByteArrayView pid)
{
    m_source.clear();
    m_source.append(tag).append('[').append(pid).append(']');
    return m_source;
}

bool SyslogRfc3164Parser::useInnerTimestamp(LogRecord& record, QByteArrayView message, QByteArrayView outerTime)
{
    const int year = record.at ? QDateTime::fromMSecsSinceEpoch(*record.at, QTimeZone::utc()).date().year() : m_year;
    const auto inner = InnerTimestamp::read(message, year, m_context.defaultOffsetSeconds);
    if (!inner)
        return false;
    record.at = inner->utcMs;
    record.timeText = QString::fromUtf8(inner->timeText);
    if (inner->level)
        record.level = *inner->level;
    m_fields.addString("syslog_time", outerTime);
    return true;
}

std::optional<QByteArrayView> SyslogRfc3164Parser::continuation(QByteArrayView line)
{
    // journalctl -x: the catalog's explanation of the entry above, each line after "░░ ".
    if (line.startsWith("\xe2\x96\x91\xe2\x96\x91"))
        return line;
    if (!m_joiner.mayContinue())
        return std::nullopt;
    const std::optional<Rfc3164Line> parts = scanLine(line);
    if (!parts || parts->tag.isEmpty())
        return std::nullopt;
    const bool stamped = InnerTimestamp::read(parts->message, m_year, 0).has_value();
    if (!m_joiner.continues(sourceOf(parts->tag, parts->pid), parts->timeText, parts->message, stamped))
        return std::nullopt;
    return parts->message;
}

bool SyslogRfc3164Parser::isDirective(QByteArrayView line)
{
    // journalctl's own lines: "-- Logs begin at Sun 2022-03-06 14:54:08 UTC. --", "-- Boot 8a1f... --",
    // "-- No entries --".
    return line.startsWith("-- ") && line.endsWith(" --");
}

} // namespace debrief
