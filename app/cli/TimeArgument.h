// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"

#include <QString>
#include <optional>

namespace debrief::cli {

// A time given on the command line: ISO 8601 ("2024-08-10T19:00:00Z", "2024-08-10 19:00",
// "2024-08-10T21:00:00+02:00"; no zone means UTC) or epoch milliseconds.
std::optional<UtcMillis> parseTimeArgument(const QString& text);

} // namespace debrief::cli
