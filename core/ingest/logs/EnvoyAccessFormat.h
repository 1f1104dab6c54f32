// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogFormat.h"

namespace debrief {

// Envoy's access log in its default format: `[START_TIME] "METHOD PATH PROTOCOL" CODE FLAGS ...
// BYTES_RECEIVED BYTES_SENT DURATION UPSTREAM_SERVICE_TIME "X-FORWARDED-FOR" "USER-AGENT"
// "X-REQUEST-ID" "AUTHORITY" "UPSTREAM_HOST"`, also as newer Envoy and Istio write it (response code
// details, termination details and the upstream failure reason after the flags; cluster and
// addresses at the end). The run of five quoted fields anchors the columns around it. The message
// is the request and the code, the host the client (X-Forwarded-For), the service the authority; the
// level follows the code (5xx, or no response with response flags: error; 4xx: warning). Not for
// JSON access logs (JSON lines reads those) nor for custom text formats.
class EnvoyAccessFormat : public LogFormat
{
public:
    QString name() const override;
    QString description() const override;
    QStringList samples() const override;
    double matchLine(QByteArrayView line) const override;
    std::unique_ptr<LogParser> createParser(const LogParseContext& context) const override;
};

} // namespace debrief
