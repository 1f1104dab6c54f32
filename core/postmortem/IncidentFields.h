// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportState.h"
#include "KeyValueLine.h"

namespace debrief {

// Applies "Key: value" statements to the incident being imported: "Duration of the outage: 2 hours,
// from 19:00 to 21:00 (UTC) on August 10, 2024" gives the duration, the start and end, the date and
// the zone. Says whether the value is now held in full by a field, so that the caller can drop the
// line from the prose (a root cause) or must keep it there (a duration with a sentence around it).
class IncidentFields
{
public:
    explicit IncidentFields(ImportState& state)
        : m_state(state)
    { }

    // `strict` is for field tables, whose values are held in full by the fields they name.
    bool apply(const KeyValueLine& kv, int line, const QString& sectionName, bool strict);

private:
    void applyDuration(const QString& value);
    void noteFieldName(const QString& key, const QString& name);
    void applyTime(std::optional<TimeExpression>& target, const QString& value);
    static QString appended(const QString& existing, const QString& more);

    ImportState& m_state;
};

} // namespace debrief
