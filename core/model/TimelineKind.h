// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace debrief {

// What a timeline entry records. The names are part of the CLI and JSON contract.
enum class TimelineKind
{
    Detection,
    Investigation,
    RedHerring,
    Mitigation,
    Fix,
    Resolution,
    Communication,
    Deploy,
    Note,
};

QString timelineKindName(TimelineKind kind);
std::optional<TimelineKind> timelineKindFromName(const QString& name);
QStringList allTimelineKindNames();

} // namespace debrief
