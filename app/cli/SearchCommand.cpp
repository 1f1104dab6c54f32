// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchCommand.h"

#include "CommandContext.h"
#include "LogLevel.h"
#include "LogSearch.h"
#include "TimeArgument.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace debrief::cli {

namespace {

const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kLevel = QStringLiteral("level");
const QString kLimit = QStringLiteral("limit");
const QString kJson = QStringLiteral("json");
const QString kRegex = QStringLiteral("regex");
// Rows asked of the store at a time: the first of them print while the rest are still sought.
constexpr int kPageRows = 500;

QJsonObject hitJson(const LogHit& hit)
{
    const LogEntry& e = hit.entry;
    return QJsonObject {
        {QStringLiteral("id"), e.id},
        {QStringLiteral("at"), e.at ? QJsonValue(UtcMillis {*e.at}.toIso()) : QJsonValue()},
        {QStringLiteral("level"), logLevelName(LogLevel(e.level))},
        {QStringLiteral("host"), e.host},
        {QStringLiteral("service"), e.service},
        {QStringLiteral("message"), e.message},
        {QStringLiteral("source"), hit.sourcePath},
        {QStringLiteral("line"), e.line},
    };
}

QString hitLine(const LogHit& hit)
{
    const LogEntry& e = hit.entry;
    const QString at = e.at ? UtcMillis {*e.at}.toIso() : QStringLiteral("-");
    QString where = e.host;
    if (!e.service.isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral(" ")) + e.service;
    return QStringLiteral("%1 %2 %3%4  [%5:%6]")
        .arg(at, logLevelName(LogLevel(e.level)).toUpper().leftJustified(8),
             where.isEmpty() ? QString() : where + QStringLiteral(": "), e.message,
             QFileInfo(hit.sourcePath).fileName(), QString::number(e.line));
}

} // namespace

QString SearchCommand::description() const
{
    return tr("Search an incident's logs for text as pasted from a log line, or a regular expression, with time"
              " and level filters.");
}

void SearchCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({kFrom, tr("Entries at or after T (ISO 8601, UTC unless it says a zone)."), tr("T")});
    parser.addOption({kTo, tr("Entries before T."), tr("T")});
    parser.addOption(
        {kLevel, tr("Entries of level L or worse (trace, debug, info, notice, warning, error, critical)."), tr("L")});
    parser.addOption({kLimit, tr("At most N entries (default 100)."), tr("N"), QStringLiteral("100")});
    parser.addOption({kJson, tr("Print JSON.")});
    parser.addOption(
        {kRegex, tr("Entries whose message matches the regular expression RE instead of a text."), tr("RE")});
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The incident id."));
    parser.addPositionalArgument(QStringLiteral("TEXT"),
                                 tr("Text as pasted (auth-1, /api/v1/login, max_connections=5), \"a phrase\","
                                    " prefix*, AND, OR, NOT, (groups). Not with --regex."));
}

int SearchCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    const QStringList args = parser.positionalArguments();
    const bool regex = parser.isSet(kRegex);
    if (args.size() != (regex ? 1 : 2)) {
        context.error(regex ? tr("search --regex RE takes an incident id and no text")
                            : tr("search takes an incident id and a text (use \"\" for every entry)"));
        return ExitUsage;
    }
    const auto incident = context.loadIncident(args[0]);
    if (!incident)
        return ExitUsage;
    LogQuery query = LogQuery::of(incident->id, regex ? parser.value(kRegex) : args[1]);
    query.regex = regex;
    for (const auto& [option, bound] : {std::pair {kFrom, &query.from}, std::pair {kTo, &query.to}}) {
        if (!parser.isSet(option))
            continue;
        *bound = parseTimeArgument(parser.value(option));
        if (!*bound) {
            context.error(
                tr("--%1 takes a time such as 2024-08-10T19:00:00Z, not '%2'").arg(option, parser.value(option)));
            return ExitUsage;
        }
    }
    if (parser.isSet(kLevel)) {
        const auto level = logLevelFromText(parser.value(kLevel));
        if (!level) {
            context.error(tr("unknown level '%1'").arg(parser.value(kLevel)));
            return ExitUsage;
        }
        query.minLevel = int(*level);
    }
    bool ok = false;
    const int limit = parser.value(kLimit).toInt(&ok);
    if (!ok || limit <= 0) {
        context.error(tr("--limit takes a positive number, not '%1'").arg(parser.value(kLimit)));
        return ExitUsage;
    }

    return print(context, query, limit, parser.isSet(kJson));
}

int SearchCommand::print(CommandContext& context, const LogQuery& query, int limit, bool json) const
{
    LogSearch search(context.database());
    QJsonArray rows;
    std::optional<LogCursor> cursor;
    int printed = 0;
    bool more = true;
    // Page by page along the keyset: a regular expression over millions of entries prints its
    // first matches while it reads on, and a JSON list is written whole at the end.
    while (printed < limit && more) {
        const LogPage page = search.page(query, cursor, std::min(kPageRows, limit - printed));
        for (const LogHit& hit : page.rows) {
            if (json)
                rows.append(hitJson(hit));
            else
                context.out() << hitLine(hit) << Qt::endl;
        }
        printed += int(page.rows.size());
        cursor = page.last;
        more = !page.atEnd;
    }
    if (json)
        context.out() << QJsonDocument(rows).toJson();
    else if (more)
        context.err() << tr("(first %1 entries; --limit shows more)").arg(limit) << Qt::endl;
    return ExitOk;
}

} // namespace debrief::cli
