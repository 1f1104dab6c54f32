// SPDX-License-Identifier: GPL-3.0-or-later
#include "RootCausePage.h"

#include "DisplayText.h"
#include "KindStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace debrief {

namespace {
const QString kConflictRule = QStringLiteral("conflicting-root-causes");
}

RootCausePage::RootCausePage(QWidget* parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
{
    setAccessibleName(tr("Root cause and resolution"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
}

void RootCausePage::setIncident(const Incident& incident, const QVector<LintFinding>& findings)
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(8);
    addRootCauses(layout, incident, findings);
    layout->addSpacing(10);
    addResolution(layout, incident);
    layout->addSpacing(10);
    addMeasures(layout, incident);
    layout->addStretch(1);
    // setWidget deletes the previous content, with every label of the last incident.
    m_scroll->setWidget(content);
    m_rootCauseCount = int(incident.rootCauses.size());
}

void RootCausePage::addRootCauses(QVBoxLayout* layout, const Incident& incident, const QVector<LintFinding>& findings)
{
    QWidget* parent = layout->parentWidget();
    layout->addWidget(createHeading(incident.rootCauses.size() > 1
                                        ? tr("Root causes (%1 statements)").arg(incident.rootCauses.size())
                                        : tr("Root cause"),
                                    parent));
    for (const LintFinding& finding : findings) {
        if (finding.rule == kConflictRule)
            layout->addWidget(createConflictBanner(finding, parent));
    }
    if (incident.rootCauses.isEmpty())
        layout->addWidget(createText(tr("The postmortem states no root cause."), parent));
    for (const RootCause& cause : incident.rootCauses)
        layout->addWidget(createRootCauseCard(cause, parent));
}

void RootCausePage::addResolution(QVBoxLayout* layout, const Incident& incident)
{
    QWidget* parent = layout->parentWidget();
    layout->addWidget(createHeading(tr("Resolution"), parent));
    QLabel* text = createText(
        incident.resolution.isEmpty() ? tr("The postmortem states no resolution.") : incident.resolution, parent);
    text->setAccessibleName(tr("Resolution"));
    layout->addWidget(text);
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

QWidget* RootCausePage::createRootCauseCard(const RootCause& cause, QWidget* parent)
{
    auto* card = new QFrame(parent);
    card->setFrameShape(QFrame::StyledPanel);
    card->setBackgroundRole(QPalette::AlternateBase);
    card->setAutoFillBackground(true);
    card->setAccessibleName(tr("Root cause stated in %1").arg(cause.section));

    auto* section = new QLabel(
        cause.section.isEmpty() ? tr("Stated in an unnamed section") : tr("Stated in “%1”").arg(cause.section), card);
    section->setForegroundRole(QPalette::PlaceholderText);
    if (cause.sourceLine > 0)
        section->setToolTip(tr("Line %1 of the postmortem").arg(cause.sourceLine));

    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(12, 8, 12, 10);
    layout->setSpacing(4);
    layout->addWidget(section);
    layout->addWidget(createText(cause.text, card));
    return card;
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
