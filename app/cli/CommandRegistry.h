// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace debrief::cli {

// Every `debrief-cli` command, in the order `--help` lists them. Adding a command is a new file
// pair plus one line in CommandRegistry.cpp.
class CommandRegistry
{
public:
    CommandRegistry();

    const Command* find(const QString& name) const;
    const std::vector<std::unique_ptr<Command>>& commands() const { return m_commands; }

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace debrief::cli
