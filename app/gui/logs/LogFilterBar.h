// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogSearch.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QTimer;

namespace debrief {

// The controls above the log table: the full-text search box (FTS5 syntax, applied after a short
// pause in typing), the minimum level, host and service, a UTC time range and "jump to a time".
// It turns them into a LogQuery and says when that changed; it runs no search itself and knows
// nothing of the table.
class LogFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit LogFilterBar(QWidget* parent = nullptr);

    // The query the controls describe, for `incident`.
    LogQuery query(IncidentId incident) const;
    // True when anything narrows the result (the status then says "matches", not "entries").
    bool isFiltering() const;
    // Offers these in the host and service boxes, keeping what is typed there.
    void setChoices(const QStringList& hosts, const QStringList& services);
    // Starts the time edits at the first entry's time, until the user has set them.
    void suggestTime(UtcMillis at);
    void setJumpTime(UtcMillis at);
    void focusSearch();
    QLineEdit* searchBox() const { return m_search; }

Q_SIGNALS:
    void changed();
    void jumpRequested(debrief::UtcMillis at);

private:
    QWidget* createSearchRow();
    QWidget* createTimeRow();
    QComboBox* createValueBox(const QString& anyText, const QString& accessibleName);
    QDateTimeEdit* createTimeEdit(const QString& accessibleName);
    static void setChoices(QComboBox* box, const QStringList& values);
    void clearFilters();

    QLineEdit* m_search = nullptr;
    QComboBox* m_level = nullptr;
    QComboBox* m_host = nullptr;
    QComboBox* m_service = nullptr;
    QCheckBox* m_useFrom = nullptr;
    QCheckBox* m_useTo = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QDateTimeEdit* m_jump = nullptr;
    QTimer* m_typingPause = nullptr;
    bool m_timesSuggested = false;
};

} // namespace debrief
