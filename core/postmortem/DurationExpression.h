// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>
#include <optional>

namespace debrief {

// Durations in words as postmortems state them: "2 hours", "2 hrs 15 mins", "1h30m", "90 minutes",
// "1.5 hours", "an hour and a half", "half an hour". The duration half of TimeExpressionParser; it
// reads the first duration in a phrase ("2 hours, from 19:00 to 21:00 (UTC)" is 120) and does not
// compute durations from time ranges, which is the importer's business.
class DurationExpression
{
public:
    // The first duration in `text`, rounded to whole minutes.
    static std::optional<int> findMinutes(QStringView text);
};

} // namespace debrief
