// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostmortemReading.h"

#include <QCoreApplication>
#include <QStringList>

namespace debrief {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PostmortemReading)
};

QString dateSourceText(TimelineDateSource source)
{
    switch (source) {
    case TimelineDateSource::None:
        return Tr::tr("no day stated anywhere");
    case TimelineDateSource::Entries:
        return Tr::tr("the days from the timeline");
    case TimelineDateSource::Fields:
        return Tr::tr("the day from the document's fields");
    case TimelineDateSource::Summary:
        return Tr::tr("the day from the summary");
    case TimelineDateSource::Option:
        return Tr::tr("the day as given at import");
    }
    return {};
}

QString zoneSourceText(TimelineZoneSource source, const QString& zone)
{
    switch (source) {
    case TimelineZoneSource::NotNeeded:
        return {};
    case TimelineZoneSource::Stated:
        return Tr::tr("zone %1 from the Timezone field").arg(zone);
    case TimelineZoneSource::Written:
        return Tr::tr("zone %1 as written in the document").arg(zone);
    case TimelineZoneSource::Option:
        return Tr::tr("zone %1 as given at import").arg(zone);
    case TimelineZoneSource::Assumed:
        return Tr::tr("no zone stated: UTC assumed");
    }
    return {};
}

} // namespace

QString PostmortemReading::describe() const
{
    QStringList timing;
    if (timedEntries > 0)
        timing << Tr::tr("%n timed", nullptr, timedEntries);
    if (timeOnlyEntries > 0)
        timing << Tr::tr("%n with a time but no day", nullptr, timeOnlyEntries);
    if (untimedEntries > 0)
        timing << Tr::tr("%n untimed", nullptr, untimedEntries);
    QStringList sources;
    if (timedEntries + timeOnlyEntries > 0) {
        sources << dateSourceText(dateSource);
        if (const QString z = zoneSourceText(zoneSource, zone); !z.isEmpty())
            sources << z;
    }
    QString entries = Tr::tr("%n timeline entries", nullptr, timelineEntries());
    if (!timing.isEmpty()) {
        const QString details = sources.isEmpty() ? timing.join(QStringLiteral(", "))
                                                  : timing.join(QStringLiteral(", ")) + QStringLiteral("; ")
                + sources.join(QStringLiteral(", "));
        entries += QStringLiteral(" (") + details + u')';
    }
    QStringList parts {entries, Tr::tr("%n root causes", nullptr, rootCauses)};
    parts << Tr::tr("%n measures (%1 items)", nullptr, measures).arg(measureItems);
    parts << Tr::tr("%n action items", nullptr, actionItems);
    parts << Tr::tr("%n sections kept verbatim", nullptr, verbatimSections);
    return parts.join(QStringLiteral(", "));
}

PostmortemReading PostmortemReading::countsOf(const Incident& incident)
{
    PostmortemReading r;
    for (const TimelineEvent& e : incident.timeline) {
        if (e.at)
            ++r.timedEntries;
        else if (!e.timeText.trimmed().isEmpty())
            ++r.timeOnlyEntries;
        else
            ++r.untimedEntries;
    }
    r.rootCauses = int(incident.rootCauses.size());
    r.measures = int(incident.measures.size());
    for (const MeasureGroup& g : incident.measures)
        r.measureItems += int(g.items.size());
    r.actionItems = int(incident.actionItems.size());
    r.verbatimSections = int(incident.unknownSections.size());
    return r;
}

} // namespace debrief
