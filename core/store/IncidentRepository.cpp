// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentRepository.h"

#include "ColumnNamesJson.h"
#include "Database.h"
#include "IncidentReader.h"
#include "StoreError.h"
#include "Transaction.h"

#include <QDateTime>

namespace debrief {

namespace {

std::optional<QString> dateText(const std::optional<QDate>& date)
{
    return date ? std::optional<QString>(date->toString(Qt::ISODate)) : std::nullopt;
}

std::optional<qint64> millis(const std::optional<UtcMillis>& at)
{
    return at ? std::optional<qint64>(at->value) : std::nullopt;
}

qint64 nowMillis()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

IncidentRepository::IncidentRepository(Database& db)
    : m_db(db)
{
}

IncidentId IncidentRepository::create(const Incident& incident)
{
    Transaction transaction(m_db);
    Statement insert = m_db.prepare("INSERT INTO incidents (title, created_at, updated_at) VALUES (?1, ?2, ?2)");
    insert.bind(1, incident.title).bind(2, nowMillis()).exec();
    const IncidentId id{m_db.lastInsertId()};
    Incident stored = incident;
    stored.id = id;
    insertIncidentRow(stored);
    insertContent(id, stored);
    transaction.commit();
    return id;
}

void IncidentRepository::replace(const Incident& incident)
{
    Transaction transaction(m_db);
    if (!exists(incident.id))
        throw StoreError(QStringLiteral("no incident %1 in %2").arg(incident.id.value).arg(m_db.path()));
    insertIncidentRow(incident);
    deleteContent(incident.id);
    insertContent(incident.id, incident);
    transaction.commit();
}

void IncidentRepository::insertIncidentRow(const Incident& incident)
{
    Statement update = m_db.prepare(
        "UPDATE incidents SET title = ?2, summary = ?3, impact = ?4, severity = ?5, status = ?6,"
        " incident_date = ?7, timezone = ?8, started_at = ?9, ended_at = ?10, stated_duration_minutes = ?11,"
        " duration_text = ?12, resolution = ?13, source_path = ?14, updated_at = max(?15, updated_at + 1), column_names = ?16 WHERE id = ?1");
    update.bind(1, incident.id.value)
        .bind(2, incident.title)
        .bind(3, incident.summary)
        .bind(4, incident.impact)
        .bind(5, incident.severity)
        .bind(6, incident.status.isEmpty() ? QStringLiteral("open") : incident.status)
        .bind(7, dateText(incident.date))
        .bind(8, incident.timezone)
        .bind(9, millis(incident.startedAt))
        .bind(10, millis(incident.endedAt))
        .bind(11, incident.statedDurationMinutes)
        .bind(12, incident.durationText)
        .bind(13, incident.resolution)
        .bind(14, incident.sourcePath)
        .bind(15, nowMillis())
        .bind(16, ColumnNamesJson::write(incident.columnNames));
    update.exec();
}

void IncidentRepository::insertContent(IncidentId id, const Incident& incident)
{
    Statement section = m_db.prepare("INSERT INTO document_sections (incident_id, position, role, heading, line, empty)"
                                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (int i = 0; i < incident.sections.size(); ++i) {
        const DocumentSection& s = incident.sections[i];
        section.bind(1, id.value).bind(2, i).bind(3, sectionRoleName(s.role)).bind(4, s.heading);
        section.bind(5, s.line).bind(6, s.empty ? 1 : 0).exec();
    }
    Statement event = m_db.prepare(
        "INSERT INTO timeline_events (incident_id, position, at, time_text, label, text, kind, source_line)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    for (int i = 0; i < incident.timeline.size(); ++i) {
        const TimelineEvent& e = incident.timeline[i];
        event.bind(1, id.value).bind(2, i).bind(3, millis(e.at)).bind(4, e.timeText);
        event.bind(5, e.label).bind(6, e.text).bind(7, timelineKindName(e.kind));
        event.bind(8, e.sourceLine).exec();
    }
    Statement cause = m_db.prepare("INSERT INTO root_causes (incident_id, position, text, section, source_line, label)"
                                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (int i = 0; i < incident.rootCauses.size(); ++i) {
        const RootCause& c = incident.rootCauses[i];
        cause.bind(1, id.value).bind(2, i).bind(3, c.text).bind(4, c.section);
        cause.bind(5, c.sourceLine).bind(6, c.label).exec();
    }
    Statement why = m_db.prepare("INSERT INTO why_steps (incident_id, position, question, answer, source_line)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5)");
    for (int i = 0; i < incident.whys.size(); ++i) {
        const WhyStep& w = incident.whys[i];
        why.bind(1, id.value).bind(2, i).bind(3, w.question).bind(4, w.answer).bind(5, w.sourceLine).exec();
    }
    Statement group = m_db.prepare("INSERT INTO measure_groups (incident_id, position, title, section, source_line)"
                                   " VALUES (?1, ?2, ?3, ?4, ?5)");
    Statement item = m_db.prepare("INSERT INTO measure_items (group_id, position, text) VALUES (?1, ?2, ?3)");
    for (int i = 0; i < incident.measures.size(); ++i) {
        const MeasureGroup& g = incident.measures[i];
        group.bind(1, id.value).bind(2, i).bind(3, g.title).bind(4, g.section);
        group.bind(5, g.sourceLine).exec();
        const qint64 groupId = m_db.lastInsertId();
        for (int j = 0; j < g.items.size(); ++j)
            item.bind(1, groupId).bind(2, j).bind(3, g.items[j]).exec();
    }
    for (const ActionItem& a : incident.actionItems)
        addActionItem(id, a);
    Statement unknown = m_db.prepare(
        "INSERT INTO unknown_sections (incident_id, position, heading, heading_level, markdown, after_role,"
        " source_line) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (int i = 0; i < incident.unknownSections.size(); ++i) {
        const UnknownSection& u = incident.unknownSections[i];
        unknown.bind(1, id.value).bind(2, i).bind(3, u.heading).bind(4, u.headingLevel);
        unknown.bind(5, u.markdown).bind(6, sectionRoleName(u.after)).bind(7, u.sourceLine).exec();
    }
}

void IncidentRepository::deleteContent(IncidentId id)
{
    // measure_items go with their groups through ON DELETE CASCADE.
    for (const char* sql : {"DELETE FROM document_sections WHERE incident_id = ?1",
                            "DELETE FROM timeline_events WHERE incident_id = ?1",
                            "DELETE FROM root_causes WHERE incident_id = ?1",
                            "DELETE FROM why_steps WHERE incident_id = ?1",
                            "DELETE FROM measure_groups WHERE incident_id = ?1",
                            "DELETE FROM action_items WHERE incident_id = ?1",
                            "DELETE FROM unknown_sections WHERE incident_id = ?1"}) {
        m_db.prepare(sql).bind(1, id.value).exec();
    }
}

std::optional<Incident> IncidentRepository::load(IncidentId id)
{
    return IncidentReader(m_db).load(id);
}

QVector<IncidentSummary> IncidentRepository::list(const QDate& today)
{
    return IncidentReader(m_db).list(today);
}

bool IncidentRepository::exists(IncidentId id)
{
    Statement query = m_db.prepare("SELECT 1 FROM incidents WHERE id = ?1 AND deleted_at IS NULL");
    query.bind(1, id.value);
    return query.step();
}

bool IncidentRepository::hasDocument(IncidentId id)
{
    Statement query = m_db.prepare("SELECT title != '' OR summary != '' OR impact != '' OR resolution != ''"
                                   " OR EXISTS (SELECT 1 FROM document_sections WHERE incident_id = ?1)"
                                   " OR EXISTS (SELECT 1 FROM timeline_events WHERE incident_id = ?1)"
                                   " OR EXISTS (SELECT 1 FROM root_causes WHERE incident_id = ?1)"
                                   " OR EXISTS (SELECT 1 FROM action_items WHERE incident_id = ?1)"
                                   " FROM incidents WHERE id = ?1 AND deleted_at IS NULL");
    query.bind(1, id.value);
    return query.step() && query.int64(0) != 0;
}

void IncidentRepository::remove(IncidentId id)
{
    Transaction transaction(m_db);
    m_db.prepare("DELETE FROM incidents WHERE id = ?1").bind(1, id.value).exec();
    transaction.commit();
}

void IncidentRepository::addActionItem(IncidentId incident, const ActionItem& item)
{
    // Appended after the last item, inside create()'s or replace()'s transaction.
    Statement insert = m_db.prepare(
        "INSERT INTO action_items (incident_id, position, title, owner, due, status, priority, link, source_line,"
        " group_name, notes, type) VALUES (?1, (SELECT COALESCE(MAX(position) + 1, 0) FROM action_items"
        " WHERE incident_id = ?1), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    insert.bind(1, incident.value).bind(2, item.title).bind(3, item.owner);
    insert.bind(4, dateText(item.due)).bind(5, actionStatusName(item.status)).bind(6, item.priority);
    insert.bind(7, item.link).bind(8, item.sourceLine).bind(9, item.group).bind(10, item.notes).bind(11, item.type).exec();
}

} // namespace debrief
