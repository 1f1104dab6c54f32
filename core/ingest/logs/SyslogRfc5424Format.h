// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldsJsonWriter.h"
#include "LineLogParser.h"
#include "LogFormat.h"
#include "RecentString.h"

namespace debrief {

// The syslog protocol of RFC 5424 as files hold it (rsyslog's RSYSLOG_SyslogProtocol23Format,
// journald and most agents forwarding to a collector):
// "<PRI>1 TIMESTAMP HOST APP PROCID MSGID [SD-ID param="value"]... MSG". Timestamps carry their zone,
// so no context is needed. Not for the BSD layout without version and structured data: that is
// SyslogRfc3164Format.
class SyslogRfc5424Format : public LogFormat
{
public:
    QString name() const override;
    QString description() const override;
    QStringList samples() const override;
    double matchLine(QByteArrayView line) const override;
    std::unique_ptr<LogParser> createParser(const LogParseContext& context) const override;
};

// Parses RFC 5424 lines into records: APP-NAME is the service, HOSTNAME the host, the severity the
// level. The structured data becomes the fields as {"sd-id":{"param":"value"}} with the escapes of
// section 6.3.3 undone, next to "facility", "procid" and "msgid" (no registered SD-ID has those
// names). The UTF-8 BOM that marks a Unicode MSG is dropped, and so are the spaces rsyslog leaves in
// front of messages it received as RFC 3164.
class SyslogRfc5424Parser : public LineLogParser
{
public:
    SyslogRfc5424Parser();

protected:
    std::optional<LogRecord> parseLine(QByteArrayView line) override;

private:
    FieldsJsonWriter m_fields;
    RecentString m_timeText;
    RecentString m_host;
    RecentString m_service;
};

} // namespace debrief
