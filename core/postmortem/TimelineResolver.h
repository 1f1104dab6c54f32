// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportState.h"

namespace debrief {

// Turns the draft timeline and the stated start and end into UTC once the whole document is read:
// picks the zone (the entry's, else the document's, else the user's option, else UTC, saying so),
// gives dateless times the date of the line above them or of the incident, and rolls times that
// pass midnight (23:50 then 00:10) over to the next day. Also derives what the timeline implies:
// the status, and the start and end when the document does not state them.
class TimelineResolver
{
public:
    TimelineResolver(ImportState& state, const QString& optionZone)
        : m_state(state)
        , m_optionZone(optionZone)
    { }

    void resolve();

private:
    void chooseDate();
    void chooseZone();
    std::optional<UtcMillis> toUtc(const TimeExpression& t, const QDate& day, const QString& hint);
    void resolveTimeline();
    void resolveStartEnd();
    void deriveStatus();

    ImportState& m_state;
    QString m_optionZone;
    QString m_zone;
    bool m_warnedZone = false;
};

} // namespace debrief
