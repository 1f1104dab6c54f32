// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PaddedItemDelegate.h"

#include <QIcon>
#include <QVector>

namespace debrief {

// Edits a cell whose value is one of a few choices (an action item's status, a timeline entry's
// kind) with a combo box: the model's edit value is the choice's number, the combo shows the
// translated words and icons. One pick commits at once, as a menu would.
class ChoiceDelegate : public PaddedItemDelegate
{
    Q_OBJECT

public:
    struct Choice
    {
        int value = 0;
        QString text;
        QIcon icon;
    };

    ChoiceDelegate(const QString& accessibleName, const QVector<Choice>& choices, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    QString m_accessibleName;
    QVector<Choice> m_choices;
};

} // namespace debrief
