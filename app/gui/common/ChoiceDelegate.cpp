// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChoiceDelegate.h"

#include <QComboBox>

namespace debrief {

ChoiceDelegate::ChoiceDelegate(const QString& accessibleName, const QVector<Choice>& choices, QObject* parent)
    : PaddedItemDelegate(parent)
    , m_accessibleName(accessibleName)
    , m_choices(choices)
{ }

QWidget* ChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    combo->setAccessibleName(m_accessibleName);
    for (const Choice& choice : m_choices)
        combo->addItem(choice.icon, choice.text, choice.value);
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto* self = const_cast<ChoiceDelegate*>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole).toInt())));
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
}

} // namespace debrief
