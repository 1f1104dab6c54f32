// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"
#include "Incident.h"
#include "IncidentPage.h"

#include <optional>

class QTableView;

namespace debrief {

class IncidentView;

// Where a lint finding points in the incident view: the page for its rule or its section
// (timeline findings on the Timeline, root causes and the resolution on Root cause, action items
// on Action items, the rest on the Overview) and, on a table page, the row whose source line the
// finding names. It owns nothing.
class FindingNavigator
{
public:
    static IncidentPage pageFor(const LintFinding& finding, const Incident& incident);
    // Shows the finding's page in `view` and selects the row it names where there is one.
    static void reveal(const LintFinding& finding, IncidentView& view);

private:
    static std::optional<IncidentPage> pageForRule(const QString& rule);
    static std::optional<IncidentPage> pageForSection(const QString& section, const Incident& incident);
    static qint64 timelineEventAt(const Incident& incident, int line);
    static qint64 actionItemAt(const Incident& incident, int line);
    static bool selectRow(QTableView* view, int idRole, qint64 id);
};

} // namespace debrief
