// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace debrief {

HistoryDialog::HistoryDialog(const QString& incidentTitle, const QVector<DocumentVersion>& versions, QWidget* parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
    , m_restore(nullptr)
{
    setWindowTitle(tr("History of “%1”").arg(incidentTitle));
    setAccessibleName(tr("Document history"));
    auto* intro = new QLabel(tr("Every version of the document is kept. Restoring one makes it the current "
                                "document as a new version; the current one stays in this list."),
                             this);
    intro->setWordWrap(true);
    m_list->setAccessibleName(tr("Versions"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Version"), tr("When (UTC)"), tr("Source"), tr("Summary")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    for (const DocumentVersion& v : versions) {
        auto* item = new QTreeWidgetItem(m_list,
                                         {QString::number(v.version),
                                          v.at.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), v.source,
                                          v.summary});
        item->setData(0, Qt::UserRole, v.version);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setAccessibleName(tr("Restore the selected version"));
    m_restore->setEnabled(false);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current) { m_restore->setEnabled(current != nullptr); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { accept(); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(760, 360);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(m_list->topLevelItemCount() - 1));
    m_list->setFocus();
}

std::optional<int> HistoryDialog::chosenVersion() const
{
    const QTreeWidgetItem* current = m_list->currentItem();
    if (result() != QDialog::Accepted || !current)
        return std::nullopt;
    return current->data(0, Qt::UserRole).toInt();
}

} // namespace debrief
