// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogFormat.h"

namespace debrief {

// Log events exported as CSV by log platforms: Splunk (`_time`, `host`, `source`, `sourcetype`,
// `_raw`), Datadog's Log Explorer (`Date`, `Host`, `Service`, `Content` or `Message`, `Status`),
// Kibana's Discover (`@timestamp`, `host.name`, `message`) and any CSV whose header names a time and
// a message column. The header is no entry; each row is one (a quoted cell may span lines); the
// header's names say which cells are time, message, host, service and level, the other cells go into
// the fields. Scored on the file's head, as the header alone tells it from a CSV of metrics (whose
// columns are values, not a message). Not for CSV without a header.
class CsvLogFormat : public LogFormat
{
public:
    QString name() const override;
    QString description() const override;
    QStringList samples() const override;
    double matchLine(QByteArrayView) const override { return 0.0; } // the header decides, not a row
    std::optional<double> matchDocument(QByteArrayView head) const override;
    std::unique_ptr<LogParser> createParser(const LogParseContext& context) const override;
};

} // namespace debrief
