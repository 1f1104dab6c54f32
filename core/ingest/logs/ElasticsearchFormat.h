// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JsonAnswerFormat.h"

namespace debrief {

// The JSON answer of an Elasticsearch or OpenSearch _search request: {"took", "hits": {"total",
// "hits": [{"_index", "_id", "_source": {the document}}]}}. Each hit's document is read as a JSON
// log line (ECS's @timestamp, message, log.level, host.name, Beats' and Fluent Bit's keys), with its
// index and id kept in the fields. Not for scroll batches written one hit per line (JSON lines).
class ElasticsearchFormat : public JsonAnswerFormat
{
public:
    QString name() const override;
    QString description() const override;
    QStringList samples() const override;
    std::optional<double> matchDocument(QByteArrayView head) const override;
    std::unique_ptr<LogParser> createParser(const LogParseContext& context) const override;
};

} // namespace debrief
