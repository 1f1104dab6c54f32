// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace debrief::cli {

// `debrief-cli trash`: the incidents in the trash, most recently deleted first, as a table or JSON;
// with --empty removes them for good and gives the space back.
class TrashCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TrashCommand)

public:
    QString name() const override { return QStringLiteral("trash"); }
    QString description() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;
};

} // namespace debrief::cli
