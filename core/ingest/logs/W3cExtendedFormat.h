// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogFormat.h"

namespace debrief {

// The W3C Extended Log File Format as IIS (and some proxies and CDNs) write it: "#Software:",
// "#Version:", "#Date:" and "#Fields: date time s-ip cs-method ..." directives, then one request per
// line with the fields separated by spaces (spaces inside a value are written as '+'); also Amazon
// CloudFront's standard logs, whose values are separated by tabs (edge location as host, the host
// header as service). The
// "#Fields:" line names the columns of the lines after it and may change within a file; directives
// are kept raw but are no entries. Times are UTC, as the W3C draft specifies for "date" and "time".
// The status (sc-status) sets the level: 5xx error, 4xx warning.
class W3cExtendedFormat : public LogFormat
{
public:
    QString name() const override;
    QString description() const override;
    QStringList samples() const override;
    double matchLine(QByteArrayView line) const override;
    std::unique_ptr<LogParser> createParser(const LogParseContext& context) const override;
};

} // namespace debrief
