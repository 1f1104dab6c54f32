// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldsJsonWriter.h"
#include "LineLogParser.h"
#include "LogFormat.h"
#include "RecentString.h"

namespace debrief {

// Apache httpd's error log with its default ErrorLogFormat, both generations:
// 2.4 `[Sat Aug 10 19:00:01.123456 2024] [core:error] [pid 1234:tid 5678] [client 10.0.0.1:5555] AH00126: msg`
// and 2.2 `[Sat Aug 10 19:00:01 2024] [error] [client 1.2.3.4] msg`. Times are local without zone:
// the context's offset applies. Not for custom ErrorLogFormat layouts nor the access log.
class ApacheErrorFormat : public LogFormat
{
public:
    QString name() const override;
    QString description() const override;
    QStringList samples() const override;
    double matchLine(QByteArrayView line) const override;
    std::unique_ptr<LogParser> createParser(const LogParseContext& context) const override;
};

// Parses Apache error-log lines: the module is the service; the message is the text after the
// bracketed prefixes (AH code included); module, pid, tid, client, the AH code and a trailing
// ", referer: X" go to the fields.
class ApacheErrorParser : public LineLogParser
{
public:
    explicit ApacheErrorParser(const LogParseContext& context);

protected:
    std::optional<LogRecord> parseLine(QByteArrayView line) override;

private:
    LogParseContext m_context;
    FieldsJsonWriter m_fields;
    RecentString m_service;
};

} // namespace debrief
