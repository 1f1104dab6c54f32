// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogFormat.h"

namespace debrief {

// The MySQL / MariaDB / Percona slow query log: one entry per query, a block of "# Time:",
// "# User@Host:", "# Query_time: ... Lock_time: ... Rows_sent: ... Rows_examined: ..." comment lines,
// "use db;" and "SET timestamp=N;", then the statement over one or more lines. An entry starts at
// "# Time:" (ISO 8601 in 5.7+, "yymmdd hh:mm:ss" before), or at "# User@Host:" when the entry before
// already has one (MySQL writes "# Time:" only when the second changes). The statement is the
// message, the header values go into fields; the server's start-up banner ("... started with:",
// "Tcp port: ...", "Time  Id Command  Argument") is no entry.
class MysqlSlowFormat : public LogFormat
{
public:
    QString name() const override;
    QString description() const override;
    QStringList samples() const override;
    double matchLine(QByteArrayView line) const override;
    std::unique_ptr<LogParser> createParser(const LogParseContext& context) const override;
};

} // namespace debrief
