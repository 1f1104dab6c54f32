// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace debrief::cli {

// `debrief-cli history ID`: the versions of an incident's document, oldest first (when, from which file
// or edit, a one-line summary), as a table or JSON. Reads only; restore brings one back.
class HistoryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    QString name() const override { return QStringLiteral("history"); }
    QString description() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;
};

} // namespace debrief::cli
