// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QScrollBar;
class QVBoxLayout;
class QTableView;

namespace debrief {

class LogTableModel;
class LogViewportModel;

// The log table: a QTableView that shows one screenful (LogViewportModel) beside a scroll bar
// over every row of the LogTableModel, so that memory stays the same for a hundred rows or ten
// million. It moves the screenful on the scroll bar, the wheel and the navigation keys, and keeps
// the current row as a row of the whole result. Rows are chosen one at a time; what a row shows
// is the model's and the delegates' business.
class LogTableView : public QWidget
{
    Q_OBJECT

public:
    explicit LogTableView(LogTableModel* model, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QScrollBar* scrollBar() const { return m_scrollBar; }
    LogViewportModel* viewportModel() const { return m_viewport; }
    // The current row of the whole result, -1 when none.
    int currentRow() const { return m_current; }
    int firstVisibleRow() const;
    // Scrolls `row` to the middle of the view and makes it current.
    void showRow(int row);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void configureTable();
    int fullyVisibleRows() const;
    void updateGeometry();
    void updateScrollRange();
    void scrollTo(int first);
    void setCurrent(int row);
    void syncSelection();
    bool handleKey(int key);

    LogTableModel* m_model;
    LogViewportModel* m_viewport;
    QTableView* m_table;
    QScrollBar* m_scrollBar;
    QVBoxLayout* m_scrollColumn = nullptr; // aligns the scroll bar with the rows, below the header
    int m_current = -1;
    int m_wheelRest = 0; // eighths of a degree not yet turned into rows (touchpads)
    bool m_syncing = false;
};

} // namespace debrief
