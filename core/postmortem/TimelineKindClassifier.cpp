// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER
#include "TimelineKindClassifier.h"
namespace debrief {
TimelineKind TimelineKindClassifier::classify(QStringView, QStringView) { return TimelineKind::Note; }
} // namespace debrief
