// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace debrief {

// One stored version of an incident's document: when, from what (a file name, or what made it:
// "edits since version 2", "restore of version 1"), a one-line summary, and the canonical Markdown
// report it can be brought back from. `original` holds the imported file's bytes when the version
// came from a file; `report` and `original` are only filled by DocumentVersionRepository::find().
struct DocumentVersion
{
    IncidentId incident;
    int version = 0;
    UtcMillis at;
    QString source;
    QString summary;
    QString report;
    std::optional<QByteArray> original;
};

} // namespace debrief
