// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace debrief::cli {

// `debrief-cli incidents`: the incidents of the store, newest first, as a table or JSON.
class IncidentsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(IncidentsCommand)

public:
    QString name() const override { return QStringLiteral("incidents"); }
    QString description() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;
};

} // namespace debrief::cli
