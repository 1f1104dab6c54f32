// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineResolver.h"

#include "DateExpression.h"
#include "TimelineKindClassifier.h"
#include "TimelineReader.h"

#include <QCoreApplication>

namespace debrief {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TimelineResolver)
};

} // namespace

void TimelineResolver::resolve()
{
    chooseDate();
    chooseZone();
    resolveTimeline();
    resolveStartEnd();
    deriveStatus();
}

// The day of times that state none: a field's, else one written in the summary ("... from 19:00 to
// 21:00 on August 10, 2024"), else the timeline's first, else the user's; the source is kept so
// that the import can say where it came from.
void TimelineResolver::chooseDate()
{
    Incident& i = m_state.incident;
    if (i.date)
        m_state.dateSource = TimelineDateSource::Fields;
    for (const QString* text : {&i.summary, &i.impact}) {
        if (!i.date && (i.date = TimeExpressionParser::findDate(*text)))
            m_state.dateSource = TimelineDateSource::Summary;
    }
    for (const DraftTimelineEntry& e : m_state.timeline) {
        if (i.date)
            break;
        i.date = e.time && e.time->date ? e.time->date : e.day;
    }
    if (i.date && m_state.dateSource == TimelineDateSource::None)
        m_state.dateSource = TimelineDateSource::Entries;
    if (!i.date && m_state.givenDate) {
        i.date = m_state.givenDate;
        m_state.dateSource = TimelineDateSource::Option;
    }
}

// The document's zone is the one it states (a Timezone field, a zone written in the summary or in
// the timeline). Entries that carry their own zone, or sit under a "Time (UTC)" header, need none;
// only when some time has no zone at all is one assumed, and then said so.
void TimelineResolver::chooseZone()
{
    bool needsZone
        = (m_state.started && !m_state.started->offsetSeconds) || (m_state.ended && !m_state.ended->offsetSeconds);
    for (const DraftTimelineEntry& e : m_state.timeline)
        needsZone = needsZone || (e.time && !e.time->offsetSeconds && e.zoneHint.isEmpty());
    QString stated = m_state.statedZone;
    if (stated.isEmpty() && !m_state.fieldTable) {
        stated = m_state.firstZone;
        if (stated.isEmpty())
            stated = TimelineReader::zoneIn(m_state.incident.summary);
    }
    if (!stated.isEmpty()) {
        m_zone = stated;
        if (needsZone)
            m_state.zoneSource = stated == m_state.statedZone ? TimelineZoneSource::Stated : TimelineZoneSource::Written;
    } else if (needsZone && !m_optionZone.isEmpty()) {
        m_zone = m_optionZone;
        m_state.zoneSource = TimelineZoneSource::Option;
    } else if (needsZone) {
        m_zone = QStringLiteral("UTC");
        m_state.zoneSource = TimelineZoneSource::Assumed;
        m_state.diagnose(Severity::Info, 0, Tr::tr("the document states no time zone; times are taken as UTC"));
    }
    if (!m_state.fieldTable || !m_state.statedZone.isEmpty())
        m_state.incident.timezone = m_zone;
}

std::optional<UtcMillis> TimelineResolver::toUtc(const TimeExpression& t, const QDate& day, const QString& hint)
{
    if (!day.isValid())
        return std::nullopt;
    std::optional<int> offset = t.offsetSeconds;
    if (!offset && !hint.isEmpty())
        offset = TimeExpressionParser::zoneOffsetSeconds(hint, day);
    if (!offset)
        offset = TimeExpressionParser::zoneOffsetSeconds(m_zone, day);
    if (!offset) {
        if (!m_warnedZone && !m_zone.isEmpty() && m_zone != u"UTC")
            m_state.diagnose(Severity::Warning, 0,
                             Tr::tr("unknown time zone \"%1\"; times are taken as UTC").arg(m_zone));
        m_warnedZone = true;
        offset = 0;
    }
    const QDateTime local(day, t.time, QTimeZone::utc());
    return UtcMillis::fromDateTime(local.addSecs(-*offset));
}

void TimelineResolver::resolveTimeline()
{
    Incident& inc = m_state.incident;
    std::optional<QDate> current; // the day of the entries being read
    std::optional<QDate> dayLine; // the last date line seen
    QTime lastTime;
    bool warnedNoDate = false;
    for (const DraftTimelineEntry& d : m_state.timeline) {
        TimelineEvent e;
        e.timeText = d.timeText;
        e.label = d.label;
        e.text = d.text;
        e.sourceLine = d.line;
        if (d.day && d.day != dayLine) {
            dayLine = d.day;
            current = d.day;
            lastTime = QTime();
        }
        if (d.time) {
            if (d.time->date) {
                current = d.time->date;
            } else if (const auto day = DateExpression::inYearOf(d.time->monthDay, current ? current : inc.date)) {
                // "January 31, 12:00" after "January 30, 2022, 11:54": the day as written, the
                // year the timeline is in.
                current = day;
            } else {
                if (!current)
                    current = inc.date;
                // The clock jumping back by half a day or more means the entries passed midnight.
                if (current && lastTime.isValid() && d.time->time.secsTo(lastTime) >= 12 * 3600)
                    current = current->addDays(1);
            }
            lastTime = d.time->time;
            e.at = toUtc(*d.time, current.value_or(QDate()), d.zoneHint);
            if (!current && !warnedNoDate) {
                warnedNoDate = true;
                m_state.diagnose(
                    Severity::Warning, d.line,
                    Tr::tr("line %1: no date for the timeline; times are kept as written only").arg(d.line));
            }
        }
        e.kind = d.kind ? *d.kind : TimelineKindClassifier::classify(e.label, e.text);
        inc.timeline << e;
    }
}

void TimelineResolver::resolveStartEnd()
{
    Incident& inc = m_state.incident;
    const auto dayOf = [&inc](const TimeExpression& t) { return t.date ? *t.date : inc.date.value_or(QDate()); };
    if (m_state.started)
        inc.startedAt = toUtc(*m_state.started, dayOf(*m_state.started), QString());
    if (m_state.ended) {
        inc.endedAt = toUtc(*m_state.ended, dayOf(*m_state.ended), QString());
        if (inc.startedAt && inc.endedAt && *inc.endedAt < *inc.startedAt && !m_state.ended->date)
            inc.endedAt = UtcMillis {inc.endedAt->value + 24 * 3600 * 1000LL};
    }
    if (!inc.startedAt) {
        for (const TimelineEvent& e : inc.timeline) {
            if (e.at) {
                inc.startedAt = e.at;
                break;
            }
        }
    }
    if (!inc.endedAt) {
        for (auto it = inc.timeline.crbegin(); it != inc.timeline.crend(); ++it) {
            if (it->at && it->kind == TimelineKind::Resolution) {
                inc.endedAt = it->at;
                break;
            }
        }
    }
}

void TimelineResolver::deriveStatus()
{
    Incident& inc = m_state.incident;
    // A document that states its fields in a table and leaves out Status states none; an empty
    // timeline says nothing about the status either.
    if (!inc.status.isEmpty() || m_state.fieldTable || inc.timeline.isEmpty())
        return;
    bool mitigated = false;
    for (const TimelineEvent& e : inc.timeline) {
        if (e.kind == TimelineKind::Resolution) {
            inc.status = QStringLiteral("resolved");
            return;
        }
        mitigated = mitigated || e.kind == TimelineKind::Mitigation || e.kind == TimelineKind::Fix;
    }
    inc.status = mitigated ? QStringLiteral("mitigated") : QStringLiteral("open");
}

} // namespace debrief
