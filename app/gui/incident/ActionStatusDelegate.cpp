// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionStatusDelegate.h"

#include "ActionItem.h"
#include "DisplayText.h"

#include <QComboBox>

namespace debrief {

ActionStatusDelegate::ActionStatusDelegate(QObject* parent)
    : PaddedItemDelegate(parent)
{ }

QWidget* ActionStatusDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    combo->setAccessibleName(tr("Status"));
    for (const ActionStatus status :
         {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done, ActionStatus::WontDo})
        combo->addItem(DisplayText::actionStatus(status), int(status));
    // One choice commits at once, as a click in a menu would.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        Q_EMIT const_cast<ActionStatusDelegate*>(this)->commitData(combo);
        Q_EMIT const_cast<ActionStatusDelegate*>(this)->closeEditor(combo);
    });
    return combo;
}

void ActionStatusDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole).toInt())));
}

void ActionStatusDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
}

} // namespace debrief
