// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogFormat.h"

namespace debrief {

// OpenStack services' logs (oslo.log's default format, nova, neutron, cinder, keystone, ...):
// "2017-05-16 00:00:00.008 25746 INFO nova.osapi_compute.wsgi.server [req-38101a0b-... user project
// - - -] 10.11.10.1 "GET /v2/... HTTP/1.1" status: 200 len: 1893 time: 0.2477829": local time with
// milliseconds, pid, level (DEBUG, INFO, AUDIT, WARNING, ERROR, CRITICAL, TRACE), logger, the
// request context in brackets, then the message. The request id goes into fields. A first token that
// names a log file ("nova-api.log.1.2017-05-16_13:53:08 ...", as concatenated or grep'ed logs carry
// it) is kept as the "file" field. Lines that do not start so continue the entry before them.
class OsloLogFormat : public LogFormat
{
public:
    QString name() const override;
    QString description() const override;
    QStringList samples() const override;
    double matchLine(QByteArrayView line) const override;
    std::unique_ptr<LogParser> createParser(const LogParseContext& context) const override;
};

} // namespace debrief
