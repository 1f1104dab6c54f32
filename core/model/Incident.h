// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActionItem.h"
#include "DocumentSection.h"
#include "Ids.h"
#include "MeasureGroup.h"
#include "RootCause.h"
#include "TimelineEvent.h"
#include "WhyStep.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QVector>

#include <optional>

namespace debrief {

// An incident and its postmortem: a plain value, loaded from and saved to the store as a whole by
// IncidentRepository, produced by PostmortemImporter and consumed by the exporter and the linter.
// Evidence (logs, metrics) is not part of it: it is too large to hold as a value.
struct Incident
{
    IncidentId id;
    QString title;
    QString summary;                // prose of the summary section, Markdown
    QString impact;
    QString severity;               // as written ("SEV1", "P2", "major"); empty when not stated
    QString status;                 // "open", "mitigated", "resolved"
    std::optional<QDate> date;      // the day the incident happened, from the document
    QString timezone;               // the zone the document states its times in ("UTC", "PST"); empty if none
    std::optional<UtcMillis> startedAt;
    std::optional<UtcMillis> endedAt;
    std::optional<int> statedDurationMinutes; // what the document says ("2 hours" -> 120)
    QString durationText;           // the duration as written
    QString resolution;
    QVector<TimelineEvent> timeline; // in document order
    QVector<RootCause> rootCauses;
    QVector<WhyStep> whys;          // the "5 whys" chain, in order
    QVector<MeasureGroup> measures;
    QVector<ActionItem> actionItems;
    QVector<UnknownSection> unknownSections;
    QVector<DocumentSection> sections; // the headings the document had, in order
    // The names the author gave the columns of the tables read, by the column the report writes
    // ("timeline.event" -> "Description", "actions.title" -> "Action Item", "actions.status" ->
    // "State"), so that the report names them as the author did, and the words its action table
    // used for a status ("actions.status.in_progress" -> "ONGOING"), and the field names that stood
    // for a section ("fields.impact" -> "User impact"). Empty: the report's own names.
    QMap<QString, QString> columnNames;
    QString sourcePath;

    // Minutes from start to end when both are known, else the stated duration.
    std::optional<int> durationMinutes() const
    {
        if (startedAt && endedAt)
            return int(startedAt->minutesUntil(*endedAt));
        return statedDurationMinutes;
    }

    bool operator==(const Incident&) const = default;
};

// One row of the incident list: what the dashboard needs without loading every incident whole.
struct IncidentSummary
{
    IncidentId id;
    QString title;
    std::optional<QDate> date;
    std::optional<UtcMillis> startedAt;
    std::optional<UtcMillis> endedAt;
    QString severity;
    QString status;
    int openActionItems = 0;
    int overdueActionItems = 0;
    int actionItems = 0;
};

} // namespace debrief
