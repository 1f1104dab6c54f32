// SPDX-License-Identifier: GPL-3.0-or-later
#include "HdfsFormat.h"

#include "FieldsWriter.h"
#include "LevelWord.h"
#include "LineLogParser.h"
#include "LooseTimestamp.h"

#include <QCoreApplication>

namespace debrief {

namespace {

struct HdfsLine
{
    qint64 at = 0;
    QByteArrayView timeText;
    QByteArrayView thread;
    LogLevel level = LogLevel::Info;
    QByteArrayView component;
    QByteArrayView message;
};

std::optional<HdfsLine> readHdfs(QByteArrayView line, const LogParseContext& context)
{
    // "yymmdd hhmmss " exactly: 13 bytes of digits around one space.
    if (line.size() < 20 || line[6] != ' ' || line[13] != ' ')
        return std::nullopt;
    const auto time = LooseTimestamp::parsePrefix(line.first(13), context);
    if (!time || time->length != 13)
        return std::nullopt;
    HdfsLine out;
    out.at = time->utcMs;
    out.timeText = line.first(13);
    qsizetype pos = 14;
    const qsizetype threadStart = pos;
    while (pos < line.size() && line[pos] >= '0' && line[pos] <= '9')
        ++pos;
    if (pos == threadStart || pos >= line.size() || line[pos] != ' ')
        return std::nullopt;
    out.thread = line.sliced(threadStart, pos - threadStart);
    const qsizetype levelStart = ++pos;
    while (pos < line.size() && line[pos] != ' ')
        ++pos;
    const auto level = LevelWord::parse(line.sliced(levelStart, pos - levelStart));
    const qsizetype colon = line.indexOf(": ", pos);
    if (!level || colon < 0)
        return std::nullopt;
    out.level = *level;
    out.component = line.sliced(pos + 1, colon - pos - 1);
    out.message = line.sliced(colon + 2);
    return out;
}

class HdfsParser : public LineLogParser
{
public:
    explicit HdfsParser(const LogParseContext& context)
        : LineLogParser(Continuations::Unparsable)
        , m_context(context)
    { }

protected:
    std::optional<LogRecord> parseLine(QByteArrayView line) override
    {
        const auto parsed = readHdfs(line, m_context);
        if (!parsed)
            return std::nullopt;
        LogRecord record;
        record.at = parsed->at;
        record.timeText = QString::fromUtf8(parsed->timeText);
        record.level = parsed->level;
        record.service = QString::fromUtf8(parsed->component);
        record.message = QString::fromUtf8(parsed->message);
        m_fields.clear();
        m_fields.addString("thread", parsed->thread);
        record.fields = m_fields.finish();
        return record;
    }

private:
    LogParseContext m_context;
    FieldsWriter m_fields;
};

} // namespace

QString HdfsFormat::name() const
{
    return QStringLiteral("hdfs");
}

QString HdfsFormat::description() const
{
    return QCoreApplication::translate("LogFormat",
                                       "Hadoop 1.x HDFS daemon logs: yyMMdd HHmmss, thread, level, class: message");
}

QStringList HdfsFormat::samples() const
{
    // From Loghub's HDFS_2k.log.
    return {
        QStringLiteral("081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block "
                       "blk_38865049064139660 terminating"),
        QStringLiteral("081109 204005 35 INFO dfs.FSNamesystem: BLOCK* NameSystem.addStoredBlock: blockMap updated: "
                       "10.251.73.220:50010 is added to blk_7128370237687728475 size 67108864"),
    };
}

double HdfsFormat::matchLine(QByteArrayView line) const
{
    return readHdfs(line, LogParseContext {}) ? 1.0 : 0.0;
}

std::unique_ptr<LogParser> HdfsFormat::createParser(const LogParseContext& context) const
{
    return std::make_unique<HdfsParser>(context);
}

} // namespace debrief
