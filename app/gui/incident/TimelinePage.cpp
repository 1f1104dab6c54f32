// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelinePage.h"

#include "PaddedItemDelegate.h"
#include "TimelineModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace debrief {

TimelinePage::TimelinePage(QWidget* parent)
    : QWidget(parent)
    , m_model(new TimelineModel(this))
    , m_counts(new QLabel(this))
    , m_view(new QTableView(this))
{
    setAccessibleName(tr("Timeline"));
    m_counts->setForegroundRole(QPalette::PlaceholderText);
    configureView();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(8);
    layout->addWidget(m_counts);
    layout->addWidget(m_view, 1);
}

void TimelinePage::setEvents(const QVector<TimelineEvent>& events)
{
    m_model->setEvents(events);
    const int untimed = m_model->untimedCount();
    // Labelled numbers rather than "%n entries": they read right without a plural translation.
    QStringList parts {tr("Entries: %1").arg(events.size())};
    if (untimed > 0)
        parts << tr("Without a time: %1").arg(untimed);
    parts << tr("Times in UTC, in the order of the postmortem");
    m_counts->setText(parts.join(QStringLiteral("  ·  ")));
    m_view->resizeRowsToContents();
}

void TimelinePage::configureView()
{
    m_view->setModel(m_model);
    m_view->setItemDelegate(new PaddedItemDelegate(m_view));
    m_view->setAccessibleName(tr("Timeline entries"));
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setIconSize(QSize(14, 14));
    m_view->verticalHeader()->hide();
    // Rows grow with wrapped text; a timeline is short enough for that to stay cheap.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView* header = m_view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(TimelineModel::TimeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TimelineModel::KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TimelineModel::TextColumn, QHeaderView::Stretch);
}

} // namespace debrief
