// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JsonAnswerFormat.h"

namespace debrief {

// The JSON answer of AWS CloudWatch Logs' FilterLogEvents and GetLogEvents (`aws logs
// filter-log-events` / `get-log-events`, pretty-printed by the CLI): {"events": [{"timestamp" (epoch
// ms), "message", "logStreamName", "ingestionTime", "eventId"}], "nextToken"...}. The log stream is
// the entry's host (the instance, container or Lambda instance that wrote it), the level a level word
// at the start of the message. Not for CloudWatch metrics (metrics/CloudWatchFormat) nor for the
// events one per line (JSON lines reads those).
class CloudWatchLogsFormat : public JsonAnswerFormat
{
public:
    QString name() const override;
    QString description() const override;
    QStringList samples() const override;
    std::optional<double> matchDocument(QByteArrayView head) const override;
    std::unique_ptr<LogParser> createParser(const LogParseContext& context) const override;
};

} // namespace debrief
