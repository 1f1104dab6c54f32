// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogFormat.h"

namespace debrief {

// The MySQL / MariaDB server error log in its three generations: "091121 13:17:58 [Note] msg" and
// "091121 13:17:58InnoDB: msg" (5.1-5.6, yymmdd, the hour padded with a space, the text sometimes
// glued to the time), "2019-05-08T09:22:33.123456Z 0 [Note] msg" (5.7) and
// "2020-01-01T00:00:00.123456Z 0 [System] [MY-010116] [Server] msg" (8.0). The bracketed label is
// the level (Note, Warning, ERROR, System); the thread id, error code and subsystem go into fields.
// Continuations: every line without the time (InnoDB's monitor output and semaphore-wait reports,
// stack dumps) continues the entry before it.
class MysqlErrorFormat : public LogFormat
{
public:
    QString name() const override;
    QString description() const override;
    QStringList samples() const override;
    double matchLine(QByteArrayView line) const override;
    std::unique_ptr<LogParser> createParser(const LogParseContext& context) const override;
};

} // namespace debrief
