// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionItemsModel.h"

#include "DisplayText.h"
#include "KindStyle.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <algorithm>

namespace debrief {

ActionItemsModel::ActionItemsModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_today(QDate::currentDate())
{ }

void ActionItemsModel::setItems(const QVector<ActionItem>& items)
{
    const auto sameRows = std::equal(items.begin(), items.end(), m_items.begin(), m_items.end(),
                                     [](const ActionItem& a, const ActionItem& b) { return a.id == b.id; });
    if (sameRows && !items.isEmpty()) {
        // An edit of one item: update in place, so that selection, sorting and scrolling stay.
        m_items = items;
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_items = items;
    endResetModel();
}

void ActionItemsModel::setToday(const QDate& today)
{
    m_today = today;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ActionItemsModel::doneCount() const
{
    return int(std::count_if(m_items.begin(), m_items.end(),
                             [](const ActionItem& i) { return i.status == ActionStatus::Done; }));
}

int ActionItemsModel::plannedCount() const
{
    return int(std::count_if(m_items.begin(), m_items.end(),
                             [](const ActionItem& i) { return i.status != ActionStatus::WontDo; }));
}

int ActionItemsModel::overdueCount() const
{
    return int(
        std::count_if(m_items.begin(), m_items.end(), [this](const ActionItem& i) { return i.isOverdue(m_today); }));
}

int ActionItemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ActionItemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionItemsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActionItem& item = m_items[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(item, column);
    case Qt::ToolTipRole:
        return toolTip(item, column);
    case Qt::ForegroundRole:
        return foreground(item, column);
    case Qt::FontRole:
        if (column == DueColumn && item.isOverdue(m_today)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case OverdueRole:
        return item.isOverdue(m_today);
    case ActionItemIdRole:
        return item.id;
    case OpenRole:
        return item.isOpen();
    case Qt::EditRole:
        return editValue(item, column);
    default:
        return {};
    }
}

QVariant ActionItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case TitleColumn:
        return tr("Action item");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case PriorityColumn:
        return tr("Priority");
    case LinkColumn:
        return tr("Link");
    case TypeColumn:
        return tr("Type");
    case GroupColumn:
        return tr("Group");
    case NotesColumn:
        return tr("Notes");
    default:
        return {};
    }
}

// The field a column shows and edits as plain text (trimmed on edit), or null for the columns
// with an editor or a display of their own.
QString ActionItem::*ActionItemsModel::textField(int column)
{
    switch (column) {
    case OwnerColumn:
        return &ActionItem::owner;
    case PriorityColumn:
        return &ActionItem::priority;
    case LinkColumn:
        return &ActionItem::link;
    case TypeColumn:
        return &ActionItem::type;
    case GroupColumn:
        return &ActionItem::group;
    case NotesColumn:
        return &ActionItem::notes;
    default:
        return nullptr;
    }
}

QVariant ActionItemsModel::display(const ActionItem& item, int column) const
{
    switch (column) {
    case StatusColumn:
        return DisplayText::actionStatus(item.status);
    case TitleColumn:
        return item.title;
    case OwnerColumn:
        return item.owner.isEmpty() ? tr("unassigned") : item.owner;
    case DueColumn:
        return DisplayText::date(item.due);
    case PriorityColumn:
        return item.priority.isEmpty() ? DisplayText::notStated() : item.priority;
    default:
        if (QString ActionItem::*field = textField(column))
            return item.*field;
        return {};
    }
}

QVariant ActionItemsModel::foreground(const ActionItem& item, int column) const
{
    if (item.isOverdue(m_today) && (column == DueColumn || column == StatusColumn))
        return KindStyle::attentionColor();
    // Closed work fades back; open work keeps the palette's full text colour.
    if (!item.isOpen())
        return QGuiApplication::palette().color(QPalette::PlaceholderText);
    if (column == OwnerColumn && item.owner.isEmpty())
        return QGuiApplication::palette().color(QPalette::PlaceholderText);
    return {};
}

QVariant ActionItemsModel::toolTip(const ActionItem& item, int column) const
{
    if (column == DueColumn && item.isOverdue(m_today))
        return tr("Overdue by %n day(s)", nullptr, int(item.due->daysTo(m_today)));
    if (column == TitleColumn && item.sourceLine > 0)
        return tr("%1\n(line %2 of the postmortem)").arg(item.title).arg(item.sourceLine);
    const QVariant text = display(item, column);
    return text.toString().isEmpty() ? QVariant() : text;
}

Qt::ItemFlags ActionItemsModel::flags(const QModelIndex& index) const
{
    return QAbstractTableModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

bool ActionItemsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const ActionItem& before = m_items[index.row()];
    const ActionItem after = edited(before, index.column(), value);
    if (after == before)
        return false;
    Q_EMIT editRequested(before, after);
    return true;
}

// What an editor starts from: the status as its ActionStatus number (a ChoiceDelegate), the due
// date as a QDate (a date editor; today when there is none yet), text as it is stored.
QVariant ActionItemsModel::editValue(const ActionItem& item, int column) const
{
    switch (column) {
    case StatusColumn:
        return int(item.status);
    case TitleColumn:
        return item.title;
    case DueColumn:
        return item.due.value_or(m_today);
    default:
        if (QString ActionItem::*field = textField(column))
            return item.*field;
        return {};
    }
}

ActionItem ActionItemsModel::edited(ActionItem item, int column, const QVariant& value)
{
    switch (column) {
    case StatusColumn:
        if (const int status = value.toInt(); status >= int(ActionStatus::Open) && status <= int(ActionStatus::WontDo))
            item.status = ActionStatus(status);
        break;
    case TitleColumn:
        // An action item without a title is not one: an emptied title keeps the old one.
        if (!value.toString().trimmed().isEmpty())
            item.title = value.toString().trimmed();
        break;
    case DueColumn:
        item.due = value.toDate().isValid() ? std::optional<QDate>(value.toDate()) : std::nullopt;
        break;
    default:
        if (QString ActionItem::*field = textField(column))
            item.*field = value.toString().trimmed();
        break;
    }
    return item;
}

} // namespace debrief
