// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TimelineKind.h"

#include <QStringView>

namespace debrief {

// Infers the kind of a timeline entry from its label and words: "Issue detected through
// monitoring alert" is detection, "Misleading Investigation" red_herring, "The issue was resolved"
// resolution. The label weighs more than the text. Note when nothing matches.
class TimelineKindClassifier
{
public:
    static TimelineKind classify(QStringView label, QStringView text);
};

} // namespace debrief
