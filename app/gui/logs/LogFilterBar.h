// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogSearch.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QTimer;
class QToolButton;

namespace debrief {

// The controls above the log table: the search box (text as pasted, or with the Text / Regex
// switch beside it a regular expression; applied after a short pause in typing), the minimum
// level, host, service and log file, a UTC time range and "jump to a time".
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
    // Offers the incident's hosts, services and files in their boxes, keeping what is chosen.
    void setFacets(const LogFacets& facets);
    // Starts the time edits at the first entry's time, until the user has set them.
    void suggestTime(UtcMillis at);
    void setJumpTime(UtcMillis at);
    void focusSearch();
    // Puts `text` in the search box as a text or a regular expression, and applies it.
    void setSearch(const QString& text, bool regex);
    bool isRegex() const;
    QLineEdit* searchBox() const { return m_search; }
    QToolButton* textSwitch() const { return m_textMode; }
    QToolButton* regexSwitch() const { return m_regexMode; }
    QComboBox* hostBox() const { return m_host; }
    QComboBox* serviceBox() const { return m_service; }
    QComboBox* sourceBox() const { return m_source; }

Q_SIGNALS:
    void changed();
    void jumpRequested(debrief::UtcMillis at);

private:
    QWidget* createSearchRow();
    QWidget* createModeSwitch(QWidget* parent);
    void showSearchMode();
    QWidget* createTimeRow();
    QComboBox* createValueBox(const QString& anyText, const QString& accessibleName);
    QDateTimeEdit* createTimeEdit(const QString& accessibleName);
    QComboBox* createSourceBox();
    static void setChoices(QComboBox* box, const QStringList& values);
    void setSources(const QVector<LogFacets::Source>& sources);
    void clearFilters();

    QLineEdit* m_search = nullptr;
    QToolButton* m_textMode = nullptr;
    QToolButton* m_regexMode = nullptr;
    QComboBox* m_level = nullptr;
    QComboBox* m_host = nullptr;
    QComboBox* m_service = nullptr;
    QComboBox* m_source = nullptr;
    QCheckBox* m_useFrom = nullptr;
    QCheckBox* m_useTo = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QDateTimeEdit* m_jump = nullptr;
    QTimer* m_typingPause = nullptr;
    bool m_timesSuggested = false;
};

} // namespace debrief
