// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace debrief::cli {

// `debrief-cli lint`: the lint findings of an incident; exit 1 when one is an error.
class LintCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(LintCommand)

public:
    QString name() const override { return QStringLiteral("lint"); }
    QString description() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;
};

} // namespace debrief::cli
