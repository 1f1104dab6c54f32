// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SuggestedEvent.h"

#include <QVector>

namespace debrief {

class Database;

// The suggestions from the evidence that users rejected, per incident. Rejecting is an edit like
// any other: stored at once in its own transaction, and undone by restore(). Rejecting the same
// suggestion twice keeps one row.
class SuggestionReview
{
public:
    explicit SuggestionReview(Database& db);

    void reject(IncidentId incident, const SuggestedEvent& suggestion);
    void restore(IncidentId incident, const RejectedSuggestion& suggestion);
    QVector<RejectedSuggestion> rejected(IncidentId incident);

private:
    Database& m_db;
};

} // namespace debrief
