// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentDayDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace debrief {

DocumentDayDialog::DocumentDayDialog(const QString& fileName, int times, const QDate& suggestion, QWidget* parent)
    : QDialog(parent)
    , m_date(new QDateEdit(suggestion.isValid() ? suggestion : QDate::currentDate()))
{
    setWindowTitle(tr("Day of the Incident"));
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(tr("%1 gives %n time(s) in its timeline but no date anywhere. On which day did the "
                               "incident happen?",
                               nullptr, times)
                                .arg(fileName));
    text->setWordWrap(true);
    layout->addWidget(text);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setAccessibleName(tr("Day of the incident"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Day:"), m_date);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox;
    buttons->addButton(tr("&Set Day"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("&Keep Times as Written"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QDate DocumentDayDialog::day() const
{
    return m_date->date();
}

std::optional<QDate> DocumentDayDialog::ask(QWidget* parent, const QString& fileName, int times,
                                            const QDate& suggestion)
{
    DocumentDayDialog dialog(fileName, times, suggestion, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.day();
}

} // namespace debrief
