// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowsCbsFormat.h"

#include "LineLogParser.h"
#include "Rfc3339Time.h"

#include <QCoreApplication>

namespace debrief {

namespace {

struct CbsLine
{
    qint64 at = 0;
    QByteArrayView timeText;
    LogLevel level = LogLevel::Info;
    QByteArrayView component;
    QByteArrayView message;
};

std::optional<LogLevel> levelOf(QByteArrayView word)
{
    if (word == "Info" || word == "Perf")
        return word == "Info" ? LogLevel::Info : LogLevel::Debug;
    if (word == "Warning")
        return LogLevel::Warning;
    if (word == "Error")
        return LogLevel::Error;
    return std::nullopt;
}

QByteArrayView wordAt(QByteArrayView line, qsizetype& pos)
{
    while (pos < line.size() && line[pos] == ' ')
        ++pos;
    const qsizetype start = pos;
    while (pos < line.size() && line[pos] != ' ')
        ++pos;
    return line.sliced(start, pos - start);
}

std::optional<CbsLine> readCbs(QByteArrayView line, int offsetSeconds)
{
    // "yyyy-mm-dd hh:mm:ss," exactly: the comma is what tells CBS from other timestamped logs.
    if (line.size() < 22 || line[19] != ',' || line[20] != ' ')
        return std::nullopt;
    const auto at = Rfc3339Time::parse(line.first(19), offsetSeconds);
    if (!at)
        return std::nullopt;
    qsizetype pos = 21;
    const auto level = levelOf(wordAt(line, pos));
    if (!level)
        return std::nullopt;
    CbsLine out;
    out.at = *at;
    out.timeText = line.first(19);
    out.level = *level;
    out.component = wordAt(line, pos);
    while (pos < line.size() && line[pos] == ' ')
        ++pos;
    out.message = line.sliced(pos);
    return out;
}

class WindowsCbsParser : public LineLogParser
{
public:
    explicit WindowsCbsParser(const LogParseContext& context)
        : LineLogParser(Continuations::Unparsable)
        , m_context(context)
    { }

protected:
    std::optional<LogRecord> parseLine(QByteArrayView line) override
    {
        const auto parsed = readCbs(line, m_context.defaultOffsetSeconds);
        if (!parsed)
            return std::nullopt;
        LogRecord record;
        record.at = parsed->at;
        record.timeText = QString::fromUtf8(parsed->timeText);
        record.level = parsed->level;
        record.service = QString::fromUtf8(parsed->component);
        record.message = QString::fromUtf8(parsed->message);
        return record;
    }

private:
    LogParseContext m_context;
};

} // namespace

QString WindowsCbsFormat::name() const
{
    return QStringLiteral("windows-cbs");
}

QString WindowsCbsFormat::description() const
{
    return QCoreApplication::translate("LogFormat",
                                       "Windows servicing logs (CBS.log, CSI, DPX): time, level (Info, Warning, "
                                       "Error), component, message");
}

QStringList WindowsCbsFormat::samples() const
{
    // From Loghub's Windows_2k.log.
    return {
        QStringLiteral("2016-09-28 04:30:30, Info                  CBS    Loaded Servicing Stack v6.1.7601.23505 with "
                       "Core: C:\\Windows\\winsxs\\amd64_microsoft-windows-servicingstack\\cbscore.dll"),
        QStringLiteral("2016-09-28 04:30:31, Info                  CSI    00000001@2016/9/27:20:30:31.455 "
                       "WcpInitialize (wcp.dll version 0.0.0.6) called (stack @0x7fed806eb5d)"),
    };
}

double WindowsCbsFormat::matchLine(QByteArrayView line) const
{
    return readCbs(line, 0) ? 1.0 : 0.0;
}

std::unique_ptr<LogParser> WindowsCbsFormat::createParser(const LogParseContext& context) const
{
    return std::make_unique<WindowsCbsParser>(context);
}

} // namespace debrief
