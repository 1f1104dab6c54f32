// SPDX-License-Identifier: GPL-3.0-or-later
#include "GcpLoggingFormat.h"

#include "JsonAnswerParser.h"
#include "JsonHead.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace debrief {

namespace {

// The first of `keys` that `labels` holds as a non-empty string.
QString firstLabel(const QJsonObject& labels, std::initializer_list<QStringView> keys)
{
    for (const QStringView key : keys) {
        const QString value = labels.value(key).toString();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

class GcpLoggingParser : public JsonAnswerParser
{
public:
    using JsonAnswerParser::JsonAnswerParser;

protected:
    bool readAnswer(const QJsonDocument& document, QVector<LogRecord>& out) override
    {
        if (!document.isArray())
            return false;
        qsizetype index = 0;
        for (const QJsonValue& value : document.array()) {
            const QJsonObject entry = value.toObject();
            LogRecord record = recordOf(withPayloadRead(entry), true);
            const QJsonObject resource = entry.value(u"resource").toObject();
            const QJsonObject labels = resource.value(u"labels").toObject();
            if (record.host.isEmpty())
                record.host = firstLabel(labels, {u"pod_name", u"instance_id", u"node_name", u"host"});
            if (record.service.isEmpty())
                record.service
                    = firstLabel(labels, {u"service_name", u"container_name", u"function_name", u"module_id", u"job"});
            if (record.service.isEmpty())
                record.service = resource.value(u"type").toString();
            record.line = lineOf({}, index++);
            out.append(std::move(record));
        }
        return true;
    }

private:
    // The entry with its payload where a JSON log line has it: a text payload as the message, a
    // JSON payload's members beside the entry's own (a member that collides stays in "jsonPayload"),
    // an audit log's method as the message (the payload stays whole in the fields).
    static QJsonObject withPayloadRead(QJsonObject entry)
    {
        if (entry.value(u"textPayload").isString()) {
            entry.insert(QStringLiteral("message"), entry.take(QStringLiteral("textPayload")));
        } else if (entry.value(u"jsonPayload").isObject()) {
            const QJsonObject payload = entry.take(QStringLiteral("jsonPayload")).toObject();
            QJsonObject colliding;
            for (auto it = payload.begin(); it != payload.end(); ++it)
                (entry.contains(it.key()) ? colliding : entry).insert(it.key(), it.value());
            if (!colliding.isEmpty())
                entry.insert(QStringLiteral("jsonPayload"), colliding);
        } else if (entry.value(u"protoPayload").isObject()) {
            const QJsonObject payload = entry.value(u"protoPayload").toObject();
            const QString method = payload.value(u"methodName").toString();
            if (!method.isEmpty())
                entry.insert(QStringLiteral("message"),
                             QStringList {method, payload.value(u"resourceName").toString()}.join(u' ').trimmed());
        }
        return entry;
    }
};

} // namespace

QString GcpLoggingFormat::name() const
{
    return QStringLiteral("gcp-logging");
}

QString GcpLoggingFormat::description() const
{
    return QCoreApplication::translate("LogFormat",
                                       "Google Cloud Logging: gcloud logging read --format=json (a JSON array of "
                                       "log entries with timestamp, severity, payload and resource)");
}

QStringList GcpLoggingFormat::samples() const
{
    return {QStringLiteral(R"([{"insertId":"1h2k","logName":"projects/shop/logs/run.googleapis.com%2Fstderr",)"
                           R"("resource":{"type":"cloud_run_revision","labels":{"service_name":"checkout"}},)"
                           R"("severity":"ERROR","textPayload":"payment provider timed out",)"
                           R"("timestamp":"2024-08-10T19:00:01.123456Z"}])")};
}

std::optional<double> GcpLoggingFormat::matchDocument(QByteArrayView head) const
{
    if (JsonHead::opening(head) != '[')
        return 0.0;
    const bool entryKeys = JsonHead::hasKey(head, "insertId") || JsonHead::hasKey(head, "logName");
    const bool timeKeys = JsonHead::hasKey(head, "timestamp") || JsonHead::hasKey(head, "receiveTimestamp");
    return entryKeys && timeKeys ? 1.0 : 0.0;
}

std::unique_ptr<LogParser> GcpLoggingFormat::createParser(const LogParseContext& context) const
{
    return std::make_unique<GcpLoggingParser>(context);
}

} // namespace debrief
