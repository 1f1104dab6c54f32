// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrashCommand.h"

#include "CommandContext.h"
#include "TrashRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace debrief::cli {

namespace {

const QString kJson = QStringLiteral("json");
const QString kEmpty = QStringLiteral("empty");

} // namespace

QString TrashCommand::description() const
{
    return tr("List the deleted incidents; --empty removes them for good.");
}

void TrashCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({kJson, tr("Print JSON.")});
    parser.addOption({kEmpty, tr("Remove every incident in the trash with its evidence and free the space.")});
}

int TrashCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    if (!parser.positionalArguments().isEmpty()) {
        context.error(tr("trash takes no arguments"));
        return ExitUsage;
    }
    TrashRepository trash(context.database());
    if (parser.isSet(kEmpty)) {
        const int removed = trash.empty();
        context.err() << tr("%n incidents removed for good", nullptr, removed) << Qt::endl;
        return ExitOk;
    }
    const QVector<TrashedIncident> incidents = trash.list();
    if (parser.isSet(kJson)) {
        QJsonArray array;
        for (const TrashedIncident& t : incidents) {
            array.append(QJsonObject {{QStringLiteral("id"), t.id.value},
                                      {QStringLiteral("title"), t.title},
                                      {QStringLiteral("deleted_at"), t.deletedAt.toIso()},
                                      {QStringLiteral("log_entries"), t.logEntries},
                                      {QStringLiteral("metric_points"), t.metricPoints}});
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (incidents.isEmpty()) {
        context.err() << tr("The trash is empty.") << Qt::endl;
        return ExitOk;
    }
    context.out() << tr("ID    DELETED                   LOG ENTRIES  POINTS   TITLE") << Qt::endl;
    for (const TrashedIncident& t : incidents) {
        context.out() << QString::number(t.id.value).leftJustified(6) << t.deletedAt.toIso().leftJustified(26)
                      << QString::number(t.logEntries).leftJustified(13)
                      << QString::number(t.metricPoints).leftJustified(9) << t.title << Qt::endl;
    }
    return ExitOk;
}

} // namespace debrief::cli
