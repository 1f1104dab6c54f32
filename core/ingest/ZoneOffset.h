// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace debrief {

// The offset of a --timezone value in seconds east of UTC on `date`: "UTC" (or empty), "+02:00",
// "-0530", or an IANA name such as "Europe/Berlin" (its offset at noon that day). `description`
// gets a phrase for the import's assumptions ("UTC+02:00", "Europe/Berlin (UTC+02:00 on ...)").
// None when the zone is unknown. Shared by the log and metrics imports so that --timezone reads
// the same for both.
std::optional<int> zoneOffset(const QString& timezone, const QDate& date, QString& description);

} // namespace debrief
