// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"

#include <QMetaType>
#include <QStringList>
#include <optional>

namespace debrief {

// What a GUI import of several files did, for the window to report and to show: the incident the
// files went into (the last postmortem's new incident, else the target), a line per file that
// went in, a "FILE:LINE: message" per file that did not, and whether the user cancelled.
struct ImportSummary
{
    std::optional<IncidentId> incident;
    QStringList imported;
    QStringList errors;
    bool cancelled = false;
};

} // namespace debrief

Q_DECLARE_METATYPE(debrief::ImportSummary)
