// SPDX-License-Identifier: GPL-3.0-or-later
#include "CloudWatchLogsFormat.h"

#include "JsonAnswerParser.h"
#include "JsonHead.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace debrief {

namespace {

class CloudWatchLogsParser : public JsonAnswerParser
{
public:
    using JsonAnswerParser::JsonAnswerParser;

protected:
    bool readAnswer(const QJsonDocument& document, QVector<LogRecord>& out) override
    {
        const QJsonValue events = document.object().value(u"events");
        if (!document.isObject() || !events.isArray())
            return false;
        qsizetype index = 0;
        for (const QJsonValue& value : events.toArray()) {
            const QJsonObject event = value.toObject();
            LogRecord record = recordOf(event, true);
            if (record.host.isEmpty())
                record.host = event.value(u"logStreamName").toString();
            record.line = lineOf({QByteArrayLiteral("events")}, index++);
            out.append(std::move(record));
        }
        return true;
    }
};

} // namespace

QString CloudWatchLogsFormat::name() const
{
    return QStringLiteral("cloudwatch-logs");
}

QString CloudWatchLogsFormat::description() const
{
    return QCoreApplication::translate("LogFormat",
                                       "AWS CloudWatch Logs: the JSON answer of aws logs filter-log-events or "
                                       "get-log-events (events with timestamp, message and log stream)");
}

QStringList CloudWatchLogsFormat::samples() const
{
    return {QStringLiteral(R"({"events":[{"logStreamName":"2024/08/10/[$LATEST]3f2a","timestamp":1723316401123,)"
                           R"("message":"[ERROR] connection pool exhausted","ingestionTime":1723316402000,)"
                           R"("eventId":"3826"}],"searchedLogStreams":[]})")};
}

std::optional<double> CloudWatchLogsFormat::matchDocument(QByteArrayView head) const
{
    if (JsonHead::opening(head) != '{' || !JsonHead::hasKey(head, "events"))
        return 0.0;
    if (JsonHead::hasKey(head, "logStreamName") || JsonHead::hasKey(head, "ingestionTime"))
        return 1.0;
    // An answer without events still has the paging tokens of GetLogEvents.
    return JsonHead::hasKey(head, "nextForwardToken") ? 0.9 : 0.0;
}

std::unique_ptr<LogParser> CloudWatchLogsFormat::createParser(const LogParseContext& context) const
{
    return std::make_unique<CloudWatchLogsParser>(context);
}

} // namespace debrief
