// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrometheusJsonFormat.h"

#include "JsonHead.h"
#include "MetricJson.h"
#include "PrometheusValue.h"
#include "SkippedValues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>

namespace debrief {

namespace {

// Walks data.result of one answer into series. Shape errors end the parse (the file is not what
// it claims to be); a value string that is no number is skipped with a warning, as the rest of
// the answer is still good evidence.
class ResultReader
{
public:
    explicit ResultReader(MetricParseResult& result)
        : m_result(result)
    { }

    bool readMatrixOrVector(const QJsonArray& items, bool matrix);
    bool readScalar(const QJsonValue& pair);
    void finish();

private:
    bool readSeries(const QJsonObject& item, const QString& path, bool matrix);
    bool readPoint(const QJsonValue& pair, const QString& path, MetricSeriesData& series);
    bool shapeError(const QString& path, const QString& expected);
    void nameFrom(const QJsonObject& metric, MetricSeriesData& series);

    MetricParseResult& m_result;
    SkippedValues m_skipped;
    qint64 m_nameless = 0;
    qint64 m_nativeHistograms = 0;
};

bool ResultReader::shapeError(const QString& path, const QString& expected)
{
    MetricJson::fail(m_result, QCoreApplication::translate("MetricFormat", "%1: expected %2").arg(path, expected));
    return false;
}

bool ResultReader::readMatrixOrVector(const QJsonArray& items, bool matrix)
{
    m_result.series.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("data.result[%1]").arg(i);
        if (!items.at(i).isObject())
            return shapeError(path, QCoreApplication::translate("MetricFormat", "an object with \"metric\""));
        if (!readSeries(items.at(i).toObject(), path, matrix))
            return false;
    }
    return true;
}

bool ResultReader::readScalar(const QJsonValue& pair)
{
    MetricSeriesData series;
    series.name = QStringLiteral("value");
    if (!readPoint(pair, QStringLiteral("data.result"), series))
        return false;
    m_result.series << series;
    return true;
}

void ResultReader::nameFrom(const QJsonObject& metric, MetricSeriesData& series)
{
    QVector<QPair<QString, QString>> labels;
    labels.reserve(metric.size());
    for (auto it = metric.begin(); it != metric.end(); ++it) {
        if (it.key() == u"__name__")
            series.name = it.value().toString();
        else
            labels.append({it.key(), it.value().toString()});
    }
    if (series.name.isEmpty()) {
        series.name = QStringLiteral("value");
        ++m_nameless;
    }
    series.labels = canonicalLabels(std::move(labels));
}

bool ResultReader::readSeries(const QJsonObject& item, const QString& path, bool matrix)
{
    const QJsonValue metric = item.value(u"metric");
    if (!metric.isObject() && !metric.isUndefined())
        return shapeError(path + QStringLiteral(".metric"), QCoreApplication::translate("MetricFormat", "an object"));
    MetricSeriesData series;
    nameFrom(metric.toObject(), series);
    // Native histograms come in "histogram(s)": no single value to chart; skipped and counted.
    const QJsonValue histograms = item.value(matrix ? u"histograms" : u"histogram");
    if (!histograms.isUndefined())
        m_nativeHistograms += matrix ? histograms.toArray().size() : 1;
    if (matrix) {
        const QJsonValue values = item.value(u"values");
        if (!values.isArray() && !(values.isUndefined() && !histograms.isUndefined()))
            return shapeError(path + QStringLiteral(".values"),
                              QCoreApplication::translate("MetricFormat", "an array of [time, \"value\"]"));
        const QJsonArray array = values.toArray();
        series.points.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!readPoint(array.at(i), path + QStringLiteral(".values[%1]").arg(i), series))
                return false;
        }
    } else {
        const QJsonValue value = item.value(u"value");
        if (!(value.isUndefined() && !histograms.isUndefined())
            && !readPoint(value, path + QStringLiteral(".value"), series))
            return false;
    }
    // A series of native histograms only has no points to keep; its samples were counted above.
    if (!series.points.isEmpty())
        m_result.series << std::move(series);
    return true;
}

bool ResultReader::readPoint(const QJsonValue& pair, const QString& path, MetricSeriesData& series)
{
    const QJsonArray array = pair.toArray();
    if (!pair.isArray() || array.size() != 2 || !array.at(0).isDouble())
        return shapeError(path, QCoreApplication::translate("MetricFormat", "[time in seconds, \"value\"]"));
    if (!array.at(1).isString())
        return shapeError(path + QStringLiteral("[1]"),
                          QCoreApplication::translate("MetricFormat", "the value as a string, like \"0.5\""));
    const std::optional<qint64> at = PrometheusValue::secondsToMs(array.at(0).toDouble());
    if (!at)
        return shapeError(path + QStringLiteral("[0]"),
                          QCoreApplication::translate("MetricFormat", "a time in seconds"));
    const QString text = array.at(1).toString();
    const std::optional<double> value = PrometheusValue::parse(text.toUtf8());
    if (!value) {
        m_skipped.skip(m_result, 0,
                       QCoreApplication::translate("MetricFormat", "%1: \"%2\" is not a number; the point is skipped")
                           .arg(path, text.left(40)));
        return true;
    }
    if (std::isnan(*value))
        ++m_result.gaps;
    series.points.append({*at, *value});
    return true;
}

void ResultReader::finish()
{
    m_skipped.finish(m_result);
    if (m_nameless > 0)
        m_result.diagnostics << ImportDiagnostic {
            Severity::Info, 0,
            QCoreApplication::translate("MetricFormat",
                                        "%n series without a metric name (__name__) are named \"value\": the "
                                        "answer does not say the query, their labels tell them apart",
                                        nullptr, int(m_nameless))};
    if (m_nativeHistograms > 0)
        m_result.diagnostics << ImportDiagnostic {
            Severity::Warning, 0,
            QCoreApplication::translate("MetricFormat", "%n native histogram sample(s) skipped: not supported", nullptr,
                                        int(m_nativeHistograms))};
    if (m_result.ok && m_result.series.isEmpty())
        m_result.diagnostics << ImportDiagnostic {
            Severity::Warning, 0,
            QCoreApplication::translate("MetricFormat", "the answer holds no series: the query matched nothing")};
}

void failWithApiError(const QJsonObject& root, MetricParseResult& result)
{
    const QString type = root.value(u"errorType").toString();
    const QString text = root.value(u"error").toString();
    MetricJson::fail(result,
                     QCoreApplication::translate("MetricFormat", "Prometheus answered with an error: %1 \"%2\"")
                         .arg(type.isEmpty() ? QStringLiteral("error") : type, text));
}

void forwardWarnings(const QJsonObject& root, MetricParseResult& result)
{
    for (const char16_t* key : {u"warnings", u"infos"}) {
        const QJsonArray warnings = root.value(key).toArray();
        for (const QJsonValue& warning : warnings)
            result.diagnostics << ImportDiagnostic {
                Severity::Warning, 0,
                QCoreApplication::translate("MetricFormat", "Prometheus: %1").arg(warning.toString())};
    }
}

void readData(const QJsonObject& data, MetricParseResult& result)
{
    const QString type = data.value(u"resultType").toString();
    const QJsonValue items = data.value(u"result");
    ResultReader reader(result);
    bool read = false;
    if (type == u"matrix" || type == u"vector") {
        if (!items.isArray()) {
            MetricJson::fail(result, QCoreApplication::translate("MetricFormat", "data.result: expected an array"));
            return;
        }
        read = reader.readMatrixOrVector(items.toArray(), type == u"matrix");
    } else if (type == u"scalar") {
        read = reader.readScalar(items);
    } else if (type == u"string") {
        MetricJson::fail(result,
                         QCoreApplication::translate("MetricFormat",
                                                     "the answer is a string, not a series: query a metric instead"));
        return;
    } else {
        MetricJson::fail(
            result,
            QCoreApplication::translate("MetricFormat",
                                        "data.resultType: expected \"matrix\", \"vector\" or \"scalar\", not \"%1\"")
                .arg(type));
        return;
    }
    if (read)
        reader.finish();
}

} // namespace

QString PrometheusJsonFormat::name() const
{
    return QStringLiteral("prometheus-json");
}

QString PrometheusJsonFormat::description() const
{
    return QCoreApplication::translate("MetricFormat",
                                       "Prometheus HTTP API answer (query_range matrix, query vector or scalar)");
}

QString PrometheusJsonFormat::sample() const
{
    return QStringLiteral(R"({"status":"success","data":{"resultType":"matrix","result":[)"
                          R"({"metric":{"__name__":"up","instance":"127.0.0.1:9100","job":"node"},)"
                          R"("values":[[1723316400,"1"],[1723316415,"1"],[1723316430,"0"]]}]}})"
                          "\n");
}

double PrometheusJsonFormat::match(QByteArrayView head) const
{
    if (!MetricJson::startsWithObject(head))
        return 0.0;
    // Loki answers a log query in Prometheus' envelope; its "streams" are log lines, no metrics.
    if (JsonHead::hasStringValue(head, "resultType", "streams"))
        return 0.0;
    if (MetricJson::hasKey(head, "resultType"))
        return 0.95;
    // An error answer has no data, but errorType is Prometheus' own word.
    if (MetricJson::hasKey(head, "errorType") && MetricJson::hasKey(head, "status"))
        return 0.9;
    return 0.0;
}

MetricParseResult PrometheusJsonFormat::parse(QByteArrayView bytes, const MetricParseContext& /*context*/) const
{
    MetricParseResult result;
    const std::optional<QJsonObject> root = MetricJson::parseObject(bytes, result);
    if (!root)
        return result;
    result.ok = true;
    if (root->value(u"status").toString() == u"error") {
        failWithApiError(*root, result);
        return result;
    }
    forwardWarnings(*root, result);
    // A file may hold the "data" object alone (cut out of a larger answer): read it the same way.
    const QJsonValue data = root->value(u"data");
    if (data.isObject()) {
        readData(data.toObject(), result);
    } else if (root->contains(u"resultType")) {
        readData(*root, result);
    } else {
        MetricJson::fail(
            result,
            QCoreApplication::translate("MetricFormat",
                                        "expected a Prometheus answer with \"data\": {\"resultType\", \"result\"}"));
    }
    return result;
}

} // namespace debrief
