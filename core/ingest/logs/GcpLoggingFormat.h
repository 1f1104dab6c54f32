// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JsonAnswerFormat.h"

namespace debrief {

// Google Cloud Logging entries as `gcloud logging read --format=json` writes them: a JSON array of
// LogEntry objects ({"timestamp", "severity", "textPayload" | "jsonPayload" | "protoPayload",
// "resource": {"type", "labels"}, "logName", "insertId", "labels"}). The payload is the message
// (a JSON payload's own keys read as a JSON log line's), the resource's labels name host and service.
// Not for entries one per line (a log sink's export: JSON lines reads those).
class GcpLoggingFormat : public JsonAnswerFormat
{
public:
    QString name() const override;
    QString description() const override;
    QStringList samples() const override;
    std::optional<double> matchDocument(QByteArrayView head) const override;
    std::unique_ptr<LogParser> createParser(const LogParseContext& context) const override;
};

} // namespace debrief
