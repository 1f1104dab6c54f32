// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogFormat.h"

namespace debrief {

// Hadoop 0.x/1.x HDFS daemon logs as the Loghub HDFS data set and old clusters hold them:
// "081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block blk_3886 ...":
// compact yyMMdd HHmmss local time, thread id, level, the logging class, then the message. The class
// is the service, the thread id a field. Lines that do not start so continue the entry before them
// (Java stack traces). Hadoop 2+ writes log4j's ISO layout instead (see Log4jFormat).
class HdfsFormat : public LogFormat
{
public:
    QString name() const override;
    QString description() const override;
    QStringList samples() const override;
    double matchLine(QByteArrayView line) const override;
    std::unique_ptr<LogParser> createParser(const LogParseContext& context) const override;
};

} // namespace debrief
