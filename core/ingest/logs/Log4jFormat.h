// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogFormat.h"

namespace debrief {

// Application logs from log4j, logback, Spring Boot, Python logging and PostgreSQL's stderr
// log: a timestamp, a level word, maybe [thread] and a logger, then the message; stack traces
// and tracebacks that follow are joined to their entry, and PostgreSQL's DETAIL/STATEMENT lines
// to the error they explain. Log4jLine reads the header. Not for lines without a level word
// (generic) nor for syslog's "Aug 10 ..." timestamps.
class Log4jFormat : public LogFormat
{
public:
    QString name() const override;
    QString description() const override;
    QStringList samples() const override;
    double matchLine(QByteArrayView line) const override;
    std::unique_ptr<LogParser> createParser(const LogParseContext& context) const override;
};

} // namespace debrief
