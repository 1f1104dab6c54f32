// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "Ids.h"

#include <optional>

namespace debrief {
struct PostmortemImportOptions;
struct LogImportOptions;
struct MetricImportOptions;
} // namespace debrief

namespace debrief::cli {

// `debrief-cli import`: reads postmortems, log files and metrics exports into the store, one transaction per file.
// The kind of each file is detected from its content (or --format); a postmortem makes a new
// incident unless --incident is given; logs and metrics need --incident.
class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString description() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;

private:
    std::optional<IncidentId> importPostmortem(CommandContext& context, const QString& file,
                                               const PostmortemImportOptions& options,
                                               std::optional<IncidentId> into) const;
    bool importLog(CommandContext& context, const QString& file, IncidentId into, LogImportOptions options) const;
    bool importMetrics(CommandContext& context, const QString& file, IncidentId into,
                       const MetricImportOptions& options) const;
};

} // namespace debrief::cli
