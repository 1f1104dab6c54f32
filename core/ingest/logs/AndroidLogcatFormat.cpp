// SPDX-License-Identifier: GPL-3.0-or-later
#include "AndroidLogcatFormat.h"

#include "FieldsWriter.h"
#include "LineLogParser.h"
#include "Rfc3339Time.h"
#include "YearTracker.h"

#include <QCoreApplication>

namespace debrief {

namespace {

struct LogcatLine
{
    int year = 0; // 0: not written
    int month = 0;
    int day = 0;
    qint64 msOfDay = -1; // -1: brief, no time
    QByteArrayView timeText;
    LogLevel level = LogLevel::Info;
    QByteArrayView tag;
    QByteArrayView pid;
    QByteArrayView tid;
    QByteArrayView message;
};

int number(QByteArrayView text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = text[pos + i];
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::optional<LogLevel> levelOf(char letter)
{
    switch (letter) {
    case 'V':
        return LogLevel::Trace;
    case 'D':
        return LogLevel::Debug;
    case 'I':
        return LogLevel::Info;
    case 'W':
        return LogLevel::Warning;
    case 'E':
        return LogLevel::Error;
    case 'F':
    case 'A':
        return LogLevel::Critical;
    default:
        return std::nullopt;
    }
}

// "[yyyy-]MM-dd HH:mm:ss.mmm" at the start; advances `pos` past it and the spaces after.
bool readTime(QByteArrayView line, LogcatLine& out, qsizetype& pos)
{
    if (number(line, 0, 4) >= 0 && line.size() > 4 && line[4] == '-') {
        out.year = number(line, 0, 4);
        pos = 5;
    }
    out.month = number(line, pos, 2);
    out.day = number(line, pos + 3, 2);
    const int hour = number(line, pos + 6, 2);
    const int minute = number(line, pos + 9, 2);
    const int second = number(line, pos + 12, 2);
    const int ms = number(line, pos + 15, 3);
    if (out.month < 1 || out.month > 12 || out.day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 60 || ms < 0 || line[pos + 2] != '-' || line[pos + 5] != ' ' || line[pos + 8] != ':'
        || line[pos + 11] != ':' || line[pos + 14] != '.')
        return false;
    out.msOfDay = (hour * 3600 + minute * 60 + second) * 1000LL + ms;
    pos += 18;
    out.timeText = line.first(pos);
    while (pos < line.size() && line[pos] == ' ')
        ++pos;
    return pos < line.size();
}

QByteArrayView digitsAt(QByteArrayView line, qsizetype& pos)
{
    while (pos < line.size() && line[pos] == ' ')
        ++pos;
    const qsizetype start = pos;
    while (pos < line.size() && line[pos] >= '0' && line[pos] <= '9')
        ++pos;
    return line.sliced(start, pos - start);
}

// threadtime after the time: "1702  2395 D WindowManager: msg".
bool readThreadtime(QByteArrayView line, LogcatLine& out, qsizetype pos)
{
    out.pid = digitsAt(line, pos);
    out.tid = digitsAt(line, pos);
    if (out.pid.isEmpty() || out.tid.isEmpty() || pos + 3 > line.size() || line[pos] != ' ' || line[pos + 2] != ' ')
        return false;
    const auto level = levelOf(line[pos + 1]);
    const qsizetype colon = line.indexOf(": ", pos + 3);
    const qsizetype end = colon < 0 && line.endsWith(':') ? line.size() - 1 : colon;
    if (!level || end < 0)
        return false;
    out.level = *level;
    out.tag = line.sliced(pos + 3, end - pos - 3).trimmed();
    out.message = line.sliced(std::min(end + 2, line.size()));
    return !out.tag.isEmpty();
}

// brief and time after the time: "D/WindowManager( 1702): msg".
bool readBrief(QByteArrayView line, LogcatLine& out, qsizetype pos)
{
    if (pos + 2 >= line.size() || line[pos + 1] != '/')
        return false;
    const auto level = levelOf(line[pos]);
    const qsizetype open = line.indexOf('(', pos + 2);
    const qsizetype close = open < 0 ? -1 : line.indexOf("):", open);
    if (!level || close < 0)
        return false;
    out.level = *level;
    out.tag = line.sliced(pos + 2, open - pos - 2).trimmed();
    qsizetype p = open + 1;
    out.pid = digitsAt(line, p);
    if (out.pid.isEmpty() || p != close)
        return false;
    out.message = line.sliced(std::min(close + 3, line.size()));
    return true;
}

std::optional<LogcatLine> readLogcat(QByteArrayView line)
{
    LogcatLine out;
    qsizetype pos = 0;
    if (line.size() > 20 && line[0] >= '0' && line[0] <= '9') {
        if (!readTime(line, out, pos))
            return std::nullopt;
        if (readThreadtime(line, out, pos) || readBrief(line, out, pos))
            return out;
        return std::nullopt;
    }
    out.msOfDay = -1;
    if (readBrief(line, out, 0))
        return out;
    return std::nullopt;
}

class AndroidLogcatParser : public LineLogParser
{
public:
    explicit AndroidLogcatParser(const LogParseContext& context)
        : LineLogParser(Continuations::None)
        , m_context(context)
        , m_years(context.defaultYear)
    { }

protected:
    bool isDirective(QByteArrayView line) override { return line.startsWith("--------- beginning of "); }

    std::optional<LogRecord> parseLine(QByteArrayView line) override
    {
        const auto parsed = readLogcat(line);
        if (!parsed)
            return std::nullopt;
        LogRecord record;
        if (parsed->msOfDay >= 0) {
            const int year = parsed->year > 0 ? parsed->year : m_years.yearFor(parsed->month);
            if (!Rfc3339Time::validDate(year, parsed->month, parsed->day))
                return std::nullopt;
            if (parsed->year == 0)
                m_years.advanceTo(year, parsed->month);
            record.at = Rfc3339Time::daysFromCivil(year, parsed->month, parsed->day) * 86'400'000LL + parsed->msOfDay
                - m_context.defaultOffsetSeconds * 1000LL;
            record.timeText = QString::fromUtf8(parsed->timeText);
        }
        record.level = parsed->level;
        record.service = QString::fromUtf8(parsed->tag);
        record.message = QString::fromUtf8(parsed->message);
        m_fields.clear();
        m_fields.addString("pid", parsed->pid);
        if (!parsed->tid.isEmpty())
            m_fields.addString("tid", parsed->tid);
        record.fields = m_fields.finish();
        return record;
    }

private:
    LogParseContext m_context;
    YearTracker m_years;
    FieldsWriter m_fields;
};

} // namespace

QString AndroidLogcatFormat::name() const
{
    return QStringLiteral("android-logcat");
}

QString AndroidLogcatFormat::description() const
{
    return QCoreApplication::translate("LogFormat",
                                       "Android logcat (threadtime, time, brief): MM-dd time, pid, tid, level letter, "
                                       "tag: message");
}

QStringList AndroidLogcatFormat::samples() const
{
    // From Loghub's Android_2k.log (threadtime); the time and brief layouts of the same line.
    return {
        QStringLiteral("03-17 16:13:38.811  1702  2395 D WindowManager: printFreezingDisplayLogsopening app wtoken"),
        QStringLiteral("03-17 16:13:38.935  1702  3697 W ActivityManager: getRunningAppProcesses: caller 10113 does "
                       "not hold REAL_GET_TASKS; limiting output"),
        QStringLiteral("03-17 16:13:38.928 I/StackScrollAlgorithm( 2227): updateClipping isOverlap:false"),
        QStringLiteral("W/ActivityManager( 1702): Bad activity token: android.os.BinderProxy@2bd79ce"),
    };
}

double AndroidLogcatFormat::matchLine(QByteArrayView line) const
{
    if (line.startsWith("--------- beginning of "))
        return 1.0;
    const auto parsed = readLogcat(line);
    if (!parsed)
        return 0.0;
    if (parsed->msOfDay < 0)
        return 0.8;
    // Without a written year any leap year will do: "02-29" is a date, "02-30" is not.
    return Rfc3339Time::validDate(parsed->year > 0 ? parsed->year : 2024, parsed->month, parsed->day) ? 1.0 : 0.0;
}

std::unique_ptr<LogParser> AndroidLogcatFormat::createParser(const LogParseContext& context) const
{
    return std::make_unique<AndroidLogcatParser>(context);
}

} // namespace debrief
