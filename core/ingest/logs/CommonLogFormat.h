// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogFormat.h"

namespace debrief {

// The Common Log Format (NCSA, Apache's `common`): `addr ident user [10/Aug/2024:19:00:01 +0000]
// "GET /path HTTP/1.0" 200 612`, without the referer and user agent of the combined format, which
// NginxAccessFormat detects. Parsing is AccessLogParser's.
class CommonLogFormat : public LogFormat
{
public:
    QString name() const override;
    QString description() const override;
    QStringList samples() const override;
    double matchLine(QByteArrayView line) const override;
    std::unique_ptr<LogParser> createParser(const LogParseContext& context) const override;
};

} // namespace debrief
