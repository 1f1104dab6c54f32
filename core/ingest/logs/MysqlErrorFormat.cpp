// SPDX-License-Identifier: GPL-3.0-or-later
#include "MysqlErrorFormat.h"

#include "FieldsWriter.h"
#include "LevelWord.h"
#include "LineLogParser.h"
#include "LooseTimestamp.h"
#include "Rfc3339Time.h"

#include <QCoreApplication>

namespace debrief {

namespace {

struct MysqlLine
{
    qint64 at = 0;
    QByteArrayView timeText;
    QByteArrayView thread;
    LogLevel level = LogLevel::Info;
    QByteArrayView code; // "MY-010116"
    QByteArrayView subsystem; // "Server", "InnoDB"
    QByteArrayView message;
};

// "[Label] " at the start of `text`: the label, and `text` advanced past it.
QByteArrayView bracketed(QByteArrayView& text)
{
    if (!text.startsWith('['))
        return {};
    const qsizetype close = text.indexOf(']');
    if (close < 2)
        return {};
    const QByteArrayView label = text.sliced(1, close - 1);
    text = text.sliced(close + 1);
    if (text.startsWith(' '))
        text = text.sliced(1);
    return label;
}

// "yymmdd hh:mm:ss" with the hour padded by a space in older servers ("091121  3:17:58").
std::optional<qint64> oldStamp(QByteArrayView line, qsizetype& length, int offsetSeconds)
{
    if (line.size() < 15 || line[6] != ' ')
        return std::nullopt;
    QByteArray stamp = line.first(15).toByteArray();
    if (stamp[7] == ' ')
        stamp[7] = '0';
    LogParseContext context;
    context.defaultOffsetSeconds = offsetSeconds;
    const auto parsed = LooseTimestamp::parsePrefix(stamp, context);
    if (!parsed || parsed->length != 15)
        return std::nullopt;
    length = 15;
    return parsed->utcMs;
}

std::optional<MysqlLine> readMysql(QByteArrayView line, int offsetSeconds)
{
    MysqlLine out;
    qsizetype length = 0;
    if (line.size() > 20 && line[4] == '-' && line[10] == 'T') {
        const auto iso = Rfc3339Time::parsePrefix(line, offsetSeconds);
        if (!iso || iso->length >= line.size() || line[iso->length] != ' ')
            return std::nullopt;
        out.at = iso->utcMs;
        length = iso->length;
        // 5.7 and 8.0 write the thread id after the time.
        qsizetype pos = length + 1;
        const qsizetype start = pos;
        while (pos < line.size() && line[pos] >= '0' && line[pos] <= '9')
            ++pos;
        if (pos == start || pos >= line.size() || line[pos] != ' ')
            return std::nullopt;
        out.thread = line.sliced(start, pos - start);
        out.message = line.sliced(pos + 1);
    } else if (const auto at = oldStamp(line, length, offsetSeconds)) {
        out.at = *at;
        out.message = line.sliced(length);
        if (out.message.startsWith(' '))
            out.message = out.message.sliced(1);
    } else {
        return std::nullopt;
    }
    out.timeText = line.first(length);
    QByteArrayView rest = out.message;
    if (const QByteArrayView label = bracketed(rest); !label.isEmpty()) {
        out.level = label == "System" ? LogLevel::Notice : LevelWord::parse(label).value_or(LogLevel::Info);
        if (rest.startsWith("[MY-"))
            out.code = bracketed(rest);
        if (rest.startsWith('['))
            out.subsystem = bracketed(rest);
        out.message = rest;
    } else if (out.message.startsWith("InnoDB: ")) {
        out.subsystem = out.message.first(6);
        out.message = out.message.sliced(8);
        if (out.message.startsWith("Warning") || out.message.startsWith("WARNING"))
            out.level = LogLevel::Warning;
        else if (out.message.startsWith("Error") || out.message.startsWith("ERROR"))
            out.level = LogLevel::Error;
    }
    return out;
}

// What InnoDB writes without a time between stamped lines: its own messages and the monitor's
// report. Detection counts them as this format's; the parser joins them to the entry before.
bool isInnodbReport(QByteArrayView line)
{
    static constexpr const char* kStarts[] = {
        "InnoDB: ",       "--Thread ",        "S-lock on ",         "X-lock on ",     "SX-lock on ",
        "Mutex at ",      "a writer (thread", "number of readers ", "Last time read", "Last time write",
        "waiters flag ",  "###### ",          "Pending preads ",    "=====",          "-----",
        "OS WAIT ARRAY",  "Per second avg",   "Version: '",         "mysqld: ",       "Status information:",
    };
    for (const char* start : kStarts) {
        if (line.startsWith(start))
            return true;
    }
    return false;
}

class MysqlErrorParser : public LineLogParser
{
public:
    explicit MysqlErrorParser(const LogParseContext& context)
        : LineLogParser(Continuations::Unparsable)
        , m_context(context)
    { }

protected:
    std::optional<LogRecord> parseLine(QByteArrayView line) override
    {
        const auto parsed = readMysql(line, m_context.defaultOffsetSeconds);
        if (!parsed)
            return std::nullopt;
        LogRecord record;
        record.at = parsed->at;
        record.timeText = QString::fromUtf8(parsed->timeText);
        record.level = parsed->level;
        record.service = parsed->subsystem.isEmpty() ? QStringLiteral("mysqld") : QString::fromUtf8(parsed->subsystem);
        record.message = QString::fromUtf8(parsed->message);
        m_fields.clear();
        if (!parsed->thread.isEmpty())
            m_fields.addString("thread", parsed->thread);
        if (!parsed->code.isEmpty())
            m_fields.addString("code", parsed->code);
        record.fields = m_fields.finish();
        return record;
    }

private:
    LogParseContext m_context;
    FieldsWriter m_fields;
};

} // namespace

QString MysqlErrorFormat::name() const
{
    return QStringLiteral("mysql-error");
}

QString MysqlErrorFormat::description() const
{
    return QCoreApplication::translate("LogFormat",
                                       "MySQL and MariaDB error logs (5.1 to 8.0): time, thread, [level], "
                                       "[code] [subsystem], message; InnoDB reports joined");
}

QStringList MysqlErrorFormat::samples() const
{
    return {
        // From the real corpus (11, percona-toolkit's errlog007).
        QStringLiteral("091121 13:17:58InnoDB: Warning: cannot find a free slot for an undo log. Do you have too"),
        // MySQL 8.0's documented layout (dev.mysql.com, "The Error Log").
        QStringLiteral("2020-08-06T14:25:02.835618Z 0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld "
                       "8.0.21) starting as process 1"),
        QStringLiteral("2019-05-08T09:22:33.123456Z 0 [Warning] TIMESTAMP with implicit DEFAULT value is deprecated."),
    };
}

double MysqlErrorFormat::matchLine(QByteArrayView line) const
{
    if (const auto parsed = readMysql(line, 0))
        return parsed->subsystem.isEmpty() && !parsed->message.startsWith('[') && parsed->thread.isEmpty()
                   && parsed->level == LogLevel::Info
            ? 0.6
            : 0.95;
    return isInnodbReport(line) ? 0.6 : 0.0;
}

std::unique_ptr<LogParser> MysqlErrorFormat::createParser(const LogParseContext& context) const
{
    return std::make_unique<MysqlErrorParser>(context);
}

} // namespace debrief
