// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Incident.h"
#include "Statement.h"

#include <functional>
#include <optional>

namespace debrief {

class Database;

// The incident fields a user edits as text.
enum class IncidentTextField
{
    Title,
    Summary,
    Impact,
    Severity,
    Status,
    Resolution,
};

// Every single edit a user makes to an incident's postmortem, each written at once in its own
// transaction (there is no Save): the fields, and the ordered lists (timeline, root causes, whys,
// action items) entry by entry. The edits are shaped for undo: an insert takes the position (and keeps a
// given row id, so that undoing a removal brings back the same row), a removal returns the position
// it freed, and positions stay 0..n-1 without gaps. Throws StoreError naming what is missing when a
// row is not there, leaving the store as it was.
class PostmortemEdits
{
public:
    explicit PostmortemEdits(Database& db);

    void setText(IncidentId incident, IncidentTextField field, const QString& value);
    void setWindow(IncidentId incident, std::optional<UtcMillis> startedAt, std::optional<UtcMillis> endedAt);
    // The details a user edits together (title, summary, impact, severity, status, start and end)
    // of `details.id`, in one transaction: one dialog, one edit.
    void setDetails(const Incident& details);

    qint64 insertTimelineEvent(IncidentId incident, int position, const TimelineEvent& event);
    void updateTimelineEvent(const TimelineEvent& event);
    int removeTimelineEvent(qint64 eventId);
    void moveTimelineEvent(qint64 eventId, int position);

    qint64 insertActionItem(IncidentId incident, int position, const ActionItem& item);
    void updateActionItem(const ActionItem& item);
    int removeActionItem(qint64 itemId);
    void moveActionItem(qint64 itemId, int position);

    qint64 insertRootCause(IncidentId incident, int position, const RootCause& cause);
    void updateRootCause(const RootCause& cause);
    int removeRootCause(qint64 causeId);

    qint64 insertWhyStep(IncidentId incident, int position, const WhyStep& step);
    void updateWhyStep(const WhyStep& step);
    int removeWhyStep(qint64 stepId);
    void moveWhyStep(qint64 stepId, int position);

private:
    struct Place
    {
        IncidentId incident;
        int position = 0;
    };

    using BindFields = std::function<void(Statement&)>;

    qint64 insertAt(const char* table, IncidentId incident, int position, qint64 rowId, const char* sql,
                    const BindFields& fields);
    void updateRow(const char* table, const char* what, qint64 rowId, const char* sql, const BindFields& fields);
    Place placeOf(const char* table, qint64 rowId);
    int clampedPosition(const char* table, IncidentId incident, int position, int extra);
    void shift(const char* table, IncidentId incident, int from, int delta);
    int remove(const char* table, qint64 rowId);
    void move(const char* table, qint64 rowId, int position);
    void touch(IncidentId incident);
    void requireChange(const char* what, qint64 rowId);

    Database& m_db;
};

} // namespace debrief
