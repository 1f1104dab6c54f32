// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentsCommand.h"

#include "CommandContext.h"
#include "IncidentJson.h"
#include "IncidentRepository.h"

#include <QJsonDocument>

namespace debrief::cli {

QString IncidentsCommand::description() const
{
    return tr("List the incidents of the store.");
}

void IncidentsCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
}

int IncidentsCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    const QVector<IncidentSummary> incidents = IncidentRepository(context.database()).list(QDate::currentDate());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const IncidentSummary& summary : incidents)
            array.append(IncidentJson::summary(summary));
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (incidents.isEmpty()) {
        context.err()
            << tr("No incidents in %1. Import a postmortem with 'debrief-cli import FILE'.").arg(context.storePath())
            << Qt::endl;
        return ExitOk;
    }
    context.out() << tr("ID    DATE        STATUS     OPEN  TITLE") << Qt::endl;
    for (const IncidentSummary& s : incidents) {
        const QString date = s.date ? s.date->toString(Qt::ISODate) : QStringLiteral("-");
        context.out() << QString::number(s.id.value).leftJustified(6) << date.leftJustified(12)
                      << s.status.leftJustified(11) << QString::number(s.openActionItems).leftJustified(6) << s.title
                      << Qt::endl;
    }
    return ExitOk;
}

} // namespace debrief::cli
