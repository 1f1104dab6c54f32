// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionItemsPage.h"

#include "ActionItemsFilter.h"
#include "ActionItemsModel.h"
#include "AppIcons.h"
#include "ChoiceDelegate.h"
#include "DisplayText.h"
#include "IncidentEditor.h"
#include "KindStyle.h"
#include "MeasuresPanel.h"
#include "PaddedItemDelegate.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace debrief {

ActionItemsPage::ActionItemsPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new ActionItemsModel(this))
    , m_filter(new ActionItemsFilter(this))
    , m_view(new QTableView(this))
    , m_measures(new MeasuresPanel(this))
{
    m_filter->setSourceModel(m_model);
    connect(m_model, &ActionItemsModel::editRequested, this, [this](const ActionItem& before, const ActionItem& after) {
        if (m_editor)
            m_editor->updateActionItem(m_incident, before, after);
    });
    setAccessibleName(tr("Action items"));
    configureView();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(10);
    layout->addWidget(createSummary());
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_measures);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);
    connect(m_measures, &MeasuresPanel::trackRequested, this, &ActionItemsPage::trackMeasure);
}

void ActionItemsPage::setMeasures(const QVector<MeasureGroup>& measures)
{
    m_measures->setContent(measures, m_model->items());
}

void ActionItemsPage::trackMeasure(const QString& title)
{
    if (!m_editor || !m_incident.isValid() || title.trimmed().isEmpty())
        return;
    ActionItem item;
    item.title = title.trimmed();
    m_editor->addActionItem(m_incident, int(m_model->items().size()), item);
}

void ActionItemsPage::setItems(const QVector<ActionItem>& items, const QDate& today, IncidentId incident)
{
    m_incident = incident;
    m_model->setToday(today);
    m_model->setItems(items);
    updateSummary();
    // An empty Link, Type, Group or Notes column is noise; each appears as soon as one item has one.
    const auto any = [&items](QString ActionItem::*field) {
        return std::any_of(items.begin(), items.end(), [field](const ActionItem& i) { return !(i.*field).isEmpty(); });
    };
    m_view->setColumnHidden(ActionItemsModel::LinkColumn, !any(&ActionItem::link));
    m_view->setColumnHidden(ActionItemsModel::TypeColumn, !any(&ActionItem::type));
    m_view->setColumnHidden(ActionItemsModel::GroupColumn, !any(&ActionItem::group));
    m_view->setColumnHidden(ActionItemsModel::NotesColumn, !any(&ActionItem::notes));
    m_view->resizeRowsToContents();
}

QWidget* ActionItemsPage::createSummary()
{
    auto* summary = new QWidget(this);
    auto* caption = new QLabel(tr("Progress"), summary);
    m_progress = new QProgressBar(summary);
    m_progress->setAccessibleName(tr("Action items done"));
    m_progress->setMaximumWidth(360);
    m_progress->setTextVisible(true);
    m_overdue = new QLabel(summary);
    m_overdue->setAccessibleName(tr("Overdue action items"));
    m_show = new QComboBox(summary);
    m_show->setAccessibleName(tr("Show action items"));
    m_show->addItem(tr("All items"), int(ActionItemsFilter::Show::All));
    m_show->addItem(tr("Open items"), int(ActionItemsFilter::Show::Open));
    m_show->addItem(tr("Overdue items"), int(ActionItemsFilter::Show::Overdue));
    connect(m_show, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setShow(ActionItemsFilter::Show(m_show->currentData().toInt())); });
    auto* add = new QPushButton(AppIcons::get(AppIcon::Add), tr("&Add item"), summary);
    add->setToolTip(tr("Add an action item (Insert)"));
    connect(add, &QPushButton::clicked, this, &ActionItemsPage::addItem);
    auto* remove = new QPushButton(AppIcons::get(AppIcon::Remove), tr("&Remove"), summary);
    remove->setToolTip(tr("Remove the selected action item (Delete)"));
    connect(remove, &QPushButton::clicked, this, &ActionItemsPage::removeSelectedItem);

    auto* layout = new QHBoxLayout(summary);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(caption);
    layout->addWidget(m_progress, 1);
    layout->addSpacing(12);
    layout->addWidget(m_overdue);
    layout->addStretch(1);
    layout->addWidget(m_show);
    layout->addWidget(add);
    layout->addWidget(remove);
    return summary;
}

void ActionItemsPage::configureView()
{
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new PaddedItemDelegate(m_view));
    QVector<ChoiceDelegate::Choice> statuses;
    for (const ActionStatus status :
         {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done, ActionStatus::WontDo})
        statuses.append({int(status), DisplayText::actionStatus(status), {}});
    m_view->setItemDelegateForColumn(ActionItemsModel::StatusColumn,
                                     new ChoiceDelegate(tr("Status"), statuses, m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the postmortem's order until a header is clicked
    m_view->setAccessibleName(tr("Action items"));
    // Tab leaves the table for the next control; F2 and the arrows still edit and move.
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    auto* insert = new QAction(tr("Add action item"), m_view);
    insert->setShortcut(Qt::Key_Insert);
    insert->setShortcutContext(Qt::WidgetShortcut);
    connect(insert, &QAction::triggered, this, &ActionItemsPage::addItem);
    auto* remove = new QAction(tr("Remove action item"), m_view);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &ActionItemsPage::removeSelectedItem);
    m_view->addActions({insert, remove});
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (current.isValid())
            Q_EMIT itemSelected(current.data(ActionItemsModel::ActionItemIdRole).toLongLong());
    });
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView* header = m_view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActionItemsModel::TitleColumn, QHeaderView::Stretch);
    // Links and notes can be long (a full URL): they get a column of their own width, elided, so
    // that the title keeps its room; the tooltip shows them whole.
    for (const int column : {int(ActionItemsModel::LinkColumn), int(ActionItemsModel::NotesColumn)}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, 180);
    }
    m_view->setTextElideMode(Qt::ElideMiddle);
}

void ActionItemsPage::updateSummary()
{
    const int planned = m_model->plannedCount();
    m_progress->setRange(0, qMax(planned, 1));
    m_progress->setValue(m_model->doneCount());
    m_progress->setFormat(planned == 0 ? tr("no action items")
                                       : tr("%1 of %2 done").arg(m_model->doneCount()).arg(planned));

    const int overdue = m_model->overdueCount();
    m_overdue->setText(overdue == 0 ? tr("Nothing overdue") : tr("%n overdue", nullptr, overdue));
    QPalette palette = m_overdue->palette();
    palette.setColor(QPalette::WindowText,
                     overdue == 0 ? QPalette().color(QPalette::WindowText) : KindStyle::attentionColor());
    m_overdue->setPalette(palette);
}

void ActionItemsPage::addItem()
{
    if (!m_editor || !m_incident.isValid())
        return;
    ActionItem item;
    item.title = tr("New action item");
    m_editor->addActionItem(m_incident, int(m_model->items().size()), item);
    // The new item is the last row of the postmortem's order: open its title for typing.
    const QModelIndex source = m_model->index(m_model->rowCount() - 1, ActionItemsModel::TitleColumn);
    const QModelIndex shown = m_filter->mapFromSource(source);
    if (shown.isValid()) {
        m_view->setCurrentIndex(shown);
        m_view->edit(shown);
    }
}

void ActionItemsPage::removeSelectedItem()
{
    const QModelIndex current = m_filter->mapToSource(m_view->currentIndex());
    if (!m_editor || !current.isValid())
        return;
    m_editor->removeActionItem(m_incident, current.row(), m_model->items().at(current.row()));
}

} // namespace debrief
