// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <QtGlobal>

#include <compare>

namespace debrief {

// The id of an incident in the store. A distinct type so that it can never be mixed up with a row
// id of another table or with a count.
struct IncidentId
{
    qint64 value = 0;

    bool isValid() const { return value > 0; }
    auto operator<=>(const IncidentId&) const = default;
};

// A point in time: UTC milliseconds since the Unix epoch, the only time representation the store
// and the core use. Conversions to text always produce ISO 8601 UTC with a trailing Z.
struct UtcMillis
{
    qint64 value = 0;

    auto operator<=>(const UtcMillis&) const = default;

    static UtcMillis fromDateTime(const QDateTime& dt) { return UtcMillis{dt.toMSecsSinceEpoch()}; }
    QDateTime toDateTime() const { return QDateTime::fromMSecsSinceEpoch(value, QTimeZone::utc()); }
    // "2024-08-10T19:00:00Z" (milliseconds only when they are not zero)
    QString toIso() const
    {
        const QDateTime dt = toDateTime();
        return dt.toString(value % 1000 == 0 ? QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")
                                             : QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    }
    qint64 minutesUntil(UtcMillis later) const { return (later.value - value) / 60000; }
};

} // namespace debrief
