// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineKind.h"

#include <array>
#include <utility>

namespace debrief {

namespace {
constexpr std::array<std::pair<TimelineKind, const char*>, 9> kNames{{
    {TimelineKind::Detection, "detection"},
    {TimelineKind::Investigation, "investigation"},
    {TimelineKind::RedHerring, "red_herring"},
    {TimelineKind::Mitigation, "mitigation"},
    {TimelineKind::Fix, "fix"},
    {TimelineKind::Resolution, "resolution"},
    {TimelineKind::Communication, "communication"},
    {TimelineKind::Deploy, "deploy"},
    {TimelineKind::Note, "note"},
}};
} // namespace

QString timelineKindName(TimelineKind kind)
{
    for (const auto& [k, name] : kNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("note");
}

std::optional<TimelineKind> timelineKindFromName(const QString& name)
{
    const QString wanted = name.trimmed().toLower();
    for (const auto& [k, n] : kNames) {
        if (wanted == QLatin1String(n))
            return k;
    }
    return std::nullopt;
}

QStringList allTimelineKindNames()
{
    QStringList names;
    for (const auto& entry : kNames)
        names << QString::fromLatin1(entry.second);
    return names;
}

} // namespace debrief
