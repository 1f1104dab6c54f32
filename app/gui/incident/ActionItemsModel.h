// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActionItem.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QVector>

namespace debrief {

// An incident's action items as a table: status, title, owner, due date, priority and link.
// Overdue items (open, due before "today") show their due date in red, and closed items are
// dimmed, so that the open work stands out in a review. "Today" is set from outside so that tests
// and screenshots do not depend on the clock. Editable: an edit does not change the model but asks
// for the change (editRequested), which the page hands to the IncidentEditor; the stored result
// comes back through setItems(), so the table always shows what the store holds.
class ActionItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StatusColumn,
        TitleColumn,
        OwnerColumn,
        DueColumn,
        PriorityColumn,
        LinkColumn,
        TypeColumn, // the kind of work, as the document's Type column named it ("Prevent")
        GroupColumn, // the sub-heading the document listed it under ("Prevention")
        NotesColumn,
        ColumnCount,
    };
    enum Role
    {
        OverdueRole = Qt::UserRole + 1,
        ActionItemIdRole,
        OpenRole,
    };

    explicit ActionItemsModel(QObject* parent = nullptr);

    void setItems(const QVector<ActionItem>& items);
    void setToday(const QDate& today);
    const QDate& today() const { return m_today; }
    const QVector<ActionItem>& items() const { return m_items; }
    int doneCount() const;
    // Items that are or were work to do: won't-do items are left out of the progress.
    int plannedCount() const;
    int overdueCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void editRequested(const debrief::ActionItem& before, const debrief::ActionItem& after);

private:
    QVariant display(const ActionItem& item, int column) const;
    QVariant foreground(const ActionItem& item, int column) const;
    QVariant toolTip(const ActionItem& item, int column) const;
    QVariant editValue(const ActionItem& item, int column) const;
    static ActionItem edited(ActionItem item, int column, const QVariant& value);
    static QString ActionItem::*textField(int column);

    QVector<ActionItem> m_items;
    QDate m_today;
};

} // namespace debrief
