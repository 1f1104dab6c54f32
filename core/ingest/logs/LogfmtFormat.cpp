// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogfmtFormat.h"

#include "LineLogParser.h"
#include "LogfmtReader.h"

#include <QCoreApplication>

namespace debrief {

namespace {

class LogfmtParser : public LineLogParser
{
public:
    // Indented lines continue an entry: a Go panic's goroutine dump follows its last log line.
    explicit LogfmtParser(const LogParseContext& context)
        : LineLogParser(Continuations::Indented)
        , m_reader(context)
    { }

protected:
    std::optional<LogRecord> parseLine(QByteArrayView line) override
    {
        if (LogfmtReader::score(line) <= 0.0)
            return std::nullopt;
        LogRecord record;
        if (!m_reader.read(line, record))
            return std::nullopt;
        return record;
    }

private:
    LogfmtReader m_reader;
};

} // namespace

QString LogfmtFormat::name() const
{
    return QStringLiteral("logfmt");
}

QString LogfmtFormat::description() const
{
    return QCoreApplication::translate("LogFormat", "logfmt: key=value pairs with time, level and msg");
}

QStringList LogfmtFormat::samples() const
{
    return {
        QStringLiteral(R"(time=2024-08-10T19:00:01.123Z level=error msg="pool exhausted" service=auth in_use=20)"),
        QStringLiteral(
            R"(ts=2024-08-10T19:00:02.512+02:00 caller=main.go:88 level=warn msg="retrying \"db-1\"" attempt=3)"),
        QStringLiteral(R"(t=2024-08-10T19:00:03Z lvl=info msg="request served" path=/healthz status=200 cached)"),
    };
}

double LogfmtFormat::matchLine(QByteArrayView line) const
{
    return LogfmtReader::score(line);
}

std::unique_ptr<LogParser> LogfmtFormat::createParser(const LogParseContext& context) const
{
    return std::make_unique<LogfmtParser>(context);
}

} // namespace debrief
