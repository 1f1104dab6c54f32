// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"
#include "Incident.h"
#include "PostmortemReading.h"
#include "SourceLines.h"
#include "TimeExpressionParser.h"

#include <QString>
#include <QVector>
#include <optional>

namespace debrief {

// A timeline entry as read, before the document's zone and date are known.
struct DraftTimelineEntry
{
    std::optional<TimeExpression> time;
    std::optional<QDate> day; // from a date line before the entry
    QString zoneHint; // from a table header "Time (UTC)"
    QString timeText;
    QString label;
    QString text;
    std::optional<TimelineKind> kind; // as given by a Kind column
    int line = 0;
};

// What the section readers of one import share: the incident being filled, the diagnostics, and
// the times that can only be turned into UTC once the whole document has been read. Not a public
// type: it lives only for one PostmortemImporter::import() call.
struct ImportState
{
    explicit ImportState(const SourceLines& lines)
        : source(lines)
    { }

    const SourceLines& source;
    Incident incident;
    QVector<ImportDiagnostic> diagnostics;
    QVector<DraftTimelineEntry> timeline;
    std::optional<TimeExpression> started;
    std::optional<TimeExpression> ended;
    QString statedZone; // a "Timezone" field
    QString firstZone; // the first zone written in the summary or the timeline
    std::optional<int> year;
    std::optional<QDate> givenDate; // the user's day for a timeline whose document states none
    // Where the resolver took the timeline's day and zone from, for the import's account of itself.
    TimelineDateSource dateSource = TimelineDateSource::None;
    TimelineZoneSource zoneSource = TimelineZoneSource::NotNeeded;
    // An "Impact: ..." / "Resolution: ..." line above the sections, which a section of its own
    // replaces: the line stays in the text above, so nothing is lost, and a report read again (its
    // section and the line both) does not state it twice.
    bool impactFromPreamble = false;
    bool resolutionFromPreamble = false;
    bool fieldTable = false; // the document states its fields in a table, as the exporter writes it

    void diagnose(Severity severity, int line, const QString& message)
    {
        diagnostics.append({severity, line, message});
    }
    void noteZone(const QString& zone)
    {
        if (firstZone.isEmpty() && !zone.trimmed().isEmpty())
            firstZone = zone.trimmed();
    }
};

} // namespace debrief
