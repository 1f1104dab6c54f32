// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasuresPanel.h"

#include "AppIcons.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace debrief {

namespace {

// Items whose title is this role's value are measures; section rows have none.
constexpr int kMeasureRole = Qt::UserRole + 1;
constexpr int kTrackedRole = Qt::UserRole + 2;

QString normalised(const QString& text)
{
    QString t = text.simplified().toCaseFolded();
    while (t.endsWith(u'.') || t.endsWith(u':'))
        t.chop(1);
    return t;
}

bool isTracked(const QString& measure, const QVector<ActionItem>& items)
{
    const QString key = normalised(measure);
    return std::any_of(items.cbegin(), items.cend(), [&](const ActionItem& a) { return normalised(a.title) == key; });
}

} // namespace

MeasuresPanel::MeasuresPanel(QWidget* parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_track(new QPushButton(AppIcons::get(AppIcon::Add), tr("&Track as action item"), this))
{
    setAccessibleName(tr("Corrective and preventative measures"));
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_tree->setAccessibleName(tr("Measures"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Measure"), tr("Action item")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_track->setToolTip(tr("Add an action item with the selected measure as its title (Enter)"));
    connect(m_track, &QPushButton::clicked, this, &MeasuresPanel::trackSelected);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &MeasuresPanel::updateButton);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] { trackSelected(); });

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_track);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_tree, 1);
    updateButton();
}

void MeasuresPanel::setContent(const QVector<MeasureGroup>& measures, const QVector<ActionItem>& items)
{
    m_tree->clear();
    m_tracked = m_measures = 0;
    // A section row only when the measures come from more than one section ("What went wrong",
    // "Lessons learned"): one section adds a level and says nothing.
    QStringList sections;
    for (const MeasureGroup& group : measures) {
        if (!sections.contains(group.section))
            sections << group.section;
    }
    for (const MeasureGroup& group : measures) {
        QTreeWidgetItem* parent = sections.size() > 1 ? sectionItem(group.section) : nullptr;
        QTreeWidgetItem* measure = addMeasure(parent, group.title, items);
        if (!group.items.isEmpty()) {
            QFont bold = measure->font(0);
            bold.setBold(true);
            measure->setFont(0, bold);
        }
        for (const QString& text : group.items)
            addMeasure(measure, text, items);
    }
    m_tree->expandAll();
    m_title->setText(measures.isEmpty() ? tr("Measures from the postmortem")
                                        : tr("Measures from the postmortem: %1 of %2 tracked by an action item")
                                              .arg(m_tracked)
                                              .arg(m_measures));
    if (measures.isEmpty()) {
        auto* none = new QTreeWidgetItem(m_tree, {tr("The postmortem lists no measures.")});
        none->setFlags(Qt::ItemIsEnabled);
    }
    updateButton();
}

void MeasuresPanel::trackSelected()
{
    const QTreeWidgetItem* current = m_tree->currentItem();
    if (!current || current->data(0, kMeasureRole).toString().isEmpty() || current->data(0, kTrackedRole).toBool())
        return;
    Q_EMIT trackRequested(current->data(0, kMeasureRole).toString());
}

QTreeWidgetItem* MeasuresPanel::addMeasure(QTreeWidgetItem* parent, const QString& text,
                                           const QVector<ActionItem>& items)
{
    auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    const bool tracked = isTracked(text, items);
    item->setText(0, text);
    item->setToolTip(0, text);
    item->setText(1, tracked ? tr("tracked") : tr("not tracked"));
    item->setData(0, kMeasureRole, text);
    item->setData(0, kTrackedRole, tracked);
    if (!tracked)
        item->setForeground(1, m_tree->palette().brush(QPalette::PlaceholderText));
    ++m_measures;
    m_tracked += tracked ? 1 : 0;
    return item;
}

QTreeWidgetItem* MeasuresPanel::sectionItem(const QString& section)
{
    const QString title = section.isEmpty() ? tr("Measures") : section;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->text(0) == title && m_tree->topLevelItem(i)->data(0, kMeasureRole).isNull())
            return m_tree->topLevelItem(i);
    }
    auto* item = new QTreeWidgetItem(m_tree, {title});
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

void MeasuresPanel::updateButton()
{
    const QTreeWidgetItem* current = m_tree->currentItem();
    m_track->setEnabled(current && !current->data(0, kMeasureRole).toString().isEmpty()
                        && !current->data(0, kTrackedRole).toBool());
}

} // namespace debrief
