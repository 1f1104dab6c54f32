// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreEditCommand.h"

namespace debrief {

StoreEditCommand::StoreEditCommand(const QString& text, Action apply, Action revert)
    : m_apply(std::move(apply))
    , m_revert(std::move(revert))
{
    setText(text);
}

void StoreEditCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    m_apply();
}

void StoreEditCommand::undo()
{
    m_revert();
}

} // namespace debrief
