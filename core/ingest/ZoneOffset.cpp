// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZoneOffset.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace debrief {

std::optional<int> zoneOffset(const QString& timezone, const QDate& date, QString& description)
{
    const QString tz = timezone.trimmed();
    if (tz.isEmpty() || tz.compare(u"UTC", Qt::CaseInsensitive) == 0 || tz == u"Z"
        || tz.compare(u"GMT", Qt::CaseInsensitive) == 0) {
        description = QStringLiteral("UTC");
        return 0;
    }
    static const QRegularExpression offset(QStringLiteral("^(?:UTC|GMT)?([+-])(\\d{1,2}):?(\\d{2})?$"));
    if (const auto m = offset.match(tz); m.hasMatch()) {
        const int seconds = m.captured(2).toInt() * 3600 + m.captured(3).toInt() * 60;
        description = QStringLiteral("UTC%1").arg(tz.mid(tz.indexOf(m.captured(1))));
        return m.captured(1) == u"-" ? -seconds : seconds;
    }
    const QTimeZone zone(tz.toUtf8());
    if (!zone.isValid())
        return std::nullopt;
    const QDateTime noon(date, QTime(12, 0), zone);
    const int seconds = zone.offsetFromUtc(noon);
    description = QStringLiteral("%1 (UTC%2%3:%4 on %5)")
                      .arg(tz, seconds < 0 ? u"-" : u"+")
                      .arg(qAbs(seconds) / 3600, 2, 10, QLatin1Char('0'))
                      .arg(qAbs(seconds) % 3600 / 60, 2, 10, QLatin1Char('0'))
                      .arg(date.toString(Qt::ISODate));
    return seconds;
}

} // namespace debrief
