// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeriesCommand.h"

#include "CommandContext.h"
#include "IncidentJson.h"
#include "MetricRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace debrief::cli {

namespace {

QJsonValue timeValue(const std::optional<UtcMillis>& at)
{
    return at ? QJsonValue(at->toIso()) : QJsonValue();
}

QString numberText(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'g', 6) : QStringLiteral("-");
}

QJsonObject seriesJson(const MetricSeriesSummary& s)
{
    return QJsonObject {
        {QStringLiteral("id"), s.id},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("labels"), s.labels},
        {QStringLiteral("unit"), s.unit},
        {QStringLiteral("points"), s.points},
        {QStringLiteral("gaps"), s.gaps},
        {QStringLiteral("first_at"), timeValue(s.firstAt)},
        {QStringLiteral("last_at"), timeValue(s.lastAt)},
        {QStringLiteral("min"), IncidentJson::number(s.min)},
        {QStringLiteral("max"), IncidentJson::number(s.max)},
    };
}

} // namespace

QString SeriesCommand::description() const
{
    return tr("List an incident's metric series with point counts and ranges.");
}

void SeriesCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The incident id."));
}

int SeriesCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    if (parser.positionalArguments().size() != 1) {
        context.error(tr("series takes one incident id"));
        return ExitUsage;
    }
    const auto incident = context.loadIncident(parser.positionalArguments().constFirst());
    if (!incident)
        return ExitUsage;
    const QVector<MetricSeriesSummary> series = MetricRepository(context.database()).seriesSummaries(incident->id);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const MetricSeriesSummary& s : series)
            array.append(seriesJson(s));
        context.out() << QJsonDocument(array).toJson();
        return ExitOk;
    }
    for (const MetricSeriesSummary& s : series) {
        const QString name = s.labels.isEmpty() ? s.name : QStringLiteral("%1{%2}").arg(s.name, s.labels);
        context.out() << name << "  "
                      << tr("%1 points, %2 to %3, min %4, max %5")
                             .arg(QString::number(s.points), s.firstAt ? s.firstAt->toIso() : QStringLiteral("-"),
                                  s.lastAt ? s.lastAt->toIso() : QStringLiteral("-"), numberText(s.min),
                                  numberText(s.max))
                      << Qt::endl;
    }
    if (series.isEmpty())
        context.err() << tr("No metric series in incident %1.").arg(incident->id.value) << Qt::endl;
    return ExitOk;
}

} // namespace debrief::cli
