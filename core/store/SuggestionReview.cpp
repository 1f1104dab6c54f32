// SPDX-License-Identifier: GPL-3.0-or-later
#include "SuggestionReview.h"

#include "Database.h"
#include "Statement.h"
#include "Transaction.h"

#include <QDateTime>

namespace debrief {

SuggestionReview::SuggestionReview(Database& db)
    : m_db(db)
{ }

void SuggestionReview::reject(IncidentId incident, const SuggestedEvent& suggestion)
{
    Transaction transaction(m_db);
    m_db.prepare("INSERT OR REPLACE INTO rejected_suggestions (incident_id, at, kind, text, rejected_at)"
                 " VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind(1, incident.value)
        .bind(2, suggestion.at.value)
        .bind(3, timelineKindName(suggestion.kind))
        .bind(4, suggestion.text)
        .bind(5, QDateTime::currentMSecsSinceEpoch())
        .exec();
    transaction.commit();
}

void SuggestionReview::restore(IncidentId incident, const RejectedSuggestion& suggestion)
{
    Transaction transaction(m_db);
    m_db.prepare("DELETE FROM rejected_suggestions WHERE incident_id = ?1 AND at = ?2 AND kind = ?3")
        .bind(1, incident.value)
        .bind(2, suggestion.at.value)
        .bind(3, timelineKindName(suggestion.kind))
        .exec();
    transaction.commit();
}

QVector<RejectedSuggestion> SuggestionReview::rejected(IncidentId incident)
{
    Statement row = m_db.prepare("SELECT at, kind FROM rejected_suggestions WHERE incident_id = ?1 ORDER BY at");
    row.bind(1, incident.value);
    QVector<RejectedSuggestion> out;
    while (row.step())
        out << RejectedSuggestion {UtcMillis {row.int64(0)}, timelineKindFromName(row.text(1)).value_or(TimelineKind::Note)};
    return out;
}

} // namespace debrief
