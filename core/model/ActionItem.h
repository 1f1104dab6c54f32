// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace debrief {

enum class ActionStatus
{
    Open,
    InProgress,
    Done,
    WontDo,
};

// "open", "in_progress", "done", "wont_do": the names of the JSON contract and of the store.
QString actionStatusName(ActionStatus status);
std::optional<ActionStatus> actionStatusFromName(const QString& name);
QStringList allActionStatusNames();

// A follow-up the team committed to. Priority is free text as teams write it ("P1", "high").
struct ActionItem
{
    qint64 id = 0;
    QString title;
    QString owner;
    std::optional<QDate> due;
    ActionStatus status = ActionStatus::Open;
    QString priority;
    QString link;
    // What the author's Notes or Comments column said of it ("Done", "blocked on #12").
    QString notes;
    // The kind of work as the author's Type column named it ("Prevent", "mitigate", "Process").
    QString type;
    // The sub-heading the item was listed under ("Prevention", "Fixes" under "Action items"), as the
    // author wrote it; empty for an item listed under the section's own heading.
    QString group;
    int sourceLine = 0;

    bool isOpen() const { return status == ActionStatus::Open || status == ActionStatus::InProgress; }
    bool isOverdue(const QDate& today) const { return isOpen() && due && *due < today; }
    bool operator==(const ActionItem&) const = default;
};

} // namespace debrief
