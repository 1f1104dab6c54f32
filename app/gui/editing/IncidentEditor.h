// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Incident.h"
#include "PostmortemEdits.h"
#include "SuggestedEvent.h"

#include <QObject>
#include <functional>

class QUndoStack;

namespace debrief {

class Database;
class StoreEditCommand;

// Every edit the GUI makes to an incident goes through here: each is written to the store at once
// (core's PostmortemEdits, one transaction) and pushed on one undo stack, so Undo and Redo walk
// back and forth over all edits of the session, and closing and reopening shows the same state.
// After every write, done, undone or redone, it emits changed() with the incident, and the
// window reloads what it shows from the store. A failed write (StoreError) changes nothing,
// leaves the stack as it was and is reported through failed().
class IncidentEditor : public QObject
{
    Q_OBJECT

public:
    explicit IncidentEditor(QObject* parent = nullptr);

    // The store the edits go to; none (nullptr) clears the stack.
    void setDatabase(Database* db);
    QUndoStack* undoStack() const { return m_stack; }

    void setText(IncidentId incident, IncidentTextField field, const QString& before, const QString& after);
    // Title, summary, impact, severity, status, start and end as one edit (the details dialog).
    void editDetails(const Incident& before, const Incident& after);

    void updateActionItem(IncidentId incident, const ActionItem& before, const ActionItem& after);
    void addActionItem(IncidentId incident, int position, const ActionItem& item);
    void removeActionItem(IncidentId incident, int position, const ActionItem& item);

    void updateTimelineEvent(IncidentId incident, const TimelineEvent& before, const TimelineEvent& after);
    void addTimelineEvent(IncidentId incident, int position, const TimelineEvent& event);
    void removeTimelineEvent(IncidentId incident, int position, const TimelineEvent& event);
    void moveTimelineEvent(IncidentId incident, qint64 eventId, int from, int to);
    // A suggestion the user accepted becomes a timeline entry at its time, placed among the timed
    // entries in time order.
    void acceptSuggestion(const Incident& incident, const SuggestedEvent& suggestion);
    // A rejected suggestion is remembered in the store, so that it is not asked again.
    void rejectSuggestion(IncidentId incident, const SuggestedEvent& suggestion);

    void updateRootCause(IncidentId incident, const RootCause& before, const RootCause& after);
    void addRootCause(IncidentId incident, int position, const RootCause& cause);
    void removeRootCause(IncidentId incident, int position, const RootCause& cause);

    void updateWhyStep(IncidentId incident, const WhyStep& before, const WhyStep& after);
    void addWhyStep(IncidentId incident, int position, const WhyStep& step);
    void removeWhyStep(IncidentId incident, int position, const WhyStep& step);
    void moveWhyStep(IncidentId incident, qint64 stepId, int from, int to);

    // Moves the incident with its evidence to the store's trash; undo brings it back as it was.
    void deleteIncident(IncidentId incident, const QString& title);

Q_SIGNALS:
    void changed(IncidentId incident);
    void failed(const QString& message);

private:
    void push(IncidentId incident, const QString& text, std::function<void()> apply, std::function<void()> revert);
    bool run(const std::function<void()>& write);

    Database* m_db = nullptr;
    QUndoStack* m_stack = nullptr;
};

} // namespace debrief
