// SPDX-License-Identifier: GPL-3.0-or-later
#include "LokiFormat.h"

#include "JsonAnswerParser.h"
#include "JsonHead.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace debrief {

namespace {

class LokiParser : public JsonAnswerParser
{
public:
    using JsonAnswerParser::JsonAnswerParser;

protected:
    bool readAnswer(const QJsonDocument& document, QVector<LogRecord>& out) override
    {
        const QJsonObject data = document.object().value(u"data").toObject();
        if (data.value(u"resultType").toString() != u"streams")
            return false;
        static const QList<QByteArray> path = {"data", "result", "*", "values"};
        qsizetype index = 0;
        for (const QJsonValue& stream : data.value(u"result").toArray()) {
            const QJsonObject labels = stream.toObject().value(u"stream").toObject();
            for (const QJsonValue& value : stream.toObject().value(u"values").toArray())
                out.append(entry(labels, value.toArray(), lineOf(path, index++)));
        }
        return true;
    }

private:
    // [ "<epoch nanoseconds>", "<line>" ], read as logcli --output=jsonl writes the same entry.
    LogRecord entry(const QJsonObject& labels, const QJsonArray& value, qint64 line)
    {
        LogRecord record
            = recordOf(QJsonObject {{QStringLiteral("labels"), labels}, {QStringLiteral("line"), value.at(1)}}, true);
        bool ok = false;
        const QString nanoseconds = value.at(0).toString();
        const qint64 ns = nanoseconds.toLongLong(&ok);
        if (ok) {
            record.at = ns / 1'000'000;
            record.timeText = nanoseconds;
        }
        record.line = line;
        return record;
    }
};

} // namespace

QString LokiFormat::name() const
{
    return QStringLiteral("loki");
}

QString LokiFormat::description() const
{
    return QCoreApplication::translate("LogFormat",
                                       "Grafana Loki: the JSON answer of a log query (query_range, streams with "
                                       "labels and nanosecond timestamps)");
}

QStringList LokiFormat::samples() const
{
    return {QStringLiteral(R"({"status":"success","data":{"resultType":"streams","result":[{"stream":)"
                           R"({"job":"varlogs","host":"web-1","level":"warn"},"values":[["1723316401123456789",)"
                           R"("connection pool 90% used"]]}],"stats":{}}})")};
}

std::optional<double> LokiFormat::matchDocument(QByteArrayView head) const
{
    if (JsonHead::opening(head) != '{')
        return 0.0;
    return JsonHead::hasStringValue(head, "resultType", "streams") ? 1.0 : 0.0;
}

std::unique_ptr<LogParser> LokiFormat::createParser(const LogParseContext& context) const
{
    return std::make_unique<LokiParser>(context);
}

} // namespace debrief
