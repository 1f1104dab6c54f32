// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace debrief {

// Which action items the table shows (all, open, overdue) and in what order: sorting by a column
// sorts by what the column means (due dates as dates, statuses in their workflow order), not by
// the text shown.
class ActionItemsFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Show
    {
        All,
        Open,
        Overdue,
    };

    explicit ActionItemsFilter(QObject* parent = nullptr);

    void setShow(Show show);
    Show show() const { return m_show; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    Show m_show = Show::All;
};

} // namespace debrief
