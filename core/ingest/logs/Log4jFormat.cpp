// SPDX-License-Identifier: GPL-3.0-or-later
#include "Log4jFormat.h"

#include "FieldsWriter.h"
#include "LineLogParser.h"
#include "Log4jLine.h"
#include "StackTraceLine.h"

#include <QCoreApplication>

namespace debrief {

namespace {

class Log4jParser : public LineLogParser
{
public:
    explicit Log4jParser(const LogParseContext& context)
        : LineLogParser(Continuations::Unparsable)
        , m_context(context)
    { }

protected:
    std::optional<LogRecord> parseLine(QByteArrayView line) override
    {
        const auto parsed = Log4jLine::read(line, m_context.defaultOffsetSeconds);
        // A detail line is "not an entry", so LineLogParser appends it to the one before.
        if (!parsed || parsed->detail)
            return std::nullopt;
        LogRecord record;
        record.at = parsed->at;
        record.timeText = QString::fromUtf8(parsed->timeText);
        record.level = parsed->level;
        record.service = QString::fromUtf8(parsed->logger);
        record.message = QString::fromUtf8(parsed->message);
        m_fields.clear();
        if (!parsed->thread.isEmpty())
            m_fields.addString("thread", parsed->thread);
        if (!parsed->context.isEmpty())
            m_fields.addString("context", parsed->context);
        if (!parsed->pid.isEmpty())
            m_fields.addString("pid", parsed->pid);
        record.fields = m_fields.finish();
        return record;
    }

private:
    LogParseContext m_context;
    FieldsWriter m_fields;
};

} // namespace

QString Log4jFormat::name() const
{
    return QStringLiteral("log4j");
}

QString Log4jFormat::description() const
{
    return QCoreApplication::translate("LogFormat",
                                       "Application logs (log4j, logback, Spring Boot, Python logging, "
                                       "PostgreSQL): time, level, thread, logger, message; stack traces joined");
}

QStringList Log4jFormat::samples() const
{
    return {
        QStringLiteral("2024-08-10 19:00:01,123 ERROR [pool-2-thread-1] com.example.db.Pool - Connection pool "
                       "exhausted"),
        QStringLiteral("2024-08-10 19:00:01.456 [main] WARN  c.e.auth.TokenService - token cache miss rate 40%"),
        QStringLiteral("2024-08-10 19:00:02,789 - auth.pool - ERROR - request failed"),
        QStringLiteral(
            "2024-08-10T19:00:03.001+02:00  INFO 4711 --- [           main] o.s.b.w.e.tomcat.TomcatWebServer "
            "        : Tomcat started on port 8080 (http)"),
    };
}

double Log4jFormat::matchLine(QByteArrayView line) const
{
    const auto parsed = Log4jLine::read(line, 0);
    if (!parsed) {
        // Java's own trace lines are likelier log4j's than another language's frames are.
        if (Log4jLine::looksLikeContinuation(line))
            return 0.5;
        return StackTraceLine::looksLike(line) ? 0.3 : 0.0;
    }
    if (parsed->detail)
        return 0.5;
    // Thread or logger: the layouts this format is for; a bare level word is likelier generic.
    return parsed->thread.isEmpty() && parsed->logger.isEmpty() ? 0.6 : 0.9;
}

std::unique_ptr<LogParser> Log4jFormat::createParser(const LogParseContext& context) const
{
    return std::make_unique<Log4jParser>(context);
}

} // namespace debrief
