// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionItem.h"

#include <array>
#include <utility>

namespace debrief {

namespace {
constexpr std::array<std::pair<ActionStatus, const char*>, 4> kNames{{
    {ActionStatus::Open, "open"},
    {ActionStatus::InProgress, "in_progress"},
    {ActionStatus::Done, "done"},
    {ActionStatus::WontDo, "wont_do"},
}};
} // namespace

QString actionStatusName(ActionStatus status)
{
    for (const auto& [s, name] : kNames) {
        if (s == status)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("open");
}

std::optional<ActionStatus> actionStatusFromName(const QString& name)
{
    const QString wanted = name.trimmed().toLower();
    for (const auto& [s, n] : kNames) {
        if (wanted == QLatin1String(n))
            return s;
    }
    return std::nullopt;
}

QStringList allActionStatusNames()
{
    QStringList names;
    for (const auto& entry : kNames)
        names << QString::fromLatin1(entry.second);
    return names;
}

} // namespace debrief
