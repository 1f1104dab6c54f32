// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DocumentSection.h"

#include <QString>
#include <QStringView>

namespace debrief {

// Maps a heading as people write it ("Issue Summary:", "🔥 Root Causes", "**Follow-ups**",
// "Root Cause and Resolution") to the role of its section, Unknown when it is none of them.
class SectionClassifier
{
public:
    static SectionRole classify(QStringView heading);
    // The word at which the words that give the heading its role start ("Our follow-up actions": 1),
    // -1 when none do.
    static int roleWordIndex(QStringView heading);
    // True when the heading names a section: a known one, or one every report may have
    // ("Conclusion", "Background") that is kept verbatim.
    static bool namesSection(QStringView heading);
    // Sections every kind of report has, which Debrief keeps verbatim ("Conclusion", "Background"):
    // a line naming one ends the section before it.
    static bool isCommonOtherSection(QStringView heading);
    // True when the heading is one of the names sections go by, not merely a line holding one of
    // their words ("Root Cause and Resolution", not "Impact <iframe>").
    static bool isKnownName(QStringView heading);
    // The heading without '#', emphasis, emoji, numbering ("1.") and trailing colon.
    static QString cleanHeading(QStringView heading);
};

} // namespace debrief
