// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QStringView>
#include <optional>

namespace debrief {

// Time zones as postmortems write them: "UTC", "Z", the common abbreviations ("PST", "CEST",
// "EAT"), numeric offsets ("+02:00", "-0500", "UTC+3", "GMT-4") and IANA names ("Europe/Berlin").
// The zone half of TimeExpressionParser. Abbreviations stand for one fixed offset each, so "PST"
// written in July still means UTC-8: the writer chose it. Ambiguous ones take the reading most
// common in English-language incident reports (CST is US Central, IST India, BST British Summer).
class ZoneNames
{
public:
    // The offset from UTC in seconds; IANA names and the US generic names ("ET", "PT") at `onDate`,
    // or now when no date is given.
    static std::optional<int> offsetSeconds(QStringView zone, const QDate& onDate = {});
};

} // namespace debrief
