// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"

#include <QWidget>
#include <optional>

class QLabel;
class QProgressBar;
class QTableView;

namespace debrief {

class LogFilterBar;
class LogTableModel;
class LogTableView;

// The Logs tab of an incident: the filter bar, the table of log entries (LogTableModel, read by a
// worker thread, so that ten million lines never block the window) and a status line with the
// count. showTime() scrolls to the entries of a moment, for the timeline's "show the logs at this
// time". The page reads the store only through the model; it holds no rows of its own.
class LogsPage : public QWidget
{
    Q_OBJECT
    // Read by Screenshot: true until the first rows of the current query are shown.
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

public:
    explicit LogsPage(QWidget* parent = nullptr);

    void setStore(const QString& storePath, IncidentId incident);
    IncidentId incident() const { return m_incident; }
    bool isLoading() const;

    LogTableModel* model() const { return m_model; }
    // The table widget (one screenful of rows) and the view around it with its scroll bar.
    QTableView* view() const;
    LogTableView* tableView() const { return m_view; }
    // The selected row of the whole result, -1 when none.
    int currentRow() const;
    LogFilterBar* filterBar() const { return m_filters; }
    // The status line's text ("1,000,000 entries"), for tests.
    QString statusText() const;
    QString errorText() const;

public Q_SLOTS:
    // Scrolls to and selects the first entry at or after `at` (the last one when none is).
    void showTime(debrief::UtcMillis at);

Q_SIGNALS:
    void loadingChanged(bool loading);

private:
    void configureView();
    QWidget* createStatusLine();
    void applyFilters();
    void showRow(int row);
    void onRowFound(int row);
    void onCountChanged();
    void onLoadingChanged(bool loading);
    void updateStatus();

    LogTableModel* m_model = nullptr;
    LogFilterBar* m_filters = nullptr;
    QLabel* m_error = nullptr;
    LogTableView* m_view = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_busy = nullptr;
    IncidentId m_incident;
    std::optional<int> m_pendingRow; // a jump beyond the rows counted so far
};

} // namespace debrief
