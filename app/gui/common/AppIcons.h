// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TimelineKind.h"

#include <QIcon>
#include <QString>

namespace debrief {

// The actions Debrief draws an icon for. The SVGs live in resources/icons/ under the name that
// AppIcons::name() returns ("move-up" for MoveUp) and are compiled into the binary.
enum class AppIcon
{
    Import,
    Export,
    OpenStore,
    Undo,
    Redo,
    Add,
    Remove,
    Edit,
    MoveUp,
    MoveDown,
    Accept,
    Reject,
    Search,
    JumpToTime,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    Overview,
    Timeline,
    RootCause,
    ActionItems,
    Logs,
    Metrics,
    Document,
    About,
    Quit,
};

// The one place the GUI gets its action and page icons from: `AppIcons::get(AppIcon::Import)`.
// The icons are monochrome line drawings whose strokes take the palette's text colour when they
// are drawn (ThemedIconEngine), so one set reads on a light and on a dark palette, greys out when
// disabled and stays sharp at any device pixel ratio. Timeline kinds get a glyph in their kind
// colour (KindStyle). Not for the app's own logo or the severity badges, which carry fixed colours.
class AppIcons
{
public:
    static QIcon get(AppIcon icon);
    // The glyph for a timeline kind, drawn in KindStyle::kindColor(kind).
    static QIcon kind(TimelineKind kind);
    // "move-up": the file name without ".svg", also the icon's QIcon::name() for tests.
    static QString name(AppIcon icon);
    static QString resourcePath(AppIcon icon);
    static QString kindResourcePath(TimelineKind kind);
};

} // namespace debrief
