// SPDX-License-Identifier: GPL-3.0-or-later
#include "ElasticsearchFormat.h"

#include "JsonAnswerParser.h"
#include "JsonHead.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace debrief {

namespace {

class ElasticsearchParser : public JsonAnswerParser
{
public:
    using JsonAnswerParser::JsonAnswerParser;

protected:
    bool readAnswer(const QJsonDocument& document, QVector<LogRecord>& out) override
    {
        const QJsonValue hits = document.object().value(u"hits").toObject().value(u"hits");
        if (!document.isObject() || !hits.isArray())
            return false;
        qsizetype index = 0;
        for (const QJsonValue& value : hits.toArray()) {
            LogRecord record = recordOf(documentOf(value.toObject()), true);
            record.line = lineOf({QByteArrayLiteral("hits"), QByteArrayLiteral("hits")}, index++);
            out.append(std::move(record));
        }
        return true;
    }

private:
    // The hit's document with where it is stored; a search without _source keeps the hit whole.
    static QJsonObject documentOf(const QJsonObject& hit)
    {
        if (!hit.value(u"_source").isObject())
            return hit;
        QJsonObject document = hit.value(u"_source").toObject();
        for (const QString& key : {QStringLiteral("_index"), QStringLiteral("_id")}) {
            if (hit.contains(key) && !document.contains(key))
                document.insert(key, hit.value(key));
        }
        return document;
    }
};

} // namespace

QString ElasticsearchFormat::name() const
{
    return QStringLiteral("elasticsearch");
}

QString ElasticsearchFormat::description() const
{
    return QCoreApplication::translate("LogFormat",
                                       "Elasticsearch / OpenSearch: the JSON answer of a _search request (hits with "
                                       "_source and @timestamp)");
}

QStringList ElasticsearchFormat::samples() const
{
    return {QStringLiteral(R"({"took":3,"timed_out":false,"hits":{"total":{"value":1,"relation":"eq"},"hits":)"
                           R"([{"_index":"logs-app-2024.08.10","_id":"a1","_source":{"@timestamp":)"
                           R"("2024-08-10T19:00:01.123Z","log":{"level":"error"},"host":{"name":"web-1"},)"
                           R"("message":"connection pool exhausted"}}]}})")};
}

std::optional<double> ElasticsearchFormat::matchDocument(QByteArrayView head) const
{
    if (JsonHead::opening(head) != '{' || !JsonHead::hasKey(head, "hits"))
        return 0.0;
    if (JsonHead::hasKey(head, "_source"))
        return 1.0;
    return JsonHead::hasKey(head, "_index") && JsonHead::hasKey(head, "_shards") ? 0.8 : 0.0;
}

std::unique_ptr<LogParser> ElasticsearchFormat::createParser(const LogParseContext& context) const
{
    return std::make_unique<ElasticsearchParser>(context);
}

} // namespace debrief
