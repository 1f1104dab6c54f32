// SPDX-License-Identifier: GPL-3.0-or-later
#include "WhyChainView.h"

#include "AppIcons.h"
#include "IncidentEditor.h"
#include "WhyStepDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace debrief {

namespace {

QLabel* wrappedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

WhyChainView::WhyChainView(IncidentId incident, const QVector<WhyStep>& steps, IncidentEditor* editor,
                           QWidget* parent)
    : QWidget(parent)
    , m_incident(incident)
    , m_steps(steps)
    , m_editor(editor)
{
    setAccessibleName(tr("5 whys"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    if (m_steps.isEmpty()) {
        auto* hint = wrappedLabel(tr("No whys yet. Ask why the incident happened, then why that was so, "
                                     "until the answer is something the team can change."),
                                  this);
        hint->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(hint);
    }
    for (int i = 0; i < m_steps.size(); ++i)
        layout->addWidget(createStep(i));
    auto* add = new QPushButton(AppIcons::get(AppIcon::Add), tr("Add why…"), this);
    add->setAccessibleName(tr("Add a why"));
    // Queued: the edit rebuilds the page, and with it deletes the button whose click is running.
    connect(add, &QPushButton::clicked, this, &WhyChainView::askToAdd, Qt::QueuedConnection);
    layout->addWidget(add, 0, Qt::AlignLeft);
}

void WhyChainView::editStep(int index, const WhyStep& edited)
{
    if (m_editor && index >= 0 && index < m_steps.size())
        m_editor->updateWhyStep(m_incident, m_steps[index], edited);
}

void WhyChainView::addStep(const WhyStep& step)
{
    if (m_editor)
        m_editor->addWhyStep(m_incident, int(m_steps.size()), step);
}

void WhyChainView::removeStep(int index)
{
    if (m_editor && index >= 0 && index < m_steps.size())
        m_editor->removeWhyStep(m_incident, index, m_steps[index]);
}

void WhyChainView::moveStep(int index, int delta)
{
    const int to = index + delta;
    if (m_editor && index >= 0 && index < m_steps.size() && to >= 0 && to < m_steps.size())
        m_editor->moveWhyStep(m_incident, m_steps[index].id, index, to);
}

QWidget* WhyChainView::createStep(int index)
{
    const WhyStep& step = m_steps[index];
    auto* row = new QFrame(this);
    row->setFrameShape(QFrame::StyledPanel);
    row->setBackgroundRole(QPalette::AlternateBase);
    row->setAutoFillBackground(true);
    row->setAccessibleName(tr("Why %1").arg(index + 1));

    auto* number = new QLabel(QString::number(index + 1), row);
    QFont big = number->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    number->setFont(big);
    number->setMinimumWidth(number->fontMetrics().horizontalAdvance(QStringLiteral("00")));
    number->setAlignment(Qt::AlignHCenter | Qt::AlignTop);

    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    auto* question = wrappedLabel(step.question.isEmpty() ? tr("(no question written)") : step.question, row);
    QFont bold = question->font();
    bold.setBold(true);
    question->setFont(bold);
    auto* answer = wrappedLabel(step.answer.isEmpty() ? tr("Not answered yet") : step.answer, row);
    if (step.answer.isEmpty())
        answer->setForegroundRole(QPalette::PlaceholderText);
    text->addWidget(question);
    text->addWidget(answer);

    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(number);
    layout->addLayout(text, 1);
    layout->addWidget(createButtons(index, row), 0, Qt::AlignTop);
    return row;
}

QWidget* WhyChainView::createButtons(int index, QWidget* parent)
{
    auto* buttons = new QWidget(parent);
    auto* layout = new QHBoxLayout(buttons);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* edit = new QPushButton(AppIcons::get(AppIcon::Edit), tr("Edit…"), buttons);
    edit->setAccessibleName(tr("Edit why %1").arg(index + 1));
    auto* up = new QToolButton(buttons);
    up->setIcon(AppIcons::get(AppIcon::MoveUp));
    up->setAccessibleName(tr("Move why %1 up").arg(index + 1));
    up->setToolTip(tr("Move up"));
    up->setEnabled(index > 0);
    auto* down = new QToolButton(buttons);
    down->setIcon(AppIcons::get(AppIcon::MoveDown));
    down->setAccessibleName(tr("Move why %1 down").arg(index + 1));
    down->setToolTip(tr("Move down"));
    down->setEnabled(index + 1 < m_steps.size());
    auto* remove = new QPushButton(AppIcons::get(AppIcon::Remove), tr("Remove"), buttons);
    remove->setAccessibleName(tr("Remove why %1").arg(index + 1));
    for (QWidget* w : {static_cast<QWidget*>(up), static_cast<QWidget*>(down)})
        w->setFocusPolicy(Qt::StrongFocus);
    // Queued, as the add button: each of these rebuilds the page.
    connect(edit, &QPushButton::clicked, this, [this, index] { askToEdit(index); }, Qt::QueuedConnection);
    connect(up, &QToolButton::clicked, this, [this, index] { moveStep(index, -1); }, Qt::QueuedConnection);
    connect(down, &QToolButton::clicked, this, [this, index] { moveStep(index, 1); }, Qt::QueuedConnection);
    connect(remove, &QPushButton::clicked, this, [this, index] { removeStep(index); }, Qt::QueuedConnection);
    for (QWidget* w : {static_cast<QWidget*>(edit), static_cast<QWidget*>(up), static_cast<QWidget*>(down),
                       static_cast<QWidget*>(remove)})
        layout->addWidget(w);
    return buttons;
}

void WhyChainView::askToEdit(int index)
{
    if (index < 0 || index >= m_steps.size())
        return;
    if (const auto edited = WhyStepDialog::edit(this, m_steps[index], answerBefore(index)))
        editStep(index, *edited);
}

void WhyChainView::askToAdd()
{
    if (const auto step = WhyStepDialog::edit(this, WhyStep {}, answerBefore(int(m_steps.size()))))
        addStep(*step);
}

// The answer the step at `index` asks about: the one before it.
QString WhyChainView::answerBefore(int index) const
{
    return index > 0 && index <= m_steps.size() ? m_steps[index - 1].answer : QString();
}

} // namespace debrief
