// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER
#include "IncidentMetrics.h"
namespace debrief {
IncidentMetrics IncidentMetrics::compute(const Incident&) { return {}; }
} // namespace debrief
