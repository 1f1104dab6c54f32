// SPDX-License-Identifier: GPL-3.0-or-later
#include "SuggestionPanel.h"

#include "AppIcons.h"
#include "KindStyle.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace debrief {

SuggestionPanel::SuggestionPanel(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_accept(new QPushButton(AppIcons::get(AppIcon::Accept), tr("Accept"), this))
    , m_reject(new QPushButton(AppIcons::get(AppIcon::Reject), tr("Reject"), this))
{
    setAccessibleName(tr("Suggested events"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_list->setAccessibleName(tr("Events suggested from the evidence"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setIconSize(QSize(14, 14));
    m_list->installEventFilter(this);
    m_accept->setAccessibleName(tr("Accept the selected suggestion into the timeline"));
    m_accept->setToolTip(tr("Add the selected suggestion to the timeline (Enter)"));
    m_reject->setAccessibleName(tr("Reject the selected suggestion"));
    m_reject->setToolTip(tr("Dismiss the selected suggestion (Delete)"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_reject);
    buttons->addWidget(m_accept);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_accept, &QPushButton::clicked, this, &SuggestionPanel::acceptCurrent);
    connect(m_reject, &QPushButton::clicked, this, &SuggestionPanel::rejectCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        updateState();
        if (row >= 0 && row < m_suggestions.size())
            Q_EMIT suggestionSelected(m_suggestions[row]);
    });
    updateState();
}

void SuggestionPanel::setSuggestions(const QVector<SuggestedEvent>& suggestions)
{
    m_suggestions = suggestions;
    m_list->clear();
    for (const SuggestedEvent& suggestion : suggestions) {
        auto* item = new QListWidgetItem(KindStyle::kindIcon(suggestion.kind), itemText(suggestion), m_list);
        item->setToolTip(suggestion.text);
    }
    if (!suggestions.isEmpty())
        m_list->setCurrentRow(0);
    updateState();
}

QString SuggestionPanel::itemText(const SuggestedEvent& suggestion)
{
    return suggestion.at.toDateTime().toString(QStringLiteral("HH:mm")) + QStringLiteral("  ")
        + timelineKindName(suggestion.kind) + QStringLiteral(" · ") + suggestion.text;
}

void SuggestionPanel::acceptCurrent()
{
    if (const auto suggestion = takeCurrent())
        Q_EMIT suggestionAccepted(*suggestion);
}

void SuggestionPanel::rejectCurrent()
{
    if (const auto suggestion = takeCurrent())
        Q_EMIT suggestionRejected(*suggestion);
}

std::optional<SuggestedEvent> SuggestionPanel::takeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_suggestions.size())
        return std::nullopt;
    const SuggestedEvent suggestion = m_suggestions.takeAt(row);
    delete m_list->takeItem(row);
    updateState();
    return suggestion;
}

void SuggestionPanel::updateState()
{
    const bool selected = m_list->currentRow() >= 0;
    m_accept->setEnabled(selected);
    m_reject->setEnabled(selected);
    m_heading->setText(m_suggestions.isEmpty() ? tr("Suggested from the evidence: none")
                                               : tr("Suggested from the evidence: %1").arg(m_suggestions.size()));
}

bool SuggestionPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            acceptCurrent();
            return true;
        }
        if (key == Qt::Key_Delete) {
            rejectCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace debrief
