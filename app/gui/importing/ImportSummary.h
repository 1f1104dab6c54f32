// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"

#include <QMetaType>
#include <QStringList>
#include <QVector>
#include <optional>

namespace debrief {

// What a GUI import of several files did, for the window to report and to show: the incident the
// files went into (the last postmortem's new incident, else the target), a line per file that
// went in, a "FILE:LINE: message" per file that did not, and whether the user cancelled.
struct ImportSummary
{
    // A postmortem whose timeline has clock times but whose document states no day anywhere: the
    // window asks the user for the day and imports the file again with it.
    struct Dateless
    {
        QString path;
        IncidentId incident;
        int times = 0; // entries with a time as written and no day
    };

    std::optional<IncidentId> incident;
    QVector<Dateless> dateless;
    QStringList imported;
    QStringList errors;
    bool cancelled = false;
};

} // namespace debrief

Q_DECLARE_METATYPE(debrief::ImportSummary)
