// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace debrief::cli {

// `debrief-cli restore ID VERSION`: brings a version of the document back as a new version, after
// keeping the current state when it was edited since its latest version; one transaction.
class RestoreCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    QString name() const override { return QStringLiteral("restore"); }
    QString description() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;
};

} // namespace debrief::cli
