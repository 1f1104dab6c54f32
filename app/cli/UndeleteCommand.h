// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace debrief::cli {

// `debrief-cli undelete ID`: brings an incident back from the trash with its evidence.
class UndeleteCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(UndeleteCommand)

public:
    QString name() const override { return QStringLiteral("undelete"); }
    QString description() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;
};

} // namespace debrief::cli
