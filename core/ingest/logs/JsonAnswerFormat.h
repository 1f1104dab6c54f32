// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JsonAnswerParser.h"
#include "LogFormat.h"

namespace debrief {

// What the formats of log platforms' JSON answers share (CloudWatch Logs, Loki, Elasticsearch,
// Cloud Logging): a whole document, scored on the file's head rather than line by line, read whole
// up to JsonAnswerParser::kMaxDocumentBytes even when it is written on one line.
class JsonAnswerFormat : public LogFormat
{
public:
    double matchLine(QByteArrayView) const override { return 0.0; }
    qsizetype wholeFileBytes() const override { return JsonAnswerParser::kMaxDocumentBytes; }
};

} // namespace debrief
