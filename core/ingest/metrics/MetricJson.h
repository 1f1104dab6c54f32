// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MetricFormat.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <optional>

namespace debrief {

// What the JSON metric formats (Prometheus API, CloudWatch, Datadog) share: reading the whole
// document with a syntax error reported at its line, failing a result, and scoring a file head
// by the keys that tell these APIs apart. Not a streaming reader: metrics answers are megabytes,
// and QJsonDocument reads them in linear time.
class MetricJson
{
public:
    // The top-level object of `bytes`, or nullopt with result.error/errorLine set.
    static std::optional<QJsonObject> parseObject(QByteArrayView bytes, MetricParseResult& result);
    // 1-based line of a byte offset.
    static int lineAt(QByteArrayView bytes, qsizetype offset);
    // Sets ok = false with a message and a line (0: the whole document).
    static void fail(MetricParseResult& result, const QString& message, int line = 0);
    // True when the first non-blank character of `head` (after a UTF-8 BOM) is '{'.
    static bool startsWithObject(QByteArrayView head);
    // True when `head` holds "key" followed by optional blanks and ':' (a key, not a value).
    static bool hasKey(QByteArrayView head, QByteArrayView key);
};

} // namespace debrief
