// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZoneOffset.h"

#include "TimeExpressionParser.h"

namespace debrief {

namespace {

QString utcOffsetText(int seconds)
{
    return QStringLiteral("UTC%1%2:%3")
        .arg(seconds < 0 ? QStringLiteral("-") : QStringLiteral("+"))
        .arg(qAbs(seconds) / 3600, 2, 10, QLatin1Char('0'))
        .arg(qAbs(seconds) % 3600 / 60, 2, 10, QLatin1Char('0'));
}

} // namespace

std::optional<int> zoneOffset(const QString& timezone, const QDate& date, QString& description)
{
    const QString tz = timezone.trimmed();
    if (tz.isEmpty()) {
        description = QStringLiteral("UTC");
        return 0;
    }
    // The postmortem importer's reading of zones, so that --timezone means the same for a
    // postmortem, a log file and a metrics export ("PST", "UTC+3", "+05:30", "Europe/Berlin").
    const std::optional<int> seconds = TimeExpressionParser::zoneOffsetSeconds(tz, date);
    if (!seconds)
        return std::nullopt;
    if (*seconds == 0
        && (tz.compare(u"UTC", Qt::CaseInsensitive) == 0 || tz.compare(u"GMT", Qt::CaseInsensitive) == 0
            || tz == u"Z")) {
        description = QStringLiteral("UTC");
    } else if (tz.front() == u'+' || tz.front() == u'-' || tz.startsWith(u"UTC", Qt::CaseInsensitive)
               || tz.startsWith(u"GMT", Qt::CaseInsensitive)) {
        description = utcOffsetText(*seconds);
    } else if (tz.contains(u'/')) {
        description = QStringLiteral("%1 (%2 on %3)").arg(tz, utcOffsetText(*seconds), date.toString(Qt::ISODate));
    } else {
        description = QStringLiteral("%1 (%2)").arg(tz, utcOffsetText(*seconds));
    }
    return seconds;
}

} // namespace debrief
