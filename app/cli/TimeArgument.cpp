// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeArgument.h"

#include <QDateTime>
#include <QTimeZone>

namespace debrief::cli {

std::optional<UtcMillis> parseTimeArgument(const QString& text)
{
    const QString trimmed = text.trimmed();
    bool isNumber = false;
    const qint64 millis = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return UtcMillis {millis};
    QString iso = trimmed;
    iso.replace(u' ', u'T');
    QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    // Qt reads a time without zone as local time; the CLI's times are UTC unless they say.
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeZone(QTimeZone::utc());
    return UtcMillis::fromDateTime(dt);
}

} // namespace debrief::cli
