// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewPage.h"

#include "DisplayText.h"
#include "KindStyle.h"
#include "MetricTile.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

namespace debrief {

OverviewPage::OverviewPage(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Incident overview"));
    auto* body = new QHBoxLayout;
    body->setSpacing(18);
    body->addWidget(createDetails(), 3);
    body->addWidget(createFindings(), 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(14);
    layout->addWidget(createHeader());
    layout->addWidget(createTiles());
    layout->addLayout(body, 1);
}

void OverviewPage::setIncident(const Incident& incident, const IncidentMetrics& metrics,
                               const QVector<LintFinding>& findings)
{
    m_title->setText(incident.title.isEmpty() ? tr("(untitled incident)") : incident.title);
    m_subtitle->setText(subtitle(incident));
    showMetrics(incident, metrics);
    showFacts(incident);
    showFindings(findings);
}

QWidget* OverviewPage::createHeader()
{
    auto* header = new QWidget(this);
    m_title = new QLabel(header);
    m_title->setAccessibleName(tr("Incident title"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(header);
    m_subtitle->setAccessibleName(tr("Incident status line"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    return header;
}

QWidget* OverviewPage::createTiles()
{
    auto* tiles = new QWidget(this);
    m_detect = new MetricTile(tr("Time to detect"), tiles);
    m_identify = new MetricTile(tr("Time to identify"), tiles);
    m_mitigate = new MetricTile(tr("Time to mitigate"), tiles);
    m_resolve = new MetricTile(tr("Time to resolve"), tiles);
    m_duration = new MetricTile(tr("Duration"), tiles);
    auto* layout = new QHBoxLayout(tiles);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    for (MetricTile* tile : {m_detect, m_identify, m_mitigate, m_resolve, m_duration})
        layout->addWidget(tile, 1);
    return tiles;
}

QWidget* OverviewPage::createDetails()
{
    auto* details = new QWidget;
    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->setHorizontalSpacing(16);
    const auto addRow = [&](const QString& label, QLabel*& field) {
        field = createTextLabel(details);
        field->setAccessibleName(label);
        form->addRow(label, field);
    };
    addRow(tr("Date"), m_date);
    addRow(tr("Started"), m_started);
    addRow(tr("Ended"), m_ended);
    addRow(tr("Severity"), m_severity);
    addRow(tr("Status"), m_status);
    addRow(tr("Time zone"), m_timezone);

    m_impact = createTextLabel(details);
    m_impact->setAccessibleName(tr("Impact"));
    m_summary = createTextLabel(details);
    m_summary->setAccessibleName(tr("Summary"));
    // The summary is the document's own Markdown; QLabel renders it without an HTML detour.
    m_summary->setTextFormat(Qt::MarkdownText);

    auto* layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(createHeading(tr("Impact"), details));
    layout->addWidget(m_impact);
    layout->addSpacing(6);
    layout->addWidget(createHeading(tr("Summary"), details));
    layout->addWidget(m_summary);
    layout->addStretch(1);

    // Long summaries scroll inside the page instead of pushing the findings off screen.
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Incident details"));
    return scroll;
}

QWidget* OverviewPage::createFindings()
{
    auto* box = new QWidget(this);
    m_findingsHeading = createHeading(tr("Review findings"), box);
    m_findings = new QListWidget(box);
    m_findings->setAccessibleName(tr("Review findings"));
    m_findings->setWordWrap(true);
    m_findings->setSelectionMode(QAbstractItemView::NoSelection);
    m_findings->setFocusPolicy(Qt::NoFocus);
    m_findings->setIconSize(QSize(18, 18));
    m_findings->setSpacing(5);
    m_findings->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Wrapped items are measured at the width the list has when they are laid out: a scroll bar
    // that appears afterwards narrows them and cuts off their last line. Keep the width constant
    // and lay out again on every resize.
    m_findings->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_findings->setResizeMode(QListView::Adjust);

    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_findingsHeading);
    layout->addWidget(m_findings, 1);
    return box;
}

void OverviewPage::showFacts(const Incident& incident)
{
    const auto orDash = [](const QString& text) { return text.isEmpty() ? DisplayText::notStated() : text; };
    m_date->setText(DisplayText::date(incident.date));
    m_started->setText(DisplayText::dateTimeUtc(incident.startedAt));
    m_ended->setText(DisplayText::dateTimeUtc(incident.endedAt));
    m_severity->setText(orDash(incident.severity));
    m_status->setText(DisplayText::incidentStatus(incident.status));
    m_timezone->setText(incident.timezone.isEmpty() ? tr("not stated") : incident.timezone);
    m_impact->setText(orDash(incident.impact));
    m_summary->setText(orDash(incident.summary));
}

void OverviewPage::showMetrics(const Incident& incident, const IncidentMetrics& metrics)
{
    const QString unknown = tr("The timeline does not say");
    const auto show = [&](MetricTile* tile, std::optional<int> minutes, const QString& how) {
        tile->setValue(DisplayText::duration(minutes), minutes ? how : unknown);
    };
    show(m_detect, metrics.timeToDetectMinutes, tr("From the start to the first detection entry"));
    show(m_identify, metrics.timeToIdentifyMinutes, tr("From the start to the entry that identified the cause"));
    show(m_mitigate, metrics.timeToMitigateMinutes, tr("From the start to the first mitigation or fix"));
    show(m_resolve, metrics.timeToResolveMinutes, tr("From the start to the resolution"));
    m_duration->setValue(DisplayText::duration(incident.durationMinutes()), durationText(incident));
}

void OverviewPage::showFindings(const QVector<LintFinding>& findings)
{
    m_findings->clear();
    m_findingsHeading->setText(findings.isEmpty() ? tr("Review findings")
                                                  : tr("Review findings (%1)").arg(findings.size()));
    if (findings.isEmpty()) {
        m_findings->addItem(tr("No findings: the postmortem is consistent."));
        return;
    }
    // Errors first: in a review the contradictions matter more than a missing time. The sort is
    // stable, so the linter's line order holds within each severity.
    QVector<LintFinding> sorted = findings;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const LintFinding& a, const LintFinding& b) { return int(a.severity) < int(b.severity); });
    for (const LintFinding& finding : sorted) {
        QString where = finding.section.isEmpty() ? QString() : tr("in “%1”").arg(finding.section);
        if (finding.line > 0)
            where = where.isEmpty() ? tr("line %1").arg(finding.line) : tr("%1, line %2").arg(where).arg(finding.line);
        auto* item = new QListWidgetItem(KindStyle::severityIcon(finding.severity),
                                         where.isEmpty() ? finding.message : finding.message + u'\n' + where);
        item->setToolTip(tr("%1: %2 (%3)").arg(DisplayText::severity(finding.severity), finding.message, finding.rule));
        item->setData(Qt::AccessibleTextRole,
                      tr("%1: %2").arg(DisplayText::severity(finding.severity), finding.message));
        m_findings->addItem(item);
    }
}

QString OverviewPage::subtitle(const Incident& incident)
{
    QStringList parts;
    if (!incident.severity.isEmpty())
        parts << incident.severity;
    if (!incident.status.isEmpty())
        parts << DisplayText::incidentStatus(incident.status);
    if (incident.date)
        parts << DisplayText::date(incident.date);
    if (incident.startedAt && incident.endedAt) {
        const QString format = QStringLiteral("HH:mm");
        parts << tr("%1–%2 UTC")
                     .arg(incident.startedAt->toDateTime().toString(format),
                          incident.endedAt->toDateTime().toString(format));
    }
    return parts.join(QStringLiteral("  ·  "));
}

QString OverviewPage::durationText(const Incident& incident)
{
    if (incident.durationText.isEmpty())
        return tr("From the start and end of the incident");
    return tr("Stated in the postmortem: %1").arg(incident.durationText);
}

QLabel* OverviewPage::createTextLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QLabel* OverviewPage::createHeading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

} // namespace debrief
