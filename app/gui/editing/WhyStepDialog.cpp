// SPDX-License-Identifier: GPL-3.0-or-later
#include "WhyStepDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace debrief {

WhyStepDialog::WhyStepDialog(const WhyStep& step, const QString& previousAnswer, QWidget* parent)
    : QDialog(parent)
    , m_step(step)
    , m_question(new QLineEdit(step.question, this))
    , m_answer(new QPlainTextEdit(step.answer, this))
{
    setWindowTitle(tr("Why"));
    m_question->setPlaceholderText(previousAnswer.isEmpty() ? tr("Why did the incident happen?")
                                                            : tr("Why was that so?"));
    m_answer->setPlaceholderText(tr("Because …"));
    m_answer->setTabChangesFocus(true);

    auto* form = new QFormLayout;
    if (!previousAnswer.isEmpty()) {
        auto* previous = new QLabel(previousAnswer, this);
        previous->setTextFormat(Qt::PlainText);
        previous->setWordWrap(true);
        previous->setForegroundRole(QPalette::PlaceholderText);
        form->addRow(tr("Asking about:"), previous);
    }
    form->addRow(tr("&Why:"), m_question);
    form->addRow(tr("&Because:"), m_answer);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
    resize(620, 260);
    m_question->setFocus();
}

WhyStep WhyStepDialog::step() const
{
    WhyStep edited = m_step;
    edited.question = m_question->text().simplified();
    edited.answer = m_answer->toPlainText().trimmed();
    return edited;
}

std::optional<WhyStep> WhyStepDialog::edit(QWidget* parent, const WhyStep& step, const QString& previousAnswer)
{
    WhyStepDialog dialog(step, previousAnswer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const WhyStep edited = dialog.step();
    if (edited.question.isEmpty() && edited.answer.isEmpty())
        return std::nullopt;
    return edited;
}

} // namespace debrief
