// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "Ids.h"

#include <optional>

namespace debrief {
struct FileImportResult;
} // namespace debrief

namespace debrief::cli {

// `debrief-cli import`: reads postmortems, log files and metrics exports into the store, one transaction per file,
// through FileImport (which detects the kind from the content, or takes --format). A postmortem makes a new
// incident unless --incident is given, and replaces the document of that incident only with --replace; logs
// and metrics need --incident. This class only turns options into FileImportOptions and results into output.
class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString description() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;

private:
    void report(CommandContext& context, const FileImportResult& result) const;
    void reportFailure(CommandContext& context, const FileImportResult& result) const;
};

} // namespace debrief::cli
