// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace debrief {

// A corrective or preventative measure with its items ("Enhance monitoring and alerting" with
// "Set up alerts for ..."). `section` is the heading it was found under ("Lessons Learned",
// "What went wrong", ...). A measure without nested items has an empty item list.
struct MeasureGroup
{
    qint64 id = 0;
    QString title;
    QStringList items;
    QString section;
    int sourceLine = 0;

    bool operator==(const MeasureGroup&) const = default;
};

} // namespace debrief
