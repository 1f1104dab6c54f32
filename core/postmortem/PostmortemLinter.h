// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"
#include "Incident.h"

#include <QVector>

namespace debrief {

// Checks a postmortem for what reviewers catch: root causes that disagree, a resolution the
// timeline does not bear out, a stated duration that the timeline contradicts, entries out of
// order or without a time, action items nobody owns, missing sections, no time zone.
class PostmortemLinter
{
public:
    static QVector<LintFinding> lint(const Incident& incident);
};

} // namespace debrief
