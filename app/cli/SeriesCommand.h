// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace debrief::cli {

// `debrief-cli series`: the metric series of an incident with their point counts, time ranges and
// value ranges, as a table or as the JSON of the contract.
class SeriesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SeriesCommand)

public:
    QString name() const override { return QStringLiteral("series"); }
    QString description() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;
};

} // namespace debrief::cli
