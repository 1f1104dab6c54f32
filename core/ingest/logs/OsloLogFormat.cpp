// SPDX-License-Identifier: GPL-3.0-or-later
#include "OsloLogFormat.h"

#include "FieldsWriter.h"
#include "LineLogParser.h"
#include "Rfc3339Time.h"

#include <QCoreApplication>

namespace debrief {

namespace {

struct OsloLine
{
    qint64 at = 0;
    QByteArrayView file;
    QByteArrayView timeText;
    QByteArrayView pid;
    LogLevel level = LogLevel::Info;
    QByteArrayView logger;
    QByteArrayView request;
    QByteArrayView message;
};

std::optional<LogLevel> levelOf(QByteArrayView word)
{
    if (word == "INFO" || word == "AUDIT")
        return LogLevel::Info;
    if (word == "DEBUG" || word == "TRACE")
        return word == "DEBUG" ? LogLevel::Debug : LogLevel::Trace;
    if (word == "WARNING")
        return LogLevel::Warning;
    if (word == "ERROR")
        return LogLevel::Error;
    if (word == "CRITICAL")
        return LogLevel::Critical;
    return std::nullopt;
}

QByteArrayView nextWord(QByteArrayView line, qsizetype& pos)
{
    const qsizetype start = pos;
    while (pos < line.size() && line[pos] != ' ')
        ++pos;
    const QByteArrayView word = line.sliced(start, pos - start);
    if (pos < line.size())
        ++pos;
    return word;
}

std::optional<OsloLine> readOslo(QByteArrayView line, int offsetSeconds)
{
    OsloLine out;
    qsizetype pos = 0;
    const qsizetype firstSpace = line.indexOf(' ');
    if (firstSpace > 0 && line.first(firstSpace).contains(".log")) {
        out.file = line.first(firstSpace);
        pos = firstSpace + 1;
    }
    // "yyyy-mm-dd hh:mm:ss.mmm" exactly (23 bytes), then the pid.
    if (line.size() < pos + 30 || line[pos + 19] != '.' || line[pos + 23] != ' ')
        return std::nullopt;
    const auto at = Rfc3339Time::parse(line.sliced(pos, 23), offsetSeconds);
    if (!at)
        return std::nullopt;
    out.at = *at;
    out.timeText = line.sliced(pos, 23);
    pos += 24;
    out.pid = nextWord(line, pos);
    for (const char c : out.pid) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    const auto level = levelOf(nextWord(line, pos));
    out.logger = nextWord(line, pos);
    if (out.pid.isEmpty() || !level || out.logger.isEmpty())
        return std::nullopt;
    out.level = *level;
    if (pos < line.size() && line[pos] == '[') {
        const qsizetype close = line.indexOf(']', pos);
        if (close > pos) {
            const QByteArrayView context = line.sliced(pos + 1, close - pos - 1);
            const qsizetype space = context.indexOf(' ');
            out.request = space < 0 ? context : context.first(space);
            pos = std::min(close + 2, line.size());
        }
    }
    out.message = line.sliced(pos);
    return out;
}

class OsloLogParser : public LineLogParser
{
public:
    explicit OsloLogParser(const LogParseContext& context)
        : LineLogParser(Continuations::Unparsable)
        , m_context(context)
    { }

protected:
    std::optional<LogRecord> parseLine(QByteArrayView line) override
    {
        const auto parsed = readOslo(line, m_context.defaultOffsetSeconds);
        if (!parsed)
            return std::nullopt;
        LogRecord record;
        record.at = parsed->at;
        record.timeText = QString::fromUtf8(parsed->timeText);
        record.level = parsed->level;
        record.service = QString::fromUtf8(parsed->logger);
        record.message = QString::fromUtf8(parsed->message);
        m_fields.clear();
        m_fields.addString("pid", parsed->pid);
        if (!parsed->request.isEmpty() && parsed->request != "-")
            m_fields.addString("request_id", parsed->request);
        if (!parsed->file.isEmpty())
            m_fields.addString("file", parsed->file);
        record.fields = m_fields.finish();
        return record;
    }

private:
    LogParseContext m_context;
    FieldsWriter m_fields;
};

} // namespace

QString OsloLogFormat::name() const
{
    return QStringLiteral("openstack");
}

QString OsloLogFormat::description() const
{
    return QCoreApplication::translate("LogFormat",
                                       "OpenStack services (oslo.log): time, pid, level, logger, [request context], "
                                       "message");
}

QStringList OsloLogFormat::samples() const
{
    // From Loghub's OpenStack_2k.log (with and without the concatenated file name).
    return {
        QStringLiteral("nova-api.log.1.2017-05-16_13:53:08 2017-05-16 00:00:00.008 25746 INFO "
                       "nova.osapi_compute.wsgi.server [req-38101a0b-2096-447d-96ea-a692162415ae "
                       "113d3a99c3da401fbd62cc2caa5b96d2 54fadb412c4e40cdbaed9335e4c35a9e - - -] 10.11.10.1 "
                       "\"GET /v2/54fadb412c4e40cdbaed9335e4c35a9e/servers/detail HTTP/1.1\" status: 200 len: 1893 "
                       "time: 0.2477829"),
        QStringLiteral("2017-05-16 00:00:04.500 2931 INFO nova.compute.manager [-] [instance: "
                       "b9000564-fe1a-409b-b8cc-1e88b294cd1d] VM Started (Lifecycle Event)"),
    };
}

double OsloLogFormat::matchLine(QByteArrayView line) const
{
    return readOslo(line, 0) ? 1.0 : 0.0;
}

std::unique_ptr<LogParser> OsloLogFormat::createParser(const LogParseContext& context) const
{
    return std::make_unique<OsloLogParser>(context);
}

} // namespace debrief
