// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogFormat.h"

namespace debrief {

// logfmt, as Heroku, Go kit, logrus' TextFormatter, Grafana Loki and Prometheus write it:
// `time=... level=warn msg="quoted \" value" key=value`. LogfmtReader does the reading. Not for
// lines that start with a timestamp and carry a few key=value pairs in their message (those
// are log4j or generic lines).
class LogfmtFormat : public LogFormat
{
public:
    QString name() const override;
    QString description() const override;
    QStringList samples() const override;
    double matchLine(QByteArrayView line) const override;
    std::unique_ptr<LogParser> createParser(const LogParseContext& context) const override;
};

} // namespace debrief
