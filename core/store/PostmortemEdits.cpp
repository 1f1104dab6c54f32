// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostmortemEdits.h"

#include "Database.h"
#include "StoreError.h"
#include "Transaction.h"

#include <QDateTime>
#include <algorithm>

namespace debrief {

namespace {

constexpr const char* kTimeline = "timeline_events";
constexpr const char* kActionItems = "action_items";
constexpr const char* kRootCauses = "root_causes";
constexpr const char* kWhys = "why_steps";

std::optional<qint64> millis(const std::optional<UtcMillis>& at)
{
    return at ? std::optional<qint64>(at->value) : std::nullopt;
}

std::optional<QString> dateText(const std::optional<QDate>& date)
{
    return date ? std::optional<QString>(date->toString(Qt::ISODate)) : std::nullopt;
}

const char* columnOf(IncidentTextField field)
{
    switch (field) {
    case IncidentTextField::Title:
        return "title";
    case IncidentTextField::Summary:
        return "summary";
    case IncidentTextField::Impact:
        return "impact";
    case IncidentTextField::Severity:
        return "severity";
    case IncidentTextField::Status:
        return "status";
    case IncidentTextField::Resolution:
        return "resolution";
    }
    return "title";
}

// Table names below come from the constants above, never from input: building SQL from them is safe.
QByteArray sql(const char* pattern, const char* table)
{
    return QByteArray(pattern).replace("%T", table);
}

} // namespace

PostmortemEdits::PostmortemEdits(Database& db)
    : m_db(db)
{ }

void PostmortemEdits::setText(IncidentId incident, IncidentTextField field, const QString& value)
{
    Transaction transaction(m_db);
    const QByteArray update = QByteArray("UPDATE incidents SET ") + columnOf(field) + " = ?2 WHERE id = ?1";
    m_db.prepare(update.constData()).bind(1, incident.value).bind(2, value).exec();
    requireChange("incident", incident.value);
    touch(incident);
    transaction.commit();
}

void PostmortemEdits::setWindow(IncidentId incident, std::optional<UtcMillis> startedAt,
                                std::optional<UtcMillis> endedAt)
{
    Transaction transaction(m_db);
    m_db.prepare("UPDATE incidents SET started_at = ?2, ended_at = ?3 WHERE id = ?1")
        .bind(1, incident.value)
        .bind(2, millis(startedAt))
        .bind(3, millis(endedAt))
        .exec();
    requireChange("incident", incident.value);
    touch(incident);
    transaction.commit();
}

void PostmortemEdits::setDetails(const Incident& details)
{
    Transaction transaction(m_db);
    m_db.prepare("UPDATE incidents SET title = ?2, summary = ?3, impact = ?4, severity = ?5, status = ?6,"
                 " started_at = ?7, ended_at = ?8 WHERE id = ?1")
        .bind(1, details.id.value)
        .bind(2, details.title)
        .bind(3, details.summary)
        .bind(4, details.impact)
        .bind(5, details.severity)
        .bind(6, details.status)
        .bind(7, millis(details.startedAt))
        .bind(8, millis(details.endedAt))
        .exec();
    requireChange("incident", details.id.value);
    touch(details.id);
    transaction.commit();
}

qint64 PostmortemEdits::insertTimelineEvent(IncidentId incident, int position, const TimelineEvent& event)
{
    return insertAt(kTimeline, incident, position, event.id,
                    "INSERT INTO timeline_events (id, incident_id, position, at, time_text, label, text, kind,"
                    " source_line) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                    [&](Statement& insert) {
                        insert.bind(4, millis(event.at)).bind(5, event.timeText).bind(6, event.label);
                        insert.bind(7, event.text).bind(8, timelineKindName(event.kind)).bind(9, event.sourceLine);
                    });
}

void PostmortemEdits::updateTimelineEvent(const TimelineEvent& event)
{
    updateRow(kTimeline, "timeline event", event.id,
              "UPDATE timeline_events SET at = ?2, time_text = ?3, label = ?4, text = ?5, kind = ?6 WHERE id = ?1",
              [&](Statement& update) {
                  update.bind(2, millis(event.at)).bind(3, event.timeText).bind(4, event.label);
                  update.bind(5, event.text).bind(6, timelineKindName(event.kind));
              });
}

int PostmortemEdits::removeTimelineEvent(qint64 eventId)
{
    return remove(kTimeline, eventId);
}

void PostmortemEdits::moveTimelineEvent(qint64 eventId, int position)
{
    move(kTimeline, eventId, position);
}

qint64 PostmortemEdits::insertActionItem(IncidentId incident, int position, const ActionItem& item)
{
    return insertAt(kActionItems, incident, position, item.id,
                    "INSERT INTO action_items (id, incident_id, position, title, owner, due, status, priority, link,"
                    " source_line, group_name, notes, type) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                    [&](Statement& insert) {
                        insert.bind(4, item.title).bind(5, item.owner).bind(6, dateText(item.due));
                        insert.bind(7, actionStatusName(item.status)).bind(8, item.priority).bind(9, item.link);
                        insert.bind(10, item.sourceLine).bind(11, item.group).bind(12, item.notes).bind(13, item.type);
                    });
}

void PostmortemEdits::updateActionItem(const ActionItem& item)
{
    updateRow(kActionItems, "action item", item.id,
              "UPDATE action_items SET title = ?2, owner = ?3, due = ?4, status = ?5, priority = ?6, link = ?7,"
              " group_name = ?8, notes = ?9, type = ?10 WHERE id = ?1",
              [&](Statement& update) {
                  update.bind(2, item.title).bind(3, item.owner).bind(4, dateText(item.due));
                  update.bind(5, actionStatusName(item.status)).bind(6, item.priority).bind(7, item.link);
                  update.bind(8, item.group).bind(9, item.notes).bind(10, item.type);
              });
}

int PostmortemEdits::removeActionItem(qint64 itemId)
{
    return remove(kActionItems, itemId);
}

void PostmortemEdits::moveActionItem(qint64 itemId, int position)
{
    move(kActionItems, itemId, position);
}

qint64 PostmortemEdits::insertRootCause(IncidentId incident, int position, const RootCause& cause)
{
    return insertAt(
        kRootCauses, incident, position, cause.id,
        "INSERT INTO root_causes (id, incident_id, position, text, section, source_line, label)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        [&](Statement& insert) {
            insert.bind(4, cause.text).bind(5, cause.section).bind(6, cause.sourceLine).bind(7, cause.label);
        });
}

void PostmortemEdits::updateRootCause(const RootCause& cause)
{
    updateRow(kRootCauses, "root cause", cause.id, "UPDATE root_causes SET text = ?2, section = ?3, label = ?4 WHERE id = ?1",
              [&](Statement& update) { update.bind(2, cause.text).bind(3, cause.section).bind(4, cause.label); });
}

int PostmortemEdits::removeRootCause(qint64 causeId)
{
    return remove(kRootCauses, causeId);
}

qint64 PostmortemEdits::insertWhyStep(IncidentId incident, int position, const WhyStep& step)
{
    return insertAt(kWhys, incident, position, step.id,
                    "INSERT INTO why_steps (id, incident_id, position, question, answer, source_line)"
                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    [&](Statement& insert) {
                        insert.bind(4, step.question).bind(5, step.answer).bind(6, step.sourceLine);
                    });
}

void PostmortemEdits::updateWhyStep(const WhyStep& step)
{
    updateRow(kWhys, "why step", step.id, "UPDATE why_steps SET question = ?2, answer = ?3 WHERE id = ?1",
              [&](Statement& update) { update.bind(2, step.question).bind(3, step.answer); });
}

int PostmortemEdits::removeWhyStep(qint64 stepId)
{
    return remove(kWhys, stepId);
}

void PostmortemEdits::moveWhyStep(qint64 stepId, int position)
{
    move(kWhys, stepId, position);
}

// One transaction: open a place at `position` (kept within the list), insert the row there with
// ?1 its id (NULL: a new one; else the row back as it was), ?2 the incident and ?3 the position.
qint64 PostmortemEdits::insertAt(const char* table, IncidentId incident, int position, qint64 rowId, const char* sql,
                                 const BindFields& fields)
{
    Transaction transaction(m_db);
    position = clampedPosition(table, incident, position, 0);
    shift(table, incident, position, 1);
    Statement insert = m_db.prepare(sql);
    insert.bind(1, rowId > 0 ? std::optional<qint64>(rowId) : std::nullopt).bind(2, incident.value).bind(3, position);
    fields(insert);
    insert.exec();
    const qint64 id = m_db.lastInsertId();
    touch(incident);
    transaction.commit();
    return id;
}

// One transaction: the update with ?1 the row id, which must exist.
void PostmortemEdits::updateRow(const char* table, const char* what, qint64 rowId, const char* sql,
                                const BindFields& fields)
{
    Transaction transaction(m_db);
    Statement update = m_db.prepare(sql);
    update.bind(1, rowId);
    fields(update);
    update.exec();
    requireChange(what, rowId);
    touch(placeOf(table, rowId).incident);
    transaction.commit();
}

PostmortemEdits::Place PostmortemEdits::placeOf(const char* table, qint64 rowId)
{
    Statement query = m_db.prepare(sql("SELECT incident_id, position FROM %T WHERE id = ?1", table).constData());
    query.bind(1, rowId);
    if (!query.step())
        throw StoreError(QStringLiteral("no row %1 in %2 of %3").arg(rowId).arg(QLatin1String(table), m_db.path()));
    return Place {IncidentId {query.int64(0)}, int(query.int64(1))};
}

// A position within 0..count (+ extra): a list is never left with a gap, whatever the caller asks.
int PostmortemEdits::clampedPosition(const char* table, IncidentId incident, int position, int extra)
{
    Statement count = m_db.prepare(sql("SELECT COUNT(*) FROM %T WHERE incident_id = ?1", table).constData());
    count.bind(1, incident.value);
    count.step();
    return std::clamp(position, 0, int(count.int64(0)) + extra);
}

void PostmortemEdits::shift(const char* table, IncidentId incident, int from, int delta)
{
    m_db.prepare(
            sql("UPDATE %T SET position = position + ?3 WHERE incident_id = ?1 AND position >= ?2", table).constData())
        .bind(1, incident.value)
        .bind(2, from)
        .bind(3, delta)
        .exec();
}

int PostmortemEdits::remove(const char* table, qint64 rowId)
{
    Transaction transaction(m_db);
    const Place place = placeOf(table, rowId);
    m_db.prepare(sql("DELETE FROM %T WHERE id = ?1", table).constData()).bind(1, rowId).exec();
    shift(table, place.incident, place.position + 1, -1);
    touch(place.incident);
    transaction.commit();
    return place.position;
}

void PostmortemEdits::move(const char* table, qint64 rowId, int position)
{
    Transaction transaction(m_db);
    const Place place = placeOf(table, rowId);
    // Out of the list, close the gap, open one at the new place, back in.
    shift(table, place.incident, place.position + 1, -1);
    position = clampedPosition(table, place.incident, position, -1);
    shift(table, place.incident, position, 1);
    m_db.prepare(sql("UPDATE %T SET position = ?2 WHERE id = ?1", table).constData())
        .bind(1, rowId)
        .bind(2, position)
        .exec();
    touch(place.incident);
    transaction.commit();
}

void PostmortemEdits::touch(IncidentId incident)
{
    // Later than before even within the same millisecond: a window watching the store (StoreChanges)
    // tells an edit by it.
    m_db.prepare("UPDATE incidents SET updated_at = max(?2, updated_at + 1) WHERE id = ?1")
        .bind(1, incident.value)
        .bind(2, QDateTime::currentMSecsSinceEpoch())
        .exec();
}

void PostmortemEdits::requireChange(const char* what, qint64 rowId)
{
    if (m_db.changes() == 0)
        throw StoreError(QStringLiteral("no %1 %2 in %3").arg(QLatin1String(what)).arg(rowId).arg(m_db.path()));
}

} // namespace debrief
