// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Incident.h"

#include <QDate>
#include <QString>
#include <optional>

namespace debrief {

// Where the day of a timeline's times came from.
enum class TimelineDateSource
{
    None, // no date anywhere: the times are kept as written only
    Entries, // the entries or date lines in the timeline state their days
    Fields, // a Date, Duration, Start field or the front matter
    Summary, // a date written in the summary or the impact
    Option, // the user's --date (or the GUI's question)
};

// Where the zone of times that state none came from.
enum class TimelineZoneSource
{
    NotNeeded, // every time states its zone, or there is no time
    Stated, // a Timezone field
    Written, // a zone written in the document ("All times UTC", a time with its zone)
    Option, // the user's --timezone
    Assumed, // nothing said: UTC, and the import says so
};

// What one import read, told to the person who ran it ("import" prints it on standard error, the
// GUI shows it): the entries by how well they are timed, where their date and zone came from, and
// how many of each other item. Derived from the incident read and the resolver's choices.
struct PostmortemReading
{
    int timedEntries = 0; // a date and a time: placed on the incident's clock
    int timeOnlyEntries = 0; // a time as written, no day known
    int untimedEntries = 0;
    TimelineDateSource dateSource = TimelineDateSource::None;
    TimelineZoneSource zoneSource = TimelineZoneSource::NotNeeded;
    QString zone; // the zone taken for times that state none, when one was needed
    int rootCauses = 0;
    int measures = 0;
    int measureItems = 0;
    int actionItems = 0;
    int verbatimSections = 0; // sections (and leftover text) kept as written

    int timelineEntries() const { return timedEntries + timeOnlyEntries + untimedEntries; }
    // One line for a person: "22 timeline entries (20 timed, 2 untimed; the day from the summary, zone
    // PST as written in the document), 1 root cause, 3 measures (7 items), 5 action items, 4 sections
    // kept verbatim". Translated; the CLI prints it after the import, the GUI shows it.
    QString describe() const;
    // The counts of `incident`; the sources are the resolver's to fill.
    static PostmortemReading countsOf(const Incident& incident);
};

} // namespace debrief
