// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionItemsPage.h"

#include "ActionItemsModel.h"
#include "KindStyle.h"
#include "PaddedItemDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace debrief {

ActionItemsPage::ActionItemsPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new ActionItemsModel(this))
    , m_view(new QTableView(this))
{
    setAccessibleName(tr("Action items"));
    configureView();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(10);
    layout->addWidget(createSummary());
    layout->addWidget(m_view, 1);
}

void ActionItemsPage::setItems(const QVector<ActionItem>& items, const QDate& today)
{
    m_model->setToday(today);
    m_model->setItems(items);
    updateSummary();
    // An empty Link column is noise; it appears as soon as one item has a link.
    const bool anyLink = std::any_of(items.begin(), items.end(), [](const ActionItem& i) { return !i.link.isEmpty(); });
    m_view->setColumnHidden(ActionItemsModel::LinkColumn, !anyLink);
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

    auto* layout = new QHBoxLayout(summary);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(caption);
    layout->addWidget(m_progress, 1);
    layout->addSpacing(12);
    layout->addWidget(m_overdue);
    layout->addStretch(1);
    return summary;
}

void ActionItemsPage::configureView()
{
    m_view->setModel(m_model);
    m_view->setItemDelegate(new PaddedItemDelegate(m_view));
    m_view->setAccessibleName(tr("Action items"));
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView* header = m_view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActionItemsModel::TitleColumn, QHeaderView::Stretch);
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

} // namespace debrief
