// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandRegistry.h"

#include "DeleteCommand.h"
#include "ExportCommand.h"
#include "FormatsCommand.h"
#include "HistoryCommand.h"
#include "ImportCommand.h"
#include "IncidentsCommand.h"
#include "LintCommand.h"
#include "RestoreCommand.h"
#include "SearchCommand.h"
#include "SeriesCommand.h"
#include "ShowCommand.h"
#include "SuggestCommand.h"
#include "TrashCommand.h"
#include "UndeleteCommand.h"

namespace debrief::cli {

CommandRegistry::CommandRegistry()
{
    m_commands.push_back(std::make_unique<IncidentsCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ShowCommand>());
    m_commands.push_back(std::make_unique<LintCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<SearchCommand>());
    m_commands.push_back(std::make_unique<SeriesCommand>());
    m_commands.push_back(std::make_unique<SuggestCommand>());
    m_commands.push_back(std::make_unique<HistoryCommand>());
    m_commands.push_back(std::make_unique<RestoreCommand>());
    m_commands.push_back(std::make_unique<DeleteCommand>());
    m_commands.push_back(std::make_unique<TrashCommand>());
    m_commands.push_back(std::make_unique<UndeleteCommand>());
    m_commands.push_back(std::make_unique<FormatsCommand>());
}

const Command* CommandRegistry::find(const QString& name) const
{
    for (const auto& command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

} // namespace debrief::cli
