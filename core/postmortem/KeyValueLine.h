// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace debrief {

// The incident fields a "Key: value" line can set.
enum class IncidentField
{
    Duration,
    Impact,
    RootCause,
    Resolution,
    Severity,
    Status,
    Date,
    Started,
    Ended,
    Detected,
    Resolved,
    Owner,
    Trigger,
    Timezone,
    ActionItems, // "Review actions: ...", "Follow-up actions: ...": an action item, label and all
};

// One "Key: value" line as postmortems write them in summaries and field tables ("Duration of the
// outage: 2 hours", "**Severity:** SEV1" once emphasis is gone). Only keys that name an incident
// field are recognised: "Actions Taken: ..." is not a key-value line. Also splits the short
// "Label: text" lines of timelines, which are not fields.
struct KeyValueLine
{
    IncidentField field = IncidentField::Impact;
    QString key;
    QString value;

    static std::optional<KeyValueLine> parse(QStringView line);
    static std::optional<IncidentField> fieldOf(QStringView key);
    // "Actions Taken: Engineering began ..." -> {"Actions Taken", "Engineering began ..."}: a label
    // of at most five words that starts with a letter.
    static std::optional<std::pair<QString, QString>> splitLabel(QStringView line);
};

} // namespace debrief
