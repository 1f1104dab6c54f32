// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentReader.h"

#include "ColumnNamesJson.h"
#include "Database.h"

namespace debrief {

namespace {

std::optional<UtcMillis> optionalMillis(const Statement& row, int column)
{
    const auto value = row.optionalInt64(column);
    return value ? std::optional<UtcMillis>(UtcMillis{*value}) : std::nullopt;
}

std::optional<QDate> optionalDate(const Statement& row, int column)
{
    if (row.isNull(column))
        return std::nullopt;
    const QDate date = QDate::fromString(row.text(column), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

} // namespace

IncidentReader::IncidentReader(Database& db)
    : m_db(db)
{
}

std::optional<Incident> IncidentReader::load(IncidentId id)
{
    Statement row
        = m_db.prepare("SELECT title, summary, impact, severity, status, incident_date, timezone, started_at, ended_at,"
                       " stated_duration_minutes, duration_text, resolution, source_path, column_names FROM incidents WHERE id = ?1"
                       " AND deleted_at IS NULL"); // an incident in the trash is TrashRepository's
    row.bind(1, id.value);
    if (!row.step())
        return std::nullopt;
    Incident incident;
    incident.id = id;
    incident.title = row.text(0);
    incident.summary = row.text(1);
    incident.impact = row.text(2);
    incident.severity = row.text(3);
    incident.status = row.text(4);
    incident.date = optionalDate(row, 5);
    incident.timezone = row.text(6);
    incident.startedAt = optionalMillis(row, 7);
    incident.endedAt = optionalMillis(row, 8);
    if (const auto minutes = row.optionalInt64(9))
        incident.statedDurationMinutes = int(*minutes);
    incident.durationText = row.text(10);
    incident.resolution = row.text(11);
    incident.sourcePath = row.text(12);
    incident.columnNames = ColumnNamesJson::read(row.text(13));
    readSections(incident);
    readTimeline(incident);
    readRootCauses(incident);
    readWhys(incident);
    readMeasures(incident);
    readActionItems(incident);
    readUnknownSections(incident);
    return incident;
}

void IncidentReader::readSections(Incident& incident)
{
    Statement row = m_db.prepare(
        "SELECT role, heading, line, empty FROM document_sections WHERE incident_id = ?1 ORDER BY position");
    row.bind(1, incident.id.value);
    while (row.step()) {
        DocumentSection section;
        section.role = sectionRoleFromName(row.text(0)).value_or(SectionRole::Unknown);
        section.heading = row.text(1);
        section.line = int(row.int64(2));
        section.empty = row.int64(3) != 0;
        incident.sections << section;
    }
}

void IncidentReader::readTimeline(Incident& incident)
{
    Statement row = m_db.prepare("SELECT id, at, time_text, label, text, kind, source_line FROM timeline_events"
                                 " WHERE incident_id = ?1 ORDER BY position");
    row.bind(1, incident.id.value);
    while (row.step()) {
        TimelineEvent event;
        event.id = row.int64(0);
        event.at = optionalMillis(row, 1);
        event.timeText = row.text(2);
        event.label = row.text(3);
        event.text = row.text(4);
        event.kind = timelineKindFromName(row.text(5)).value_or(TimelineKind::Note);
        event.sourceLine = int(row.int64(6));
        incident.timeline << event;
    }
}

void IncidentReader::readRootCauses(Incident& incident)
{
    Statement row = m_db.prepare(
        "SELECT id, text, section, source_line, label FROM root_causes WHERE incident_id = ?1 ORDER BY position");
    row.bind(1, incident.id.value);
    while (row.step())
        incident.rootCauses << RootCause{row.int64(0), row.text(1), row.text(2), int(row.int64(3)), row.text(4)};
}

void IncidentReader::readWhys(Incident& incident)
{
    Statement row = m_db.prepare(
        "SELECT id, question, answer, source_line FROM why_steps WHERE incident_id = ?1 ORDER BY position");
    row.bind(1, incident.id.value);
    while (row.step())
        incident.whys << WhyStep {row.int64(0), row.text(1), row.text(2), int(row.int64(3))};
}

void IncidentReader::readMeasures(Incident& incident)
{
    Statement groups = m_db.prepare(
        "SELECT id, title, section, source_line FROM measure_groups WHERE incident_id = ?1 ORDER BY position");
    Statement items = m_db.prepare("SELECT text FROM measure_items WHERE group_id = ?1 ORDER BY position");
    groups.bind(1, incident.id.value);
    while (groups.step()) {
        MeasureGroup group;
        group.id = groups.int64(0);
        group.title = groups.text(1);
        group.section = groups.text(2);
        group.sourceLine = int(groups.int64(3));
        items.bind(1, group.id);
        while (items.step())
            group.items << items.text(0);
        items.reset();
        incident.measures << group;
    }
}

void IncidentReader::readActionItems(Incident& incident)
{
    Statement row = m_db.prepare("SELECT id, title, owner, due, status, priority, link, source_line, group_name, notes, type"
                                 " FROM action_items"
                                 " WHERE incident_id = ?1 ORDER BY position");
    row.bind(1, incident.id.value);
    while (row.step()) {
        ActionItem item;
        item.id = row.int64(0);
        item.title = row.text(1);
        item.owner = row.text(2);
        item.due = optionalDate(row, 3);
        item.status = actionStatusFromName(row.text(4)).value_or(ActionStatus::Open);
        item.priority = row.text(5);
        item.link = row.text(6);
        item.sourceLine = int(row.int64(7));
        item.group = row.text(8);
        item.notes = row.text(9);
        item.type = row.text(10);
        incident.actionItems << item;
    }
}

void IncidentReader::readUnknownSections(Incident& incident)
{
    Statement row = m_db.prepare("SELECT id, heading, heading_level, markdown, after_role, source_line"
                                 " FROM unknown_sections WHERE incident_id = ?1 ORDER BY position");
    row.bind(1, incident.id.value);
    while (row.step()) {
        UnknownSection section;
        section.id = row.int64(0);
        section.heading = row.text(1);
        section.headingLevel = int(row.int64(2));
        section.markdown = row.text(3);
        section.after = sectionRoleFromName(row.text(4)).value_or(SectionRole::Unknown);
        section.sourceLine = int(row.int64(5));
        incident.unknownSections << section;
    }
}

QVector<IncidentSummary> IncidentReader::list(const QDate& today)
{
    Statement row = m_db.prepare(
        "SELECT i.id, i.title, i.incident_date, i.started_at, i.ended_at, i.severity, i.status,"
        " (SELECT COUNT(*) FROM action_items a WHERE a.incident_id = i.id),"
        " (SELECT COUNT(*) FROM action_items a WHERE a.incident_id = i.id AND a.status IN ('open','in_progress')),"
        " (SELECT COUNT(*) FROM action_items a WHERE a.incident_id = i.id AND a.status IN ('open','in_progress')"
        "   AND a.due IS NOT NULL AND a.due < ?1)"
        " FROM incidents i WHERE i.deleted_at IS NULL ORDER BY COALESCE(i.started_at, i.created_at) DESC, i.id DESC");
    row.bind(1, today.toString(Qt::ISODate));
    QVector<IncidentSummary> incidents;
    while (row.step()) {
        IncidentSummary summary;
        summary.id = IncidentId{row.int64(0)};
        summary.title = row.text(1);
        summary.date = optionalDate(row, 2);
        summary.startedAt = optionalMillis(row, 3);
        summary.endedAt = optionalMillis(row, 4);
        summary.severity = row.text(5);
        summary.status = row.text(6);
        summary.actionItems = int(row.int64(7));
        summary.openActionItems = int(row.int64(8));
        summary.overdueActionItems = int(row.int64(9));
        incidents << summary;
    }
    return incidents;
}

} // namespace debrief
