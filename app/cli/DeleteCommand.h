// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace debrief::cli {

// `debrief-cli delete ID`: moves an incident with its evidence to the trash, from which `undelete`
// brings it back. Nothing is removed from the store until `trash --empty`.
class DeleteCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DeleteCommand)

public:
    QString name() const override { return QStringLiteral("delete"); }
    QString description() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;
};

} // namespace debrief::cli
