// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldsJsonWriter.h"
#include "LineLogParser.h"
#include "LogFormat.h"
#include "RecentString.h"

namespace debrief {

// nginx's error log: `2024/08/10 19:00:01 [error] 1234#1234: *5 message, client: 10.0.0.1, server: x,
// request: "GET / HTTP/1.1", upstream: "http://...", host: "..."`. The time is local and has no
// zone: the context's offset applies. Not for nginx's access log (NginxAccessFormat) nor for the
// "nginx: [emerg] ..." lines the binary prints on its terminal.
class NginxErrorFormat : public LogFormat
{
public:
    QString name() const override;
    QString description() const override;
    QStringList samples() const override;
    double matchLine(QByteArrayView line) const override;
    std::unique_ptr<LogParser> createParser(const LogParseContext& context) const override;
};

// Parses nginx error-log lines. The message is everything after "pid#tid: *connection " and keeps
// the ", client: ..." context so that a search finds the request; that context is also split into
// the fields (client, server, request, upstream, host, ...) with pid, tid and connection.
class NginxErrorParser : public LineLogParser
{
public:
    explicit NginxErrorParser(const LogParseContext& context);

protected:
    std::optional<LogRecord> parseLine(QByteArrayView line) override;

private:
    void writeContext(QByteArrayView message);

    LogParseContext m_context;
    FieldsJsonWriter m_fields;
    RecentString m_timeText;
};

} // namespace debrief
