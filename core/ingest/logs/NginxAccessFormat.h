// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogFormat.h"

namespace debrief {

// The "combined" access log that nginx writes by default and Apache ships as `combined`:
// `addr - user [10/Aug/2024:19:00:01 +0000] "GET /path HTTP/1.1" 200 612 "referer" "user agent"`,
// possibly followed by fields a configuration adds (request time, upstream). Detection wants the
// referer and user agent; lines without them are CommonLogFormat's, though this format's parser
// reads them too. Parsing is AccessLogParser's.
class NginxAccessFormat : public LogFormat
{
public:
    QString name() const override;
    QString description() const override;
    QStringList samples() const override;
    double matchLine(QByteArrayView line) const override;
    std::unique_ptr<LogParser> createParser(const LogParseContext& context) const override;
};

} // namespace debrief
