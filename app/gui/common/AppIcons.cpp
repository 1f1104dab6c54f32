// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppIcons.h"

#include "KindStyle.h"
#include "ThemedIconEngine.h"

#include <QHash>
#include <QString>

namespace debrief {

QString AppIcons::name(AppIcon icon)
{
    switch (icon) {
    case AppIcon::Import:
        return QStringLiteral("import");
    case AppIcon::Export:
        return QStringLiteral("export");
    case AppIcon::OpenStore:
        return QStringLiteral("open-store");
    case AppIcon::Undo:
        return QStringLiteral("undo");
    case AppIcon::Redo:
        return QStringLiteral("redo");
    case AppIcon::Add:
        return QStringLiteral("add");
    case AppIcon::Remove:
        return QStringLiteral("remove");
    case AppIcon::Edit:
        return QStringLiteral("edit");
    case AppIcon::MoveUp:
        return QStringLiteral("move-up");
    case AppIcon::MoveDown:
        return QStringLiteral("move-down");
    case AppIcon::Accept:
        return QStringLiteral("accept");
    case AppIcon::Reject:
        return QStringLiteral("reject");
    case AppIcon::Search:
        return QStringLiteral("search");
    case AppIcon::JumpToTime:
        return QStringLiteral("jump-to-time");
    case AppIcon::ZoomIn:
        return QStringLiteral("zoom-in");
    case AppIcon::ZoomOut:
        return QStringLiteral("zoom-out");
    case AppIcon::ZoomReset:
        return QStringLiteral("zoom-reset");
    case AppIcon::Overview:
        return QStringLiteral("page-overview");
    case AppIcon::Timeline:
        return QStringLiteral("page-timeline");
    case AppIcon::RootCause:
        return QStringLiteral("page-rootcause");
    case AppIcon::ActionItems:
        return QStringLiteral("page-actions");
    case AppIcon::Logs:
        return QStringLiteral("page-logs");
    case AppIcon::Metrics:
        return QStringLiteral("page-metrics");
    case AppIcon::Document:
        return QStringLiteral("page-document");
    case AppIcon::About:
        return QStringLiteral("about");
    case AppIcon::Quit:
        return QStringLiteral("quit");
    }
    return {};
}

QString AppIcons::resourcePath(AppIcon icon)
{
    return QStringLiteral(":/icons/%1.svg").arg(name(icon));
}

QString AppIcons::kindResourcePath(TimelineKind kind)
{
    // The core's stable kind names ("red_herring") with dashes, as the other files are named.
    return QStringLiteral(":/icons/kind-%1.svg").arg(timelineKindName(kind).replace(u'_', u'-'));
}

QIcon AppIcons::get(AppIcon icon)
{
    // One engine per icon, shared by every copy: the engine reads the palette on each paint, so a
    // cached icon still follows a palette change. Views ask for icons on every repaint.
    static QHash<int, QIcon> cache;
    const int key = int(icon);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    const QIcon created(new ThemedIconEngine(resourcePath(icon)));
    cache.insert(key, created);
    return created;
}

QIcon AppIcons::kind(TimelineKind kind)
{
    static QHash<int, QIcon> cache;
    const int key = int(kind);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    const QIcon created(new ThemedIconEngine(kindResourcePath(kind), KindStyle::kindColor(kind)));
    cache.insert(key, created);
    return created;
}

} // namespace debrief
