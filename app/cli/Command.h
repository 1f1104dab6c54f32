// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace debrief::cli {

class CommandContext;

// Exit codes of the CLI contract.
enum ExitCode
{
    ExitOk = 0,
    ExitFindings = 1, // lint found an error-level finding
    ExitUsage = 2, // bad usage, unreadable input, store errors
};

// One `debrief-cli` subcommand: its name, a one-line description for `--help`, the options it
// takes, and what it does. Commands write only to the context's streams, so tests run them
// in-process and read what they printed.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    virtual QString description() const = 0;
    // Adds the command's own options and positional arguments to `parser`.
    virtual void configure(QCommandLineParser& parser) const = 0;
    virtual int run(const QCommandLineParser& parser, CommandContext& context) const = 0;
};

} // namespace debrief::cli
