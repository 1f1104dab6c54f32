// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricJson.h"

#include "JsonHead.h"

#include <QCoreApplication>
#include <QJsonParseError>
#include <limits>

namespace debrief {

std::optional<QJsonObject> MetricJson::parseObject(QByteArrayView bytes, MetricParseResult& result)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        fail(result,
             QCoreApplication::translate("MetricFormat", "not valid JSON: %1 (byte %2)")
                 .arg(error.errorString())
                 .arg(error.offset),
             lineAt(bytes, error.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        fail(result, QCoreApplication::translate("MetricFormat", "expected a JSON object at the top level"), 1);
        return std::nullopt;
    }
    return document.object();
}

int MetricJson::lineAt(QByteArrayView bytes, qsizetype offset)
{
    const qsizetype end = qBound(qsizetype(0), offset, bytes.size());
    return int(qMin<qsizetype>(bytes.first(end).count('\n') + 1, std::numeric_limits<int>::max()));
}

void MetricJson::fail(MetricParseResult& result, const QString& message, int line)
{
    result.ok = false;
    result.error = message;
    result.errorLine = line;
    result.series.clear();
}

bool MetricJson::startsWithObject(QByteArrayView head)
{
    return JsonHead::opening(head) == '{';
}

bool MetricJson::hasKey(QByteArrayView head, QByteArrayView key)
{
    return JsonHead::hasKey(head, key);
}

} // namespace debrief
