// SPDX-License-Identifier: GPL-3.0-or-later
#include "CloudWatchFormat.h"

#include "MetricJson.h"
#include "PrometheusValue.h"
#include "SkippedValues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <array>
#include <utility>

namespace debrief {

namespace {

std::optional<qint64> timeOf(const QJsonValue& value)
{
    if (value.isDouble())
        return PrometheusValue::secondsToMs(value.toDouble());
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!at.isValid())
        return std::nullopt;
    // The CLI always writes an offset; a time without one is read as UTC, never as local time.
    if (at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC);
    return at.toMSecsSinceEpoch();
}

// CloudWatch's StandardUnit names to what MetricSeriesData stores; others are kept as written.
QString unitOf(const QString& cloudWatchUnit)
{
    static const std::array<std::pair<const char16_t*, const char16_t*>, 9> units {{
        {u"None", u""},
        {u"Count", u""},
        {u"Percent", u"%"},
        {u"Seconds", u"s"},
        {u"Milliseconds", u"ms"},
        {u"Microseconds", u"us"},
        {u"Bytes", u"bytes"},
        {u"Bytes/Second", u"bytes/s"},
        {u"Count/Second", u"/s"},
    }};
    for (const auto& [name, unit] : units) {
        if (cloudWatchUnit == QStringView(name))
            return QString::fromUtf16(unit);
    }
    return cloudWatchUnit;
}

void warn(MetricParseResult& result, const QString& message)
{
    result.diagnostics << ImportDiagnostic {Severity::Warning, 0, message};
}

void forwardMessages(const QJsonArray& messages, const QString& where, MetricParseResult& result)
{
    for (const QJsonValue& message : messages) {
        const QJsonObject object = message.toObject();
        warn(result,
             QCoreApplication::translate("MetricFormat", "CloudWatch%1: %2 %3")
                 .arg(where, object.value(u"Code").toString(), object.value(u"Value").toString()));
    }
}

bool readDataResult(const QJsonObject& item, const QString& path, SkippedValues& skipped, MetricParseResult& result)
{
    const QString id = item.value(u"Id").toString();
    const QJsonValue timestamps = item.value(u"Timestamps");
    const QJsonValue values = item.value(u"Values");
    if (!timestamps.isArray() || !values.isArray()) {
        MetricJson::fail(result,
                         QCoreApplication::translate("MetricFormat",
                                                     "%1 (Id \"%2\"): expected the arrays "
                                                     "\"Timestamps\" and \"Values\"")
                             .arg(path, id));
        return false;
    }
    const QJsonArray times = timestamps.toArray();
    const QJsonArray numbers = values.toArray();
    if (times.size() != numbers.size()) {
        MetricJson::fail(result,
                         QCoreApplication::translate("MetricFormat", "%1 (Id \"%2\"): %3 timestamps but %4 values")
                             .arg(path, id)
                             .arg(times.size())
                             .arg(numbers.size()));
        return false;
    }
    const QString status = item.value(u"StatusCode").toString();
    if (!status.isEmpty() && status != u"Complete")
        warn(result,
             QCoreApplication::translate("MetricFormat",
                                         "CloudWatch result \"%1\" is %2: not all of its data "
                                         "is here")
                 .arg(id, status));
    forwardMessages(item.value(u"Messages").toArray(), QStringLiteral(" (%1)").arg(id), result);
    MetricSeriesData series;
    series.name = item.value(u"Label").toString();
    if (series.name.isEmpty())
        series.name = id;
    if (!id.isEmpty())
        series.labels = {{QStringLiteral("id"), id}};
    series.points.reserve(times.size());
    for (qsizetype i = 0; i < times.size(); ++i) {
        const std::optional<qint64> at = timeOf(times.at(i));
        if (!at || !numbers.at(i).isDouble()) {
            skipped.skip(result, 0,
                         QCoreApplication::translate("MetricFormat",
                                                     "%1 (Id \"%2\"): point %3 has no valid "
                                                     "time or number; skipped")
                             .arg(path, id)
                             .arg(i));
            continue;
        }
        series.points.append({*at, numbers.at(i).toDouble()});
    }
    // CloudWatch answers an Id without data with empty arrays: there is no series to keep.
    if (series.points.isEmpty())
        result.diagnostics << ImportDiagnostic {
            Severity::Info, 0,
            QCoreApplication::translate("MetricFormat", "CloudWatch result \"%1\" has no datapoints").arg(id)};
    else
        result.series << std::move(series);
    return true;
}

void readMetricData(const QJsonObject& root, MetricParseResult& result)
{
    const QJsonValue results = root.value(u"MetricDataResults");
    if (!results.isArray()) {
        MetricJson::fail(result, QCoreApplication::translate("MetricFormat", "MetricDataResults: expected an array"));
        return;
    }
    SkippedValues skipped;
    const QJsonArray items = results.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!readDataResult(items.at(i).toObject(), QStringLiteral("MetricDataResults[%1]").arg(i), skipped, result))
            return;
    }
    skipped.finish(result);
    forwardMessages(root.value(u"Messages").toArray(), QString(), result);
    if (root.contains(u"NextToken"))
        warn(result,
             QCoreApplication::translate("MetricFormat",
                                         "this is one page of a longer answer (NextToken): "
                                         "the other pages are not in this file"));
}

void readStatistics(const QJsonObject& root, MetricParseResult& result)
{
    const QJsonValue datapoints = root.value(u"Datapoints");
    if (!datapoints.isArray()) {
        MetricJson::fail(result, QCoreApplication::translate("MetricFormat", "Datapoints: expected an array"));
        return;
    }
    const QString label = root.value(u"Label").toString();
    QHash<QString, qsizetype> seriesByStatistic;
    SkippedValues skipped;
    const auto add = [&](const QString& statistic, const QString& unit, qint64 at, double value) {
        auto found = seriesByStatistic.constFind(statistic);
        if (found == seriesByStatistic.constEnd()) {
            found = seriesByStatistic.insert(statistic, result.series.size());
            result.series.append({label, {{QStringLiteral("statistic"), statistic}}, unit, {}});
        }
        result.series[*found].points.append({at, value});
    };
    const QJsonArray points = datapoints.toArray();
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QJsonObject point = points.at(i).toObject();
        const std::optional<qint64> at = timeOf(point.value(u"Timestamp"));
        if (!at) {
            skipped.skip(result, 0,
                         QCoreApplication::translate("MetricFormat",
                                                     "Datapoints[%1]: no valid Timestamp; "
                                                     "skipped")
                             .arg(i));
            continue;
        }
        const QString unit = unitOf(point.value(u"Unit").toString());
        for (auto it = point.begin(); it != point.end(); ++it) {
            // SampleCount counts datapoints whatever the metric's unit is.
            if (it.value().isDouble())
                add(it.key(), it.key() == u"SampleCount" ? QString() : unit, *at, it.value().toDouble());
        }
        const QJsonObject extended = point.value(u"ExtendedStatistics").toObject();
        for (auto it = extended.begin(); it != extended.end(); ++it)
            add(it.key(), unit, *at, it.value().toDouble());
    }
    skipped.finish(result);
}

} // namespace

QString CloudWatchFormat::name() const
{
    return QStringLiteral("cloudwatch-json");
}

QString CloudWatchFormat::description() const
{
    return QCoreApplication::translate("MetricFormat",
                                       "Amazon CloudWatch get-metric-data or get-metric-statistics JSON (AWS CLI)");
}

QString CloudWatchFormat::sample() const
{
    return QStringLiteral(R"({
    "MetricDataResults": [
        {
            "Id": "cpu",
            "Label": "CPUUtilization",
            "Timestamps": ["2024-08-10T19:10:00+00:00", "2024-08-10T19:05:00+00:00", "2024-08-10T19:00:00+00:00"],
            "Values": [93.5, 71.25, 40.0],
            "StatusCode": "Complete"
        }
    ],
    "Messages": []
}
)");
}

double CloudWatchFormat::match(QByteArrayView head) const
{
    if (!MetricJson::startsWithObject(head))
        return 0.0;
    if (MetricJson::hasKey(head, "MetricDataResults"))
        return 0.95;
    if (MetricJson::hasKey(head, "Datapoints") && MetricJson::hasKey(head, "Label"))
        return 0.9;
    return 0.0;
}

MetricParseResult CloudWatchFormat::parse(QByteArrayView bytes, const MetricParseContext& /*context*/) const
{
    MetricParseResult result;
    const std::optional<QJsonObject> root = MetricJson::parseObject(bytes, result);
    if (!root)
        return result;
    result.ok = true;
    if (root->contains(u"MetricDataResults"))
        readMetricData(*root, result);
    else if (root->contains(u"Datapoints"))
        readStatistics(*root, result);
    else
        MetricJson::fail(result,
                         QCoreApplication::translate("MetricFormat",
                                                     "expected \"MetricDataResults\" "
                                                     "(get-metric-data) or \"Datapoints\" "
                                                     "(get-metric-statistics)"));
    if (result.ok && result.series.isEmpty())
        warn(result, QCoreApplication::translate("MetricFormat", "the answer holds no series"));
    return result;
}

} // namespace debrief
