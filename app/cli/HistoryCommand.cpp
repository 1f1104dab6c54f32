// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryCommand.h"

#include "CommandContext.h"
#include "DocumentHistory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace debrief::cli {

QString HistoryCommand::description() const
{
    return tr("List the versions of an incident's document (imports, replaced edits, restores).");
}

void HistoryCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The incident."));
}

int HistoryCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 1) {
        context.error(tr("history takes one incident id"));
        return ExitUsage;
    }
    const auto incident = context.loadIncident(arguments.first());
    if (!incident)
        return ExitUsage;
    const QVector<DocumentVersion> versions = DocumentHistory(context.database()).versions(incident->id);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const DocumentVersion& v : versions) {
            array.append(QJsonObject {{QStringLiteral("version"), v.version},
                                      {QStringLiteral("at"), v.at.toIso()},
                                      {QStringLiteral("source"), v.source},
                                      {QStringLiteral("summary"), v.summary}});
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (versions.isEmpty()) {
        context.err() << tr("Incident %1 has no recorded versions yet.").arg(incident->id.value) << Qt::endl;
        return ExitOk;
    }
    context.out() << tr("VERSION  AT                        SOURCE / SUMMARY") << Qt::endl;
    for (const DocumentVersion& v : versions) {
        context.out() << QString::number(v.version).leftJustified(9) << v.at.toIso().leftJustified(26) << v.source
                      << Qt::endl
                      << QString(35, u' ') << v.summary << Qt::endl;
    }
    return ExitOk;
}

} // namespace debrief::cli
