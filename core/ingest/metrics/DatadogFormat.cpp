// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatadogFormat.h"

#include "MetricJson.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <cmath>
#include <limits>

namespace debrief {

namespace {

// "host:web-1" -> (host, web-1); a bare tag "canary" -> (canary, "").
QVector<QPair<QString, QString>> labelsOf(const QStringList& tags)
{
    QVector<QPair<QString, QString>> labels;
    labels.reserve(tags.size());
    for (const QString& tag : tags) {
        const qsizetype colon = tag.indexOf(u':');
        labels.append(colon < 0 ? qMakePair(tag, QString()) : qMakePair(tag.left(colon), tag.mid(colon + 1)));
    }
    return canonicalLabels(std::move(labels));
}

QStringList tagsOf(const QJsonObject& item)
{
    QStringList tags;
    for (const QJsonValue& tag : item.value(u"tag_set").toArray())
        tags << tag.toString();
    const QString scope = item.value(u"scope").toString();
    if (tags.isEmpty() && !scope.isEmpty() && scope != u"*")
        tags = scope.split(u',', Qt::SkipEmptyParts);
    return tags;
}

QString unitName(const QJsonValue& unit)
{
    const QJsonObject object = unit.toObject();
    const QString shortName = object.value(u"short_name").toString();
    return shortName.isEmpty() ? object.value(u"name").toString() : shortName;
}

QString unitOf(const QJsonObject& item)
{
    const QJsonArray unit = item.value(u"unit").toArray();
    const QString base = unitName(unit.at(0));
    const QString per = unitName(unit.at(1));
    return per.isEmpty() ? base : base + u'/' + per;
}

bool shapeError(MetricParseResult& result, const QString& path, const QString& expected)
{
    MetricJson::fail(result, QCoreApplication::translate("MetricFormat", "%1: expected %2").arg(path, expected));
    return false;
}

bool readPoints(const QJsonArray& pointlist, const QString& path, MetricSeriesData& series, MetricParseResult& result)
{
    series.points.reserve(pointlist.size());
    for (qsizetype i = 0; i < pointlist.size(); ++i) {
        const QJsonArray pair = pointlist.at(i).toArray();
        const QJsonValue value = pair.at(1);
        if (pair.size() != 2 || !pair.at(0).isDouble() || !(value.isDouble() || value.isNull()))
            return shapeError(result, path + QStringLiteral("[%1]").arg(i),
                              QCoreApplication::translate("MetricFormat", "[milliseconds, number or null]"));
        const double ms = pair.at(0).toDouble();
        if (!(std::fabs(ms) < 9.0e18))
            return shapeError(result, path + QStringLiteral("[%1][0]").arg(i),
                              QCoreApplication::translate("MetricFormat", "a time in milliseconds"));
        // Datadog writes null where a rollup interval had no data: a gap.
        if (value.isNull())
            ++result.gaps;
        series.points.append(
            {qint64(std::llround(ms)), value.isNull() ? std::numeric_limits<double>::quiet_NaN() : value.toDouble()});
    }
    return true;
}

bool readSeries(const QJsonObject& item, const QString& path, MetricParseResult& result)
{
    const QJsonValue pointlist = item.value(u"pointlist");
    if (!pointlist.isArray())
        return shapeError(result, path + QStringLiteral(".pointlist"),
                          QCoreApplication::translate("MetricFormat", "an array of [milliseconds, value]"));
    MetricSeriesData series;
    series.name = item.value(u"metric").toString();
    if (series.name.isEmpty())
        series.name = item.value(u"expression").toString();
    if (series.name.isEmpty())
        series.name = QStringLiteral("value");
    series.labels = labelsOf(tagsOf(item));
    series.unit = unitOf(item);
    if (!readPoints(pointlist.toArray(), path + QStringLiteral(".pointlist"), series, result))
        return false;
    result.series << std::move(series);
    return true;
}

// Two series of one answer with the same name and tags would merge in the store: the expression
// ("avg:x{*}" and "max:x{*}") is what tells them apart.
void separateCollisions(const QJsonArray& items, MetricParseResult& result)
{
    QHash<QString, int> seen;
    for (const MetricSeriesData& series : std::as_const(result.series))
        ++seen[series.name + u'{' + labelsText(series.labels)];
    for (qsizetype i = 0; i < result.series.size(); ++i) {
        MetricSeriesData& series = result.series[i];
        if (seen.value(series.name + u'{' + labelsText(series.labels)) < 2)
            continue;
        auto labels = series.labels;
        labels.append({QStringLiteral("expression"), items.at(i).toObject().value(u"expression").toString()});
        series.labels = canonicalLabels(std::move(labels));
    }
}

} // namespace

QString DatadogFormat::name() const
{
    return QStringLiteral("datadog-json");
}

QString DatadogFormat::description() const
{
    return QCoreApplication::translate("MetricFormat", "Datadog /api/v1/query JSON answer (series with pointlist)");
}

QString DatadogFormat::sample() const
{
    return QStringLiteral(
        R"({"status":"ok","res_type":"time_series","query":"sum:auth.login.failed{env:prod} by {host}",)"
        R"("from_date":1723316400000,"to_date":1723316460000,"series":[{"metric":"auth.login.failed",)"
        R"("display_name":"auth.login.failed","scope":"env:prod,host:auth-1","tag_set":["env:prod","host:auth-1"],)"
        R"("expression":"sum:auth.login.failed{env:prod,host:auth-1}","aggr":"sum","unit":null,"length":3,)"
        R"("pointlist":[[1723316400000.0,4.0],[1723316420000.0,null],[1723316440000.0,31.0]]}]})"
        "\n");
}

double DatadogFormat::match(QByteArrayView head) const
{
    if (!MetricJson::startsWithObject(head))
        return 0.0;
    if (MetricJson::hasKey(head, "pointlist"))
        return 0.95;
    if (MetricJson::hasKey(head, "res_type")
        || (MetricJson::hasKey(head, "from_date") && MetricJson::hasKey(head, "to_date")))
        return 0.9;
    return 0.0;
}

MetricParseResult DatadogFormat::parse(QByteArrayView bytes, const MetricParseContext& /*context*/) const
{
    MetricParseResult result;
    const std::optional<QJsonObject> root = MetricJson::parseObject(bytes, result);
    if (!root)
        return result;
    // An API error is either {"status":"error","error":...} or the gateway's {"errors":[...]}.
    QStringList errors;
    for (const QJsonValue& error : root->value(u"errors").toArray())
        errors << error.toString();
    if (root->value(u"status").toString() == u"error" || !errors.isEmpty()) {
        const QString text = errors.isEmpty() ? root->value(u"error").toString() : errors.join(QStringLiteral("; "));
        MetricJson::fail(
            result, QCoreApplication::translate("MetricFormat", "Datadog answered with an error: \"%1\"").arg(text));
        return result;
    }
    const QJsonValue series = root->value(u"series");
    if (!series.isArray()) {
        MetricJson::fail(result, QCoreApplication::translate("MetricFormat", "series: expected an array"));
        return result;
    }
    result.ok = true;
    const QJsonArray items = series.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!readSeries(items.at(i).toObject(), QStringLiteral("series[%1]").arg(i), result))
            return result;
    }
    separateCollisions(items, result);
    if (result.series.isEmpty())
        result.diagnostics << ImportDiagnostic {Severity::Warning, 0,
                                                QCoreApplication::translate("MetricFormat",
                                                                            "the answer holds no series: the query "
                                                                            "matched nothing")};
    return result;
}

} // namespace debrief
