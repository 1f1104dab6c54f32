// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace debrief::cli {

// `debrief-cli suggest`: the timeline events the incident's metrics and log rates suggest (when,
// what changed, the kind it looks like, and the series that show it), for the user to accept
// into the timeline or reject. It changes nothing in the store.
class SuggestCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SuggestCommand)

public:
    QString name() const override { return QStringLiteral("suggest"); }
    QString description() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;
};

} // namespace debrief::cli
