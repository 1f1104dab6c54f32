// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JsonAnswerFormat.h"

namespace debrief {

// The JSON answer of Grafana Loki's query_range and query API for a log query: {"status", "data":
// {"resultType": "streams", "result": [{"stream": {labels}, "values": [["<epoch ns>", "<line>"]]}]}}.
// Each value is an entry with its stream's labels (level, host, service from Promtail's and Alloy's
// label names, the rest in the fields), as logcli --output=jsonl writes it (JSON lines reads that).
// Not for metric queries ("matrix", "vector": metrics/PrometheusJsonFormat).
class LokiFormat : public JsonAnswerFormat
{
public:
    QString name() const override;
    QString description() const override;
    QStringList samples() const override;
    std::optional<double> matchDocument(QByteArrayView head) const override;
    std::unique_ptr<LogParser> createParser(const LogParseContext& context) const override;
};

} // namespace debrief
