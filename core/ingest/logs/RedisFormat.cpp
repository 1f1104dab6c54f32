// SPDX-License-Identifier: GPL-3.0-or-later
#include "RedisFormat.h"

#include "FieldsWriter.h"
#include "LineLogParser.h"
#include "LooseTimestamp.h"

#include <QCoreApplication>

namespace debrief {

namespace {

struct RedisLine
{
    QByteArrayView pid;
    char role = 0; // 0 before Redis 3.0
    QByteArrayView timeText;
    qint64 at = 0;
    LogLevel level = LogLevel::Info;
    QByteArrayView message;
};

bool isDigits(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 10)
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

std::optional<LogLevel> levelOfMark(char mark)
{
    switch (mark) {
    case '.':
        return LogLevel::Debug;
    case '-':
        return LogLevel::Trace; // "verbose": below notice, above debug
    case '*':
        return LogLevel::Notice;
    case '#':
        return LogLevel::Warning;
    default:
        return std::nullopt;
    }
}

// "1:M " or "[4242] ": the process and its role, and where the time starts.
bool readPrefix(QByteArrayView line, RedisLine& parts, qsizetype& pos)
{
    if (line.startsWith('[')) {
        const qsizetype close = line.indexOf("] ");
        if (close < 0 || !isDigits(line.sliced(1, close - 1)))
            return false;
        parts.pid = line.sliced(1, close - 1);
        pos = close + 2;
        return true;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon < 1 || colon + 3 > line.size() || !isDigits(line.first(colon)) || line[colon + 2] != ' '
        || !QByteArrayView("XCSM").contains(line[colon + 1]))
        return false;
    parts.pid = line.first(colon);
    parts.role = line[colon + 1];
    pos = colon + 3;
    return true;
}

// "1:signal-handler (1714024483) Received SIGTERM scheduling shutdown...": a signal handler may not
// format a date, so Redis writes epoch seconds there (at warning level).
std::optional<RedisLine> scanSignalHandler(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(":signal-handler (");
    if (colon < 1 || !isDigits(line.first(colon)))
        return std::nullopt;
    const qsizetype open = colon + 17;
    const qsizetype close = line.indexOf(") ", open);
    if (close < 0 || !isDigits(line.sliced(open, close - open)))
        return std::nullopt;
    RedisLine parts;
    parts.pid = line.first(colon);
    parts.timeText = line.sliced(open, close - open);
    parts.at = parts.timeText.toLongLong() * 1000;
    parts.level = LogLevel::Warning;
    parts.message = line.sliced(close + 2);
    return parts;
}

// "25 Apr 2024 05:32:35.018"; before Redis 3.0 "25 Apr 05:32:35.018", read in the context's year.
std::optional<LooseTimestamp::Parsed> readTime(QByteArrayView text, const LogParseContext& context)
{
    if (const auto time = LooseTimestamp::parsePrefix(text, context))
        return time;
    const qsizetype dayLength = text.size() > 1 && text[1] >= '0' && text[1] <= '9' ? 2 : 1;
    if (text.size() < dayLength + 13 || text[dayLength] != ' ' || text[dayLength + 4] != ' '
        || LooseTimestamp::monthFromName(text.sliced(dayLength + 1, 3)) == 0)
        return std::nullopt;
    const QByteArray withYear = text.first(dayLength + 5).toByteArray()
        + QByteArray::number(context.defaultYear).rightJustified(4, '0') + ' '
        + text.sliced(dayLength + 5).toByteArray();
    auto time = LooseTimestamp::parsePrefix(withYear, context);
    if (!time || time->length < dayLength + 10)
        return std::nullopt;
    time->length -= 5;
    return time;
}

std::optional<RedisLine> scan(QByteArrayView line, const LogParseContext& context)
{
    RedisLine parts;
    qsizetype pos = 0;
    if (!readPrefix(line, parts, pos))
        return scanSignalHandler(line);
    const auto time = readTime(line.sliced(pos), context);
    // "25 Apr 2024 05:32:35.018": a day first, as Redis writes it (not an ISO date some other log has).
    if (!time || line[pos] < '0' || line[pos] > '9' || line.indexOf('-', pos) == pos + 4)
        return std::nullopt;
    const qsizetype mark = pos + time->length + 1;
    if (mark + 1 >= line.size() || line[mark - 1] != ' ' || line[mark + 1] != ' ' || !levelOfMark(line[mark]))
        return std::nullopt;
    parts.timeText = line.sliced(pos, time->length);
    parts.at = time->utcMs;
    parts.level = *levelOfMark(line[mark]);
    parts.message = line.sliced(mark + 2);
    return parts;
}

const char* roleName(char role)
{
    switch (role) {
    case 'X':
        return "sentinel";
    case 'C':
        return "child";
    case 'S':
        return "replica";
    default:
        return "master";
    }
}

// Continuations: none; Redis writes one line per message (its crash report's lines are each stamped).
class RedisParser : public LineLogParser
{
public:
    explicit RedisParser(const LogParseContext& context)
        : LineLogParser(Continuations::None)
        , m_context(context)
    { }

protected:
    std::optional<LogRecord> parseLine(QByteArrayView line) override
    {
        const auto parts = scan(line, m_context);
        if (!parts)
            return std::nullopt;
        LogRecord record;
        record.at = parts->at;
        record.timeText = QString::fromUtf8(parts->timeText);
        record.level = parts->level;
        record.service = QStringLiteral("redis");
        record.message = QString::fromUtf8(parts->message);
        m_fields.clear();
        m_fields.addString("pid", parts->pid);
        if (parts->role)
            m_fields.addString("role", roleName(parts->role));
        record.fields = m_fields.finish();
        return record;
    }

private:
    LogParseContext m_context;
    FieldsWriter m_fields;
};

} // namespace

QString RedisFormat::name() const
{
    return QStringLiteral("redis");
}

QString RedisFormat::description() const
{
    return QCoreApplication::translate("LogFormat",
                                       "Redis server and Sentinel log: pid:role, time, level mark (. - * #), message");
}

QStringList RedisFormat::samples() const
{
    // From the real corpus (06, Redis 7.2 in docker compose).
    return {
        QStringLiteral("1:C 25 Apr 2024 05:32:35.018 # Warning: no config file specified, using the default config."),
        QStringLiteral("1:M 25 Apr 2024 05:32:35.019 * Running mode=standalone, port=6379."),
    };
}

double RedisFormat::matchLine(QByteArrayView line) const
{
    LogParseContext context;
    context.defaultYear = 2024; // any year: a score needs no right year
    return scan(line, context) ? 1.0 : 0.0;
}

std::unique_ptr<LogParser> RedisFormat::createParser(const LogParseContext& context) const
{
    return std::make_unique<RedisParser>(context);
}

} // namespace debrief
