// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace debrief {

PlaceholderPage::PlaceholderPage(const QString& heading, const QString& text, QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(heading);
    auto* title = new QLabel(heading, this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);

    auto* body = new QLabel(text, this);
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignCenter);
    body->setForegroundRole(QPalette::PlaceholderText);
    body->setMaximumWidth(520);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(title);
    layout->addWidget(body, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

} // namespace debrief
