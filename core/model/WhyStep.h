// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace debrief {

// One step of a "5 whys" chain: the question asked ("Why was the pool exhausted?") and the answer
// that the next step asks about. Either may be empty: teams often write only the answers, one per
// line, and a question without an answer yet is an open step of the analysis.
struct WhyStep
{
    qint64 id = 0;
    QString question;
    QString answer;
    int sourceLine = 0;

    bool operator==(const WhyStep&) const = default;
};

} // namespace debrief
