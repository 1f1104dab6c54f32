// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentSection.h"

#include <array>
#include <utility>

namespace debrief {

namespace {
constexpr std::array<std::pair<SectionRole, const char*>, 10> kNames{{
    {SectionRole::Summary, "summary"},
    {SectionRole::Impact, "impact"},
    {SectionRole::Timeline, "timeline"},
    {SectionRole::RootCause, "root_cause"},
    {SectionRole::Whys, "whys"},
    {SectionRole::Resolution, "resolution"},
    {SectionRole::Measures, "measures"},
    {SectionRole::ActionItems, "action_items"},
    {SectionRole::Lessons, "lessons"},
    {SectionRole::Unknown, "unknown"},
}};
} // namespace

QString sectionRoleName(SectionRole role)
{
    for (const auto& [r, name] : kNames) {
        if (r == role)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("unknown");
}

std::optional<SectionRole> sectionRoleFromName(const QString& name)
{
    for (const auto& [r, n] : kNames) {
        if (name == QLatin1String(n))
            return r;
    }
    return std::nullopt;
}

} // namespace debrief
