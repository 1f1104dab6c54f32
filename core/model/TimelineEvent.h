// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"
#include "TimelineKind.h"

#include <QString>

#include <optional>

namespace debrief {

// One entry of an incident's timeline. Timed entries carry `at`; untimed ones ("Actions Taken:
// ...") carry a label instead and keep their place in the order, which is the order of the
// incident's timeline vector.
struct TimelineEvent
{
    qint64 id = 0;                // row id in the store, 0 before it is stored
    std::optional<UtcMillis> at;  // none for untimed entries
    QString timeText;             // the time as written in the source ("19:00 (UTC)"), kept for honesty
    QString label;                // "Actions Taken", "Misleading Investigation"; empty for most timed entries
    QString text;
    TimelineKind kind = TimelineKind::Note;
    int sourceLine = 0;           // 1-based line in the imported document, 0 when entered by hand

    bool operator==(const TimelineEvent&) const = default;
};

} // namespace debrief
