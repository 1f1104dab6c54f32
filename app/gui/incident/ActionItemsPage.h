// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActionItem.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QTableView;

namespace debrief {

class ActionItemsModel;

// The action-items tab: a progress bar (done of planned), the number overdue, and the table of
// items (ActionItemsModel) with overdue dates in red. Tracking edits (status, owner, due) come with
// the undo commands; this page only shows.
class ActionItemsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ActionItemsPage(QWidget* parent = nullptr);

    void setItems(const QVector<ActionItem>& items, const QDate& today);
    ActionItemsModel* model() const { return m_model; }
    QProgressBar* progress() const { return m_progress; }
    QTableView* view() const { return m_view; }

private:
    QWidget* createSummary();
    void configureView();
    void updateSummary();

    ActionItemsModel* m_model = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_overdue = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace debrief
