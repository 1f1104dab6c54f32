// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisplayText.h"

#include <cstdlib>

namespace debrief {

QString DisplayText::duration(std::optional<int> minutes)
{
    if (!minutes)
        return notStated();
    const int total = std::abs(*minutes);
    const QString sign = *minutes < 0 ? QStringLiteral("−") : QString();
    if (total < 60)
        return sign + tr("%n min", nullptr, total);
    const int hours = total / 60;
    const int rest = total % 60;
    if (rest == 0)
        return sign + tr("%n h", nullptr, hours);
    return sign + tr("%1 h %2 min").arg(hours).arg(rest);
}

QString DisplayText::date(const std::optional<QDate>& date)
{
    // ISO dates: unambiguous for teams spread over locales, and they sort as text.
    return date && date->isValid() ? date->toString(Qt::ISODate) : notStated();
}

QString DisplayText::dateTimeUtc(const std::optional<UtcMillis>& at)
{
    if (!at)
        return notStated();
    return tr("%1 UTC").arg(at->toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

QString DisplayText::timelineKind(TimelineKind kind)
{
    switch (kind) {
    case TimelineKind::Detection:
        return tr("Detection");
    case TimelineKind::Investigation:
        return tr("Investigation");
    case TimelineKind::RedHerring:
        return tr("Red herring");
    case TimelineKind::Mitigation:
        return tr("Mitigation");
    case TimelineKind::Fix:
        return tr("Fix");
    case TimelineKind::Resolution:
        return tr("Resolution");
    case TimelineKind::Communication:
        return tr("Communication");
    case TimelineKind::Deploy:
        return tr("Deploy");
    case TimelineKind::Note:
        break;
    }
    return tr("Note");
}

QString DisplayText::actionStatus(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return tr("Open");
    case ActionStatus::InProgress:
        return tr("In progress");
    case ActionStatus::Done:
        return tr("Done");
    case ActionStatus::WontDo:
        break;
    }
    return tr("Won't do");
}

QString DisplayText::severity(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("Error");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Info:
        break;
    }
    return tr("Info");
}

QString DisplayText::incidentStatus(const QString& status)
{
    const QString key = status.trimmed().toLower();
    if (key.isEmpty())
        return notStated();
    if (key == QLatin1String("open"))
        return tr("Open");
    if (key == QLatin1String("mitigated"))
        return tr("Mitigated");
    if (key == QLatin1String("resolved"))
        return tr("Resolved");
    // A status the store knows but the GUI does not yet: show it as written rather than hide it.
    return status;
}

QString DisplayText::notStated()
{
    return QStringLiteral("—");
}

} // namespace debrief
