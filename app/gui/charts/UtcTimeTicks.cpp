// SPDX-License-Identifier: GPL-3.0-or-later
#include "UtcTimeTicks.h"

#include <QDateTime>
#include <QLocale>
#include <array>

namespace debrief {

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

constexpr std::array<qint64, 22> kSteps {
    kSecond,     2 * kSecond,  5 * kSecond,  10 * kSecond, 15 * kSecond, 30 * kSecond, kMinute,   2 * kMinute,
    5 * kMinute, 10 * kMinute, 15 * kMinute, 30 * kMinute, kHour,        2 * kHour,    3 * kHour, 6 * kHour,
    12 * kHour,  kDay,         2 * kDay,     7 * kDay,     14 * kDay,    30 * kDay,
};

qint64 floorTo(qint64 value, qint64 step)
{
    const qint64 q = value / step;
    return (value % step < 0 ? q - 1 : q) * step;
}

} // namespace

qint64 UtcTimeTicks::stepFor(const TimeWindow& window, int maxTicks)
{
    const qint64 span = std::max<qint64>(window.span(), 1);
    for (const qint64 step : kSteps) {
        if (span / step <= std::max(maxTicks, 1))
            return step;
    }
    return kSteps.back();
}

QVector<UtcTimeTicks::Tick> UtcTimeTicks::compute(const TimeWindow& window, int maxTicks)
{
    QVector<Tick> ticks;
    if (!window.isValid())
        return ticks;
    const qint64 step = stepFor(window, maxTicks);
    // Steps up to a day divide a UTC day evenly, so flooring on the epoch lands on round times.
    for (qint64 at = floorTo(window.from.value, step); at <= window.to.value; at += step) {
        if (at >= window.from.value)
            ticks.append({UtcMillis {at}, label(UtcMillis {at}, step)});
    }
    return ticks;
}

QString UtcTimeTicks::label(UtcMillis at, qint64 step)
{
    const QDateTime time = at.toDateTime();
    const QLocale locale;
    // Midnight gets the date so that a range across days says where each day starts.
    if (step >= kDay || at.value % kDay == 0)
        return locale.toString(time.date(), QStringLiteral("MMM d"));
    if (step < kMinute)
        return time.toString(QStringLiteral("HH:mm:ss"));
    return time.toString(QStringLiteral("HH:mm"));
}

QString UtcTimeTicks::daysText(const TimeWindow& window)
{
    const QString first = window.from.toDateTime().date().toString(Qt::ISODate);
    const QString last = window.to.toDateTime().date().toString(Qt::ISODate);
    return first == last ? first : first + QStringLiteral(" – ") + last;
}

} // namespace debrief
