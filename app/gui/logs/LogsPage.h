// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"
#include "LogSearch.h"

#include <QElapsedTimer>
#include <QWidget>
#include <optional>

class QLabel;
class QProgressBar;
class QTableView;
class QToolButton;

namespace debrief {

class LogFilterBar;
class LogTableModel;
class LogTableView;

// The Logs tab of an incident: the filter bar, the table of log entries (LogTableModel, read by a
// worker thread, so that ten million lines never block the window) and a status line with the
// count (with a regular expression, the progress of its scan and a Stop button). showTime() scrolls to the entries of a moment, for the timeline's "show the logs at this
// time". Nothing is read until the page is first shown: an incident opened on another tab costs no
// worker and no count, and a moment asked for before is shown then. Ctrl+C copies the chosen rows
// as text, at most kMaxCopiedRows. The page reads the store only through the model; it holds no
// rows of its own.
class LogsPage : public QWidget
{
    Q_OBJECT
    // Read by Screenshot: true until the first rows of the current query are shown.
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

public:
    static constexpr int kMaxCopiedRows = 10000;

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
    // The status line's progress bar and the button that stops a regular expression's scan.
    QProgressBar* progressBar() const { return m_busy; }
    QToolButton* stopButton() const { return m_stop; }
    // The status line's text ("1,000,000 entries"), for tests.
    QString statusText() const;
    QString errorText() const;
    // What the last copy did ("Copied 12 entries"), for tests; empty before any.
    QString noteText() const;
    // True once the page has been shown with an incident, and reads it.
    bool hasStarted() const { return m_started; }
    // Copies the chosen rows (the current one when none is chosen) to the clipboard.
    void copySelection();

public Q_SLOTS:
    // Scrolls to and selects the first entry at or after `at` (the last one when none is).
    void showTime(debrief::UtcMillis at);

Q_SIGNALS:
    void loadingChanged(bool loading);
    // The clipboard holds the copied rows.
    void copied();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void start();
    void onRowsRead(const QVector<debrief::LogHit>& rows);
    void traceFirstRows();
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
    QLabel* m_note = nullptr;
    QProgressBar* m_busy = nullptr;
    QToolButton* m_stop = nullptr;
    QString m_storePath;
    IncidentId m_incident;
    bool m_started = false;
    std::optional<int> m_pendingRow; // a jump beyond the rows counted so far
    std::optional<UtcMillis> m_pendingTime; // a jump asked for before the page was shown
    qint64 m_copyWanted = 0; // rows chosen for the copy on its way, 0 when none is
    QElapsedTimer m_sinceStart; // for DEBRIEF_TRACE_TIMING
    bool m_traced = false;
};

} // namespace debrief
