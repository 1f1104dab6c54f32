// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PaddedItemDelegate.h"

namespace debrief {

// Edits an action item's status with a combo box of the four statuses (translated), reading and
// writing the ActionStatus number that ActionItemsModel gives as its edit value.
class ActionStatusDelegate : public PaddedItemDelegate
{
    Q_OBJECT

public:
    explicit ActionStatusDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace debrief
