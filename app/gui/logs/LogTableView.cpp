// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogTableView.h"

#include "LogTableModel.h"
#include "LogViewportModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTableView>
#include <QWheelEvent>
#include <algorithm>

namespace debrief {

namespace {
constexpr int kWheelRows = 3; // rows per wheel notch, as Qt's item views scroll
}

LogTableView::LogTableView(LogTableModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_viewport(new LogViewportModel(model, this))
    , m_table(new QTableView(this))
    , m_scrollBar(new QScrollBar(Qt::Vertical, this))
{
    m_scrollBar->setAccessibleName(tr("Scroll log entries"));
    configureTable();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_table, 1);
    m_scrollColumn = new QVBoxLayout;
    m_scrollColumn->setSpacing(0);
    m_scrollColumn->addWidget(m_scrollBar);
    layout->addLayout(m_scrollColumn);

    connect(m_scrollBar, &QScrollBar::valueChanged, this, &LogTableView::scrollTo);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_current = -1;
        m_selection.clear();
        m_scrollBar->setValue(0);
        updateScrollRange();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LogTableView::updateScrollRange);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LogTableView::updateScrollRange);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& index) {
        if (!m_syncing && index.isValid())
            m_current = m_viewport->sourceRow(index.row());
    });
}

void LogTableView::configureTable()
{
    m_table->setModel(m_viewport);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // The table holds a screenful: it must never scroll itself, only this widget moves rows.
    m_table->setAutoScroll(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Extended for the look and for assistive tools; the choosing itself is done here, over rows
    // of the whole result (handleMouse, handleKey).
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);
}

int LogTableView::firstVisibleRow() const
{
    return m_viewport->firstRow();
}

int LogTableView::fullyVisibleRows() const
{
    const int rowHeight = std::max(1, m_table->verticalHeader()->defaultSectionSize());
    return std::max(1, m_table->viewport()->height() / rowHeight);
}

void LogTableView::updateGeometry()
{
    m_viewport->setVisibleRows(fullyVisibleRows() + 1);
    updateScrollRange();
    const int frame = m_table->frameWidth();
    m_scrollColumn->setContentsMargins(0, m_table->viewport()->y(), 0, frame);
}

void LogTableView::updateScrollRange()
{
    const int page = fullyVisibleRows();
    m_scrollBar->setRange(0, std::max(0, m_model->rowCount() - page));
    m_scrollBar->setPageStep(page);
    m_scrollBar->setSingleStep(1);
}

void LogTableView::scrollTo(int first)
{
    m_viewport->setFirstRow(first);
    m_table->verticalScrollBar()->setValue(0);
    syncSelection();
}

void LogTableView::showRow(int row)
{
    if (m_model->rowCount() == 0)
        return;
    row = std::clamp(row, 0, m_model->rowCount() - 1);
    m_current = row;
    m_selection.select(row);
    m_scrollBar->setValue(row - fullyVisibleRows() / 2);
    syncSelection();
}

void LogTableView::setCurrent(int row, Qt::KeyboardModifiers modifiers)
{
    if (m_model->rowCount() == 0)
        return;
    m_current = std::clamp(row, 0, m_model->rowCount() - 1);
    if (modifiers & Qt::ShiftModifier)
        m_selection.extendTo(m_current);
    else if (modifiers & Qt::ControlModifier)
        m_selection.toggle(m_current);
    else
        m_selection.select(m_current);
    // Keep it in view with the fewest rows moved, as a scrolling list would.
    const int page = fullyVisibleRows();
    if (m_current < m_scrollBar->value())
        m_scrollBar->setValue(m_current);
    else if (m_current >= m_scrollBar->value() + page)
        m_scrollBar->setValue(m_current - page + 1);
    syncSelection();
}

void LogTableView::syncSelection()
{
    m_syncing = true;
    // The part of the selection on screen, as the table's own selection.
    const int first = m_viewport->firstRow();
    const int shown = m_viewport->rowCount();
    QItemSelection visible;
    for (const auto& [from, to] : m_selection.ranges()) {
        const int top = std::max(from, first) - first;
        const int bottom = std::min(to, first + shown - 1) - first;
        if (top <= bottom)
            visible.select(m_viewport->index(top, 0), m_viewport->index(bottom, m_viewport->columnCount() - 1));
    }
    QItemSelectionModel* selection = m_table->selectionModel();
    const int row = m_current - first;
    if (m_current >= 0 && row >= 0 && row < shown)
        selection->setCurrentIndex(m_viewport->index(row, 0), QItemSelectionModel::NoUpdate);
    else
        selection->clearCurrentIndex();
    selection->select(visible, QItemSelectionModel::ClearAndSelect);
    m_syncing = false;
}

bool LogTableView::handleKey(const QKeyEvent& event)
{
    if (event.matches(QKeySequence::Copy)) {
        Q_EMIT copyRequested();
        return true;
    }
    if (event.matches(QKeySequence::SelectAll)) {
        m_selection.selectAll(m_model->rowCount());
        syncSelection();
        return true;
    }
    const int page = fullyVisibleRows();
    const int from = m_current >= 0 ? m_current : m_scrollBar->value();
    // Shift extends from the anchor; Ctrl alone moves without toggling, as in Qt's views.
    const Qt::KeyboardModifiers extend = event.modifiers() & Qt::ShiftModifier;
    switch (event.key()) {
    case Qt::Key_Up:
        setCurrent(from - 1, extend);
        return true;
    case Qt::Key_Down:
        setCurrent(m_current >= 0 ? from + 1 : from, extend);
        return true;
    case Qt::Key_PageUp:
        setCurrent(from - page, extend);
        return true;
    case Qt::Key_PageDown:
        setCurrent(from + page, extend);
        return true;
    case Qt::Key_Home:
        setCurrent(0, extend);
        return true;
    case Qt::Key_End:
        setCurrent(m_model->rowCount() - 1, extend);
        return true;
    default:
        return false;
    }
}

bool LogTableView::handleMouse(const QMouseEvent& event)
{
    if (event.button() != Qt::LeftButton && !(event.buttons() & Qt::LeftButton))
        return false;
    const int row = m_table->rowAt(event.position().toPoint().y());
    if (row < 0)
        return false;
    m_table->setFocus(Qt::MouseFocusReason);
    // Dragging extends like Shift; a press chooses as its modifiers say.
    const Qt::KeyboardModifiers modifiers
        = event.type() == QEvent::MouseMove ? Qt::KeyboardModifiers(Qt::ShiftModifier) : event.modifiers();
    setCurrent(m_viewport->sourceRow(row), modifiers);
    return true;
}

bool LogTableView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        updateGeometry();
    if (watched == m_table->viewport() && event->type() == QEvent::Wheel) {
        const auto* wheel = static_cast<QWheelEvent*>(event);
        // Vertical notches move rows; a horizontal swipe is left to the table.
        if (wheel->angleDelta().y() != 0) {
            const int delta = m_wheelRest + wheel->angleDelta().y() * kWheelRows;
            m_wheelRest = delta % 120;
            m_scrollBar->setValue(m_scrollBar->value() - delta / 120);
            return true;
        }
    }
    if (watched == m_table->viewport()
        && (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseMove))
        return handleMouse(*static_cast<QMouseEvent*>(event));
    if (watched == m_table && event->type() == QEvent::KeyPress)
        return handleKey(*static_cast<QKeyEvent*>(event));
    return QWidget::eventFilter(watched, event);
}

} // namespace debrief
