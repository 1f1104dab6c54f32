// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"
#include "TimelineKind.h"

#include <QColor>
#include <QIcon>

namespace debrief {

// The colours and icons that mark timeline kinds, lint severities and overdue items. The kind
// colours are mid-tone so that they read on both a light and a dark palette; "attention" picks a
// red that contrasts with the current palette's base. Not a theme: every background comes from
// the system palette, nothing here paints a surface.
class KindStyle
{
public:
    static QColor kindColor(TimelineKind kind);
    // The kind's glyph in its colour, for the decoration role of a table cell.
    static QIcon kindIcon(TimelineKind kind);
    static QIcon severityIcon(Severity severity);
    static QIcon appIcon();
    // Red text for overdue items, lighter on dark palettes so that it keeps its contrast.
    static QColor attentionColor();
};

} // namespace debrief
