// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentFields.h"

#include "ActionItemReader.h"

#include <QRegularExpression>

namespace debrief {

namespace {

QString statusName(const QString& value)
{
    const QString v = value.trimmed().toLower();
    if (v.isEmpty())
        return {};
    for (const char* word : {"resolved", "closed", "fixed", "complete", "done"}) {
        if (v.startsWith(QLatin1String(word)))
            return QStringLiteral("resolved");
    }
    for (const char* word : {"mitigated", "monitoring", "stable"}) {
        if (v.startsWith(QLatin1String(word)))
            return QStringLiteral("mitigated");
    }
    for (const char* word : {"open", "ongoing", "investigating", "active", "identified"}) {
        if (v.startsWith(QLatin1String(word)))
            return QStringLiteral("open");
    }
    return value.trimmed();
}

} // namespace

bool IncidentFields::apply(const KeyValueLine& kv, int line, const QString& sectionName, bool strict)
{
    Incident& i = m_state.incident;
    const QString& v = kv.value;
    if (v.isEmpty())
        return false;
    switch (kv.field) {
    case IncidentField::Impact:
        noteFieldName(QStringLiteral("fields.impact"), kv.key);
        i.impact = appended(i.impact, v);
        m_state.impactFromPreamble = m_state.impactFromPreamble || sectionName.isEmpty();
        return true;
    case IncidentField::RootCause:
    case IncidentField::Trigger:
        i.rootCauses.append({0, v, sectionName, line, kv.key.trimmed()});
        return true;
    case IncidentField::Resolution:
        noteFieldName(QStringLiteral("fields.resolution"), kv.key);
        i.resolution = appended(i.resolution, v);
        m_state.resolutionFromPreamble = m_state.resolutionFromPreamble || sectionName.isEmpty();
        return true;
    case IncidentField::Severity:
        if (i.severity.isEmpty())
            i.severity = v;
        return true;
    case IncidentField::Status:
        if (i.status.isEmpty())
            i.status = statusName(v);
        // "Complete, action items in progress" says more than the status can hold.
        return strict || statusName(v) == v.trimmed().toLower();
    case IncidentField::Duration:
        applyDuration(v);
        return strict;
    case IncidentField::Date:
        if (!i.date)
            i.date = TimeExpressionParser::findDate(v);
        return strict && i.date;
    case IncidentField::Started:
        applyTime(m_state.started, v);
        return strict;
    case IncidentField::Ended:
    case IncidentField::Resolved:
        applyTime(m_state.ended, v);
        return strict;
    case IncidentField::Timezone:
        if (m_state.statedZone.isEmpty())
            m_state.statedZone = v;
        return strict;
    case IncidentField::ActionItems:
        // The field's name stays in the title: it is how the author introduced the item.
        i.actionItems << ActionItemReader::fromText(kv.key.trimmed() + QStringLiteral(": ") + v, line);
        return true;
    case IncidentField::Detected:
    case IncidentField::Owner:
        break;
    }
    return false;
}

// "User impact: ..." names the section the report writes the impact in, when no heading does: the
// author's name is kept, once.
void IncidentFields::noteFieldName(const QString& key, const QString& name)
{
    QMap<QString, QString>& names = m_state.incident.columnNames;
    if (!names.contains(key) && !name.trimmed().isEmpty())
        names.insert(key, name.trimmed());
}

// "2 hours, from 19:00 to 21:00 (UTC) on August 10, 2024": the words before the first comma or
// aside are the duration as written; the times and the date in the rest are the incident's.
void IncidentFields::applyDuration(const QString& value)
{
    Incident& i = m_state.incident;
    static const QRegularExpression cut(QStringLiteral("\\s*(?:,|;|\\(|\\bfrom\\b|\\bbetween\\b|\\bstarting\\b).*$"),
                                        QRegularExpression::CaseInsensitiveOption);
    QString words = QString(value).remove(cut).trimmed();
    if (words.isEmpty())
        words = value;
    if (i.durationText.isEmpty()) {
        i.durationText = words;
        i.statedDurationMinutes = TimeExpressionParser::parseDurationMinutes(words);
        if (!i.statedDurationMinutes)
            i.statedDurationMinutes = TimeExpressionParser::parseDurationMinutes(value);
    }
    if (!i.date)
        i.date = TimeExpressionParser::findDate(value);
    // The times after the duration: "from 19:00 to 21:00 (UTC)" or a range "19:00 - 21:00 UTC".
    QVector<TimeExpression> times;
    qsizetype from = words.size();
    while (from < value.size() && times.size() < 2) {
        const auto t = TimeExpressionParser::find(QStringView(value).mid(from));
        if (!t || t->length <= 0)
            break;
        TimeExpression e = *t;
        e.start += from;
        times << e;
        from = e.start + e.length;
    }
    if (times.isEmpty())
        return;
    TimeExpression start = times.first();
    std::optional<TimeExpression> end;
    if (start.endTime) {
        end = start;
        end->time = *start.endTime;
    } else if (times.size() > 1) {
        end = times.at(1);
    }
    // "from 19:00 to 21:00 (UTC)": the zone written once applies to both.
    if (end && start.zone.isEmpty()) {
        start.zone = end->zone;
        start.offsetSeconds = end->offsetSeconds;
    }
    for (const TimeExpression& t : times)
        m_state.noteZone(t.zone);
    if (!m_state.started)
        m_state.started = start;
    if (end && !m_state.ended)
        m_state.ended = end;
}

void IncidentFields::applyTime(std::optional<TimeExpression>& target, const QString& value)
{
    if (target)
        return;
    target = TimeExpressionParser::parseLeading(value);
    if (!target)
        target = TimeExpressionParser::find(value);
    if (target) {
        if (!target->date)
            target->date = TimeExpressionParser::findDate(value);
        m_state.noteZone(target->zone);
    }
}

QString IncidentFields::appended(const QString& existing, const QString& more)
{
    return existing.isEmpty() ? more : existing + QStringLiteral("\n\n") + more;
}

} // namespace debrief
