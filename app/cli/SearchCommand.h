// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include "LogSearch.h"

namespace debrief::cli {

// `debrief-cli search`: an incident's log entries containing a text as pasted (SearchTextReader's
// syntax) or matching `--regex RE`, with time and level filters, read page by page and printed as
// lines or as the JSON of the contract.
class SearchCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SearchCommand)

public:
    QString name() const override { return QStringLiteral("search"); }
    QString description() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;

private:
    int print(CommandContext& context, const LogQuery& query, int limit, bool json) const;
};

} // namespace debrief::cli
