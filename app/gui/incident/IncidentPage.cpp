// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentPage.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace debrief {

namespace {
constexpr std::array<std::pair<IncidentPage, const char*>, 7> kPages {{
    {IncidentPage::Overview, "overview"},
    {IncidentPage::Timeline, "timeline"},
    {IncidentPage::RootCause, "rootcause"},
    {IncidentPage::Actions, "actions"},
    {IncidentPage::Logs, "logs"},
    {IncidentPage::Metrics, "metrics"},
    {IncidentPage::Document, "document"},
}};
} // namespace

QString incidentPageName(IncidentPage page)
{
    for (const auto& [p, name] : kPages) {
        if (p == page)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("overview");
}

std::optional<IncidentPage> incidentPageFromName(const QString& name)
{
    const QString wanted = name.trimmed().toLower();
    for (const auto& [p, n] : kPages) {
        if (wanted == QLatin1String(n))
            return p;
    }
    return std::nullopt;
}

QStringList allIncidentPageNames()
{
    QStringList names;
    for (const auto& [p, name] : kPages)
        names << QString::fromLatin1(name);
    return names;
}

QString incidentPageTitle(IncidentPage page)
{
    switch (page) {
    case IncidentPage::Overview:
        return QCoreApplication::translate("IncidentPage", "Overview");
    case IncidentPage::Timeline:
        return QCoreApplication::translate("IncidentPage", "Timeline");
    case IncidentPage::RootCause:
        return QCoreApplication::translate("IncidentPage", "Root cause");
    case IncidentPage::Actions:
        return QCoreApplication::translate("IncidentPage", "Action items");
    case IncidentPage::Logs:
        return QCoreApplication::translate("IncidentPage", "Logs");
    case IncidentPage::Metrics:
        return QCoreApplication::translate("IncidentPage", "Metrics");
    case IncidentPage::Document:
        break;
    }
    return QCoreApplication::translate("IncidentPage", "Document");
}

} // namespace debrief
