// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace debrief {

// A root cause (or contributing factor) as the postmortem states it. `section` is the heading of
// the section it was stated in, so that two disagreeing statements can be shown side by side.
// `label` is the field name it was stated under, as written ("Trigger", "Cause"), or empty.
struct RootCause
{
    qint64 id = 0;
    QString text;
    QString section;
    int sourceLine = 0;
    QString label;

    bool operator==(const RootCause&) const = default;
};

} // namespace debrief
