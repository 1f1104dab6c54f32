// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER
#include "PostmortemLinter.h"
namespace debrief {
QVector<LintFinding> PostmortemLinter::lint(const Incident&) { return {}; }
} // namespace debrief
