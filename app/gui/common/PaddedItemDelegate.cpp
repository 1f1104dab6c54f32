// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaddedItemDelegate.h"

namespace debrief {

PaddedItemDelegate::PaddedItemDelegate(QObject* parent, int vertical, int horizontal)
    : QStyledItemDelegate(parent)
    , m_vertical(vertical)
    , m_horizontal(horizontal)
{ }

QSize PaddedItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    return QStyledItemDelegate::sizeHint(option, index) + QSize(m_horizontal, m_vertical);
}

} // namespace debrief
