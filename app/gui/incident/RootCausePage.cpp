// SPDX-License-Identifier: GPL-3.0-or-later
#include "RootCausePage.h"

#include "AppIcons.h"
#include "DisplayText.h"
#include "IncidentEditor.h"
#include "KindStyle.h"
#include "MarkdownEditDialog.h"
#include "WhyChainView.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>
#include <algorithm>

namespace debrief {

namespace {
const QString kConflictRule = QStringLiteral("conflicting-root-causes");
// Statements that disagree stand in columns, at most this many to a row.
constexpr int kConflictColumns = 3;
} // namespace

RootCausePage::RootCausePage(QWidget* parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
{
    setAccessibleName(tr("Root cause and resolution"));
    m_scroll->setAccessibleName(tr("Root causes and resolution"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
}

void RootCausePage::setIncident(const Incident& incident, const QVector<LintFinding>& findings)
{
    m_incident = incident;
    const int scrolled = m_scroll->verticalScrollBar() ? m_scroll->verticalScrollBar()->value() : 0;
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(8);
    addRootCauses(layout, incident, findings);
    layout->addSpacing(10);
    layout->addWidget(createHeading(tr("5 whys"), content));
    layout->addWidget(new WhyChainView(incident.id, incident.whys, m_editor, content));
    layout->addSpacing(10);
    addResolution(layout, incident);
    layout->addSpacing(10);
    addMeasures(layout, incident);
    layout->addStretch(1);
    // setWidget deletes the previous content, with every label of the last incident.
    m_scroll->setWidget(content);
    m_rootCauseCount = int(incident.rootCauses.size());
    // After an edit the page is rebuilt: keep the reader where they were.
    m_scroll->verticalScrollBar()->setValue(scrolled);
}

void RootCausePage::editRootCause(int index, const QString& markdown)
{
    if (!m_editor || index < 0 || index >= m_incident.rootCauses.size() || markdown.isEmpty())
        return;
    RootCause after = m_incident.rootCauses[index];
    after.text = markdown;
    m_editor->updateRootCause(m_incident.id, m_incident.rootCauses[index], after);
}

void RootCausePage::addRootCause(const QString& markdown)
{
    if (!m_editor || markdown.isEmpty())
        return;
    RootCause cause;
    cause.text = markdown;
    cause.section = tr("Root cause");
    m_editor->addRootCause(m_incident.id, int(m_incident.rootCauses.size()), cause);
}

void RootCausePage::removeRootCause(int index)
{
    if (m_editor && index >= 0 && index < m_incident.rootCauses.size())
        m_editor->removeRootCause(m_incident.id, index, m_incident.rootCauses[index]);
}

void RootCausePage::editResolution(const QString& markdown)
{
    if (m_editor)
        m_editor->setText(m_incident.id, IncidentTextField::Resolution, m_incident.resolution, markdown);
}

void RootCausePage::addRootCauses(QVBoxLayout* layout, const Incident& incident, const QVector<LintFinding>& findings)
{
    QWidget* parent = layout->parentWidget();
    layout->addWidget(createHeading(incident.rootCauses.size() > 1
                                        ? tr("Root causes (%1 statements)").arg(incident.rootCauses.size())
                                        : tr("Root cause"),
                                    parent));
    bool conflict = false;
    for (const LintFinding& finding : findings) {
        if (finding.rule == kConflictRule) {
            layout->addWidget(createConflictBanner(finding, parent));
            conflict = true;
        }
    }
    if (incident.rootCauses.isEmpty())
        layout->addWidget(createText(tr("The postmortem states no root cause."), parent));
    // Side by side when they disagree, so that the room compares them; one under the other else.
    auto* cards = new QGridLayout;
    cards->setSpacing(8);
    const int columns = conflict ? kConflictColumns : 1;
    for (int i = 0; i < incident.rootCauses.size(); ++i)
        cards->addWidget(createRootCauseCard(incident.rootCauses[i], i, parent), i / columns, i % columns);
    for (int c = 0; c < std::min<int>(columns, int(incident.rootCauses.size())); ++c)
        cards->setColumnStretch(c, 1);
    layout->addLayout(cards);
    auto* add = new QPushButton(AppIcons::get(AppIcon::Add), tr("Add root cause…"), parent);
    connect(
        add, &QPushButton::clicked, this,
        [this] {
            if (const auto text = MarkdownEditDialog::edit(this, tr("Add root cause"), QString()))
                addRootCause(*text);
        },
        Qt::QueuedConnection);
    layout->addWidget(add, 0, Qt::AlignLeft);
}

void RootCausePage::addResolution(QVBoxLayout* layout, const Incident& incident)
{
    QWidget* parent = layout->parentWidget();
    layout->addWidget(createHeading(tr("Resolution"), parent));
    QLabel* text = incident.resolution.isEmpty() ? createText(tr("The postmortem states no resolution."), parent)
                                                 : createMarkdown(incident.resolution, parent);
    text->setAccessibleName(tr("Resolution"));
    layout->addWidget(text);
    auto* edit = new QPushButton(AppIcons::get(AppIcon::Edit), tr("Edit resolution…"), parent);
    connect(
        edit, &QPushButton::clicked, this,
        [this] {
            if (const auto text = MarkdownEditDialog::edit(this, tr("Resolution"), m_incident.resolution))
                editResolution(*text);
        },
        Qt::QueuedConnection);
    layout->addWidget(edit, 0, Qt::AlignLeft);
}

void RootCausePage::addMeasures(QVBoxLayout* layout, const Incident& incident)
{
    QWidget* parent = layout->parentWidget();
    layout->addWidget(createHeading(tr("Corrective and preventative measures"), parent));
    if (incident.measures.isEmpty())
        layout->addWidget(createText(tr("The postmortem lists no measures."), parent));
    for (const MeasureGroup& group : incident.measures)
        layout->addWidget(createMeasureGroup(group, parent));
}

QWidget* RootCausePage::createRootCauseCard(const RootCause& cause, int index, QWidget* parent)
{
    auto* card = new QFrame(parent);
    card->setFrameShape(QFrame::StyledPanel);
    card->setBackgroundRole(QPalette::AlternateBase);
    card->setAutoFillBackground(true);
    card->setAccessibleName(tr("Root cause stated in %1").arg(cause.section));

    QString where = cause.section.isEmpty() ? tr("Stated in an unnamed section") : tr("Stated in “%1”").arg(cause.section);
    if (!cause.label.isEmpty())
        where = tr("%1, as “%2”", "root cause stated in a section, under a field name").arg(where, cause.label);
    auto* section = new QLabel(where, card);
    section->setForegroundRole(QPalette::PlaceholderText);
    if (cause.sourceLine > 0)
        section->setToolTip(tr("Line %1 of the postmortem").arg(cause.sourceLine));

    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(12, 8, 12, 10);
    layout->setSpacing(4);
    auto* header = new QHBoxLayout;
    header->addWidget(section, 1);
    header->addWidget(createEditButtons(
        card,
        [this, index] {
            const QString before = m_incident.rootCauses.value(index).text;
            if (const auto text = MarkdownEditDialog::edit(this, tr("Root cause"), before))
                editRootCause(index, *text);
        },
        [this, index] { removeRootCause(index); }));
    layout->addLayout(header);
    layout->addWidget(createMarkdown(cause.text, card));
    layout->addStretch(1);
    return card;
}

QWidget* RootCausePage::createEditButtons(QWidget* parent, const std::function<void()>& edit,
                                          const std::function<void()>& remove)
{
    auto* buttons = new QWidget(parent);
    auto* layout = new QHBoxLayout(buttons);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* editButton = new QPushButton(AppIcons::get(AppIcon::Edit), tr("Edit…"), buttons);
    auto* removeButton = new QPushButton(AppIcons::get(AppIcon::Remove), tr("Remove"), buttons);
    editButton->setAccessibleName(tr("Edit root cause"));
    removeButton->setAccessibleName(tr("Remove root cause"));
    // Queued: the edit rebuilds the page, and with it deletes the button whose click is running.
    connect(editButton, &QPushButton::clicked, this, edit, Qt::QueuedConnection);
    connect(removeButton, &QPushButton::clicked, this, remove, Qt::QueuedConnection);
    layout->addWidget(editButton);
    layout->addWidget(removeButton);
    return buttons;
}

QWidget* RootCausePage::createConflictBanner(const LintFinding& finding, QWidget* parent)
{
    auto* banner = new QWidget(parent);
    banner->setAccessibleName(tr("Conflicting root causes"));
    auto* icon = new QLabel(banner);
    icon->setPixmap(KindStyle::severityIcon(finding.severity).pixmap(QSize(18, 18)));
    auto* text = createText(finding.message, banner);
    text->setForegroundRole(QPalette::WindowText);

    auto* layout = new QHBoxLayout(banner);
    layout->setContentsMargins(0, 2, 0, 4);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(text, 1);
    return banner;
}

QWidget* RootCausePage::createMeasureGroup(const MeasureGroup& group, QWidget* parent)
{
    auto* box = new QWidget(parent);
    box->setAccessibleName(group.title);
    auto* title = new QLabel(group.title, box);
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);
    if (!group.section.isEmpty())
        title->setToolTip(tr("From the section “%1”").arg(group.section));

    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 2);
    layout->setSpacing(2);
    layout->addWidget(title);
    if (!group.items.isEmpty()) {
        QString html = QStringLiteral("<ul style=\"margin-top:0px; margin-bottom:0px; -qt-list-indent:1;\">");
        for (const QString& item : group.items)
            html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
        html += QStringLiteral("</ul>");
        QLabel* items = createText(html, box);
        items->setTextFormat(Qt::RichText);
        layout->addWidget(items);
    }
    return box;
}

QLabel* RootCausePage::createHeading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    label->setFont(font);
    return label;
}

QLabel* RootCausePage::createMarkdown(const QString& markdown, QWidget* parent)
{
    QLabel* label = createText(MarkdownEditDialog::toHtml(markdown), parent);
    label->setTextFormat(Qt::RichText);
    return label;
}

QLabel* RootCausePage::createText(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    // Plain text by default: a postmortem's "<" must not become markup.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace debrief
