// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace debrief::cli {

// `debrief-cli formats`: every format Debrief reads, with an example.
class FormatsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(FormatsCommand)

public:
    QString name() const override { return QStringLiteral("formats"); }
    QString description() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;
};

} // namespace debrief::cli
