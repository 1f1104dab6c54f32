// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentEditor.h"

#include "StoreEditCommand.h"
#include "StoreError.h"
#include "StoreFailure.h"
#include "SuggestionReview.h"
#include "TrashRepository.h"

#include <QUndoStack>
#include <memory>
#include <tuple>

namespace debrief {

namespace {

// The row id an inserted row gets the first time, kept for every redo after an undo: later
// commands on the stack name that id, so the row must come back as the same row.
using RowId = std::shared_ptr<qint64>;

template<typename Row> Row withId(Row row, qint64 id)
{
    row.id = id;
    return row;
}

} // namespace

IncidentEditor::IncidentEditor(QObject* parent)
    : QObject(parent)
    , m_stack(new QUndoStack(this))
{ }

void IncidentEditor::setDatabase(Database* db)
{
    m_db = db;
    m_stack->clear();
}

void IncidentEditor::setText(IncidentId incident, IncidentTextField field, const QString& before, const QString& after)
{
    if (before == after)
        return;
    push(
        incident, tr("Edit text"), [=, this] { PostmortemEdits(*m_db).setText(incident, field, after); },
        [=, this] { PostmortemEdits(*m_db).setText(incident, field, before); });
}

void IncidentEditor::editDetails(const Incident& before, const Incident& after)
{
    const auto details = [](const Incident& i) {
        return std::tie(i.title, i.summary, i.impact, i.severity, i.status, i.startedAt, i.endedAt);
    };
    if (details(before) == details(after))
        return;
    push(
        before.id, tr("Edit incident details"), [=, this] { PostmortemEdits(*m_db).setDetails(after); },
        [=, this] { PostmortemEdits(*m_db).setDetails(before); });
}

void IncidentEditor::updateActionItem(IncidentId incident, const ActionItem& before, const ActionItem& after)
{
    if (before == after)
        return;
    push(
        incident, tr("Edit action item \"%1\"").arg(after.title),
        [=, this] { PostmortemEdits(*m_db).updateActionItem(after); },
        [=, this] { PostmortemEdits(*m_db).updateActionItem(before); });
}

void IncidentEditor::addActionItem(IncidentId incident, int position, const ActionItem& item)
{
    const RowId id = std::make_shared<qint64>(0);
    push(
        incident, tr("Add action item"),
        [=, this] { *id = PostmortemEdits(*m_db).insertActionItem(incident, position, withId(item, *id)); },
        [=, this] { PostmortemEdits(*m_db).removeActionItem(*id); });
}

void IncidentEditor::removeActionItem(IncidentId incident, int position, const ActionItem& item)
{
    push(
        incident, tr("Remove action item \"%1\"").arg(item.title),
        [=, this] { PostmortemEdits(*m_db).removeActionItem(item.id); },
        [=, this] { PostmortemEdits(*m_db).insertActionItem(incident, position, item); });
}

void IncidentEditor::updateTimelineEvent(IncidentId incident, const TimelineEvent& before, const TimelineEvent& after)
{
    if (before == after)
        return;
    push(
        incident, tr("Edit timeline entry"), [=, this] { PostmortemEdits(*m_db).updateTimelineEvent(after); },
        [=, this] { PostmortemEdits(*m_db).updateTimelineEvent(before); });
}

void IncidentEditor::addTimelineEvent(IncidentId incident, int position, const TimelineEvent& event)
{
    const RowId id = std::make_shared<qint64>(0);
    push(
        incident, tr("Add timeline entry"),
        [=, this] { *id = PostmortemEdits(*m_db).insertTimelineEvent(incident, position, withId(event, *id)); },
        [=, this] { PostmortemEdits(*m_db).removeTimelineEvent(*id); });
}

void IncidentEditor::removeTimelineEvent(IncidentId incident, int position, const TimelineEvent& event)
{
    push(
        incident, tr("Remove timeline entry"), [=, this] { PostmortemEdits(*m_db).removeTimelineEvent(event.id); },
        [=, this] { PostmortemEdits(*m_db).insertTimelineEvent(incident, position, event); });
}

void IncidentEditor::moveTimelineEvent(IncidentId incident, qint64 eventId, int from, int to)
{
    if (from == to)
        return;
    push(
        incident, tr("Move timeline entry"), [=, this] { PostmortemEdits(*m_db).moveTimelineEvent(eventId, to); },
        [=, this] { PostmortemEdits(*m_db).moveTimelineEvent(eventId, from); });
}

void IncidentEditor::acceptSuggestion(const Incident& incident, const SuggestedEvent& suggestion)
{
    TimelineEvent event;
    event.at = suggestion.at;
    event.text = suggestion.text;
    event.kind = suggestion.kind;
    // Before the first timed entry that comes later; untimed entries keep their places.
    int position = int(incident.timeline.size());
    for (int i = 0; i < incident.timeline.size(); ++i) {
        if (incident.timeline[i].at && *incident.timeline[i].at > suggestion.at) {
            position = i;
            break;
        }
    }
    addTimelineEvent(incident.id, position, event);
}

void IncidentEditor::updateRootCause(IncidentId incident, const RootCause& before, const RootCause& after)
{
    if (before == after)
        return;
    push(
        incident, tr("Edit root cause"), [=, this] { PostmortemEdits(*m_db).updateRootCause(after); },
        [=, this] { PostmortemEdits(*m_db).updateRootCause(before); });
}

void IncidentEditor::addRootCause(IncidentId incident, int position, const RootCause& cause)
{
    const RowId id = std::make_shared<qint64>(0);
    push(
        incident, tr("Add root cause"),
        [=, this] { *id = PostmortemEdits(*m_db).insertRootCause(incident, position, withId(cause, *id)); },
        [=, this] { PostmortemEdits(*m_db).removeRootCause(*id); });
}

void IncidentEditor::removeRootCause(IncidentId incident, int position, const RootCause& cause)
{
    push(
        incident, tr("Remove root cause"), [=, this] { PostmortemEdits(*m_db).removeRootCause(cause.id); },
        [=, this] { PostmortemEdits(*m_db).insertRootCause(incident, position, cause); });
}

void IncidentEditor::updateWhyStep(IncidentId incident, const WhyStep& before, const WhyStep& after)
{
    if (before == after)
        return;
    push(
        incident, tr("Edit why"), [=, this] { PostmortemEdits(*m_db).updateWhyStep(after); },
        [=, this] { PostmortemEdits(*m_db).updateWhyStep(before); });
}

void IncidentEditor::addWhyStep(IncidentId incident, int position, const WhyStep& step)
{
    const RowId id = std::make_shared<qint64>(0);
    push(
        incident, tr("Add why"),
        [=, this] { *id = PostmortemEdits(*m_db).insertWhyStep(incident, position, withId(step, *id)); },
        [=, this] { PostmortemEdits(*m_db).removeWhyStep(*id); });
}

void IncidentEditor::removeWhyStep(IncidentId incident, int position, const WhyStep& step)
{
    push(
        incident, tr("Remove why"), [=, this] { PostmortemEdits(*m_db).removeWhyStep(step.id); },
        [=, this] { PostmortemEdits(*m_db).insertWhyStep(incident, position, step); });
}

void IncidentEditor::moveWhyStep(IncidentId incident, qint64 stepId, int from, int to)
{
    if (from == to)
        return;
    push(
        incident, tr("Move why"), [=, this] { PostmortemEdits(*m_db).moveWhyStep(stepId, to); },
        [=, this] { PostmortemEdits(*m_db).moveWhyStep(stepId, from); });
}

void IncidentEditor::rejectSuggestion(IncidentId incident, const SuggestedEvent& suggestion)
{
    push(
        incident, tr("Reject suggestion"), [=, this] { SuggestionReview(*m_db).reject(incident, suggestion); },
        [=, this] {
            SuggestionReview(*m_db).restore(incident, RejectedSuggestion {suggestion.at, suggestion.kind});
        });
}

void IncidentEditor::deleteIncident(IncidentId incident, const QString& title)
{
    // The trash keeps every row, so undo is exact and the ids the other commands name stay valid.
    push(
        incident, tr("Delete incident \"%1\"").arg(title), [=, this] { TrashRepository(*m_db).moveToTrash(incident); },
        [=, this] { TrashRepository(*m_db).restore(incident); });
}

void IncidentEditor::push(IncidentId incident, const QString& text, std::function<void()> apply,
                          std::function<void()> revert)
{
    if (!m_db)
        return;
    // Every later run (redo, undo) reports like the first; a failure there leaves the store as it
    // was and says so, and the stack keeps the command so that the user can try again.
    auto report = [this, incident](const std::function<void()>& write) {
        return [this, incident, write] {
            if (run(write))
                Q_EMIT changed(incident);
        };
    };
    auto* command = new StoreEditCommand(text, report(apply), report(revert));
    if (!run(apply)) {
        delete command;
        return;
    }
    command->markApplied();
    m_stack->push(command);
    Q_EMIT changed(incident);
}

bool IncidentEditor::run(const std::function<void()>& write)
{
    try {
        write();
        return true;
    } catch (const StoreError& e) {
        // An edit is a write: why the store refused it, in the user's terms (Debrief's own reasons,
        // such as an item another window removed, are already).
        Q_EMIT failed(e.sqliteCode() == 0 ? e.message() : StoreFailure::describe(e));
        return false;
    }
}

} // namespace debrief
