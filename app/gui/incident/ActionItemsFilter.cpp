// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionItemsFilter.h"

#include "ActionItemsModel.h"

#include <QDate>

namespace debrief {

ActionItemsFilter::ActionItemsFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{ }

void ActionItemsFilter::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    invalidateRowsFilter();
}

bool ActionItemsFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    switch (m_show) {
    case Show::Open:
        return index.data(ActionItemsModel::OpenRole).toBool();
    case Show::Overdue:
        return index.data(ActionItemsModel::OverdueRole).toBool();
    case Show::All:
        break;
    }
    return true;
}

bool ActionItemsFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(Qt::EditRole);
    const QVariant b = right.data(Qt::EditRole);
    if (left.column() == ActionItemsModel::StatusColumn)
        return a.toInt() < b.toInt();
    if (left.column() == ActionItemsModel::DueColumn)
        return a.toDate() < b.toDate();
    return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
}

} // namespace debrief
