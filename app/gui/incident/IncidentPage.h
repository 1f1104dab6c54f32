// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace debrief {

// The pages of the incident view, in tab order. The names ("overview", "timeline", ...) are the
// values of `debrief --view` and part of the command-line contract; the titles are for people.
enum class IncidentPage
{
    Overview,
    Timeline,
    RootCause,
    Actions,
    Logs,
    Metrics,
    Document,
};

// The last page, for loops over all of them.
constexpr IncidentPage kLastIncidentPage = IncidentPage::Document;

QString incidentPageName(IncidentPage page);
std::optional<IncidentPage> incidentPageFromName(const QString& name);
QStringList allIncidentPageNames();
// The translated tab title ("Root cause").
QString incidentPageTitle(IncidentPage page);

} // namespace debrief
