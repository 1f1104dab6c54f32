// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogRowSelection.h"

#include <QWidget>

class QKeyEvent;
class QMouseEvent;
class QScrollBar;
class QVBoxLayout;
class QTableView;

namespace debrief {

class LogTableModel;
class LogViewportModel;

// The log table: a QTableView that shows one screenful (LogViewportModel) beside a scroll bar
// over every row of the LogTableModel, so that memory stays the same for a hundred rows or ten
// million. It moves the screenful on the scroll bar, the wheel and the navigation keys, and keeps
// the current row and the selection (LogRowSelection: click, Shift and Ctrl, Ctrl+A) as rows of
// the whole result, and asks for a copy on Ctrl+C. What a row shows is the model's and the
// delegates' business; copying is the page's.
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
    // Scrolls `row` to the middle of the view and makes it current (and the only one selected).
    void showRow(int row);
    const LogRowSelection& selection() const { return m_selection; }

Q_SIGNALS:
    void copyRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void configureTable();
    int fullyVisibleRows() const;
    void updateGeometry();
    void updateScrollRange();
    void scrollTo(int first);
    void setCurrent(int row, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void syncSelection();
    bool handleKey(const QKeyEvent& event);
    bool handleMouse(const QMouseEvent& event);

    LogTableModel* m_model;
    LogViewportModel* m_viewport;
    QTableView* m_table;
    QScrollBar* m_scrollBar;
    QVBoxLayout* m_scrollColumn = nullptr; // aligns the scroll bar with the rows, below the header
    int m_current = -1;
    LogRowSelection m_selection;
    int m_wheelRest = 0; // eighths of a degree not yet turned into rows (touchpads)
    bool m_syncing = false;
};

} // namespace debrief
