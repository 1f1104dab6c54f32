// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>
#include <functional>

namespace debrief {

// One user edit on the undo stack: `apply` writes it to the store, `revert` writes it back. Both
// are single core calls that commit at once (PostmortemEdits), so that what the stack shows is
// what the store holds. The first apply runs before the command is pushed (IncidentEditor), so a
// write that fails never lands on the stack.
class StoreEditCommand : public QUndoCommand
{
public:
    using Action = std::function<void()>;

    StoreEditCommand(const QString& text, Action apply, Action revert);

    void redo() override;
    void undo() override;
    // Called once the first apply has succeeded: QUndoStack::push() calls redo(), which must not
    // write a second time.
    void markApplied() { m_skipNextRedo = true; }

private:
    Action m_apply;
    Action m_revert;
    bool m_skipNextRedo = false;
};

} // namespace debrief
