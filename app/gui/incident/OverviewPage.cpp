// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewPage.h"

#include "ActionItemsModel.h"
#include "ActionItemsPage.h"
#include "AppIcons.h"
#include "ChartDataLoader.h"
#include "DisplayText.h"
#include "FindingNavigator.h"
#include "IncidentView.h"
#include "KindStyle.h"
#include "MetricTile.h"
#include "TimelineModel.h"
#include "TimelinePage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <cstdlib>

namespace debrief {

namespace {

constexpr int kFindingIndexRole = Qt::UserRole + 1;

QString clockText(UtcMillis at)
{
    return at.toDateTime().toString(QStringLiteral("HH:mm"));
}

UtcMillis plusMinutes(UtcMillis at, int minutes)
{
    return UtcMillis {at.value + qint64(minutes) * 60000};
}

} // namespace

OverviewPage::OverviewPage(QWidget* parent)
    : QWidget(parent)
    , m_loader(new ChartDataLoader(this))
{
    setAccessibleName(tr("Incident overview"));
    m_evidenceChannel = m_loader->newChannel();
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
                               const QVector<LintFinding>& findings, const QString& storePath)
{
    const bool sameIncident = incident.id == m_incident.id && storePath == m_loader->storePath();
    m_incident = incident;
    m_metrics = metrics;
    m_title->setText(incident.title.isEmpty() ? tr("(untitled incident)") : incident.title);
    m_subtitle->setText(subtitle(incident));
    showMetrics(incident, metrics);
    showFacts(incident);
    showFindings(findings);
    // An edit of the same incident leaves the evidence as it was: only what it is set against
    // changed, so the tiles are computed again from the suggestions at hand (no worker, no flicker).
    if (sameIncident && m_evidenceKnown) {
        showEvidence(m_evidence);
        return;
    }
    m_evidenceKnown = false;
    if (storePath.isEmpty())
        showEvidenceText(tr("no evidence"));
    else if (!sameIncident)
        showEvidenceText(tr("evidence: reading…"));
    loadEvidence(storePath);
}

void OverviewPage::reloadEvidence()
{
    loadEvidence(m_loader->storePath());
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

    auto* edit = new QPushButton(AppIcons::get(AppIcon::Edit), tr("Edit details…"), header);
    edit->setToolTip(tr("Edit the title, severity, status, times, summary and impact (Ctrl+D)"));
    connect(edit, &QPushButton::clicked, this, &OverviewPage::editDetailsRequested);

    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_title);
    text->addWidget(m_subtitle);
    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(text, 1);
    layout->addWidget(edit, 0, Qt::AlignTop);
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
    m_findings->setAccessibleDescription(tr("Press Enter or click a finding to go to the place it names"));
    m_findings->setWordWrap(true);
    m_findings->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findings->setFocusPolicy(Qt::StrongFocus);
    m_findings->setIconSize(QSize(18, 18));
    m_findings->setSpacing(5);
    m_findings->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_findings->viewport()->setCursor(Qt::PointingHandCursor);
    // Wrapped items are measured at the width the list has when they are laid out: a scroll bar
    // that appears afterwards narrows them and cuts off their last line. Keep the width constant
    // and lay out again on every resize.
    m_findings->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_findings->setResizeMode(QListView::Adjust);
    // A single click is enough: a finding is a link, not something to select and then act on.
    // Enter (and a double click where the platform activates on it) arrives as itemActivated.
    connect(m_findings, &QListWidget::itemClicked, this, &OverviewPage::activateFinding);
    connect(m_findings, &QListWidget::itemActivated, this, &OverviewPage::activateFinding);

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

void OverviewPage::loadEvidence(const QString& storePath)
{
    if (storePath.isEmpty()) {
        // A newer request on the channel drops any answer still on its way for the old store.
        m_evidenceChannel = m_loader->newChannel();
        return;
    }
    if (storePath != m_loader->storePath())
        m_loader->setStorePath(storePath);
    const quint64 channel = m_evidenceChannel;
    m_loader->loadSuggestions(channel, m_incident.id, this,
                              [this, channel](const QVector<SuggestedEvent>& suggestions) {
                                  if (channel == m_evidenceChannel)
                                      showEvidence(suggestions);
                              });
}

void OverviewPage::showEvidenceText(const QString& text)
{
    for (MetricTile* tile : {m_detect, m_mitigate, m_resolve, m_duration})
        tile->setEvidence(text);
    // The evidence measures no "identified" moment: an empty line says nothing rather than "none".
    m_identify->setEvidence({});
}

void OverviewPage::showEvidence(const QVector<SuggestedEvent>& suggestions)
{
    m_evidence = suggestions;
    m_evidenceKnown = true;
    const EvidenceMetrics evidence = EvidenceMetrics::compute(m_incident, suggestions);
    const std::optional<UtcMillis> start = evidence.impactStartedAt;
    // Time to detect has no evidence end of its own: it runs to the timeline's first detection.
    showEvidenceOn(m_detect, m_metrics.timeToDetectMinutes, evidence.timeToDetectMinutes, start, std::nullopt);
    showEvidenceOn(m_mitigate, m_metrics.timeToMitigateMinutes, evidence.timeToMitigateMinutes, start,
                   evidence.mitigatedAt);
    showEvidenceOn(m_resolve, m_metrics.timeToResolveMinutes, evidence.timeToResolveMinutes, start,
                   evidence.recoveredAt);
    showEvidenceOn(m_duration, m_incident.durationMinutes(), evidence.timeToResolveMinutes, start,
                   evidence.recoveredAt);
    m_identify->setEvidence({});
}

void OverviewPage::showEvidenceOn(MetricTile* tile, std::optional<int> stated, std::optional<int> measured,
                                  std::optional<UtcMillis> start, std::optional<UtcMillis> end)
{
    if (!start || !measured) {
        tile->setEvidence(tr("no evidence"));
        return;
    }
    const bool disagrees = stated && std::abs(*stated - *measured) > kAgreementToleranceMinutes;
    // Three short lines rather than one long one: the tiles are narrow and read from afar.
    QString text = tr("evidence: %1").arg(DisplayText::duration(measured));
    if (stated && !disagrees)
        text += QStringLiteral("  ✓");
    text += u'\n' + tr("%1 → %2").arg(clockText(*start), clockText(end.value_or(plusMinutes(*start, *measured))));
    if (disagrees) {
        const int difference = *measured - *stated;
        text += u'\n'
            + (difference > 0 ? tr("⚠ %1 longer than stated").arg(DisplayText::duration(difference))
                              : tr("⚠ %1 shorter than stated").arg(DisplayText::duration(-difference)));
    }
    tile->setEvidence(text, disagrees);
}

void OverviewPage::showFindings(const QVector<LintFinding>& findings)
{
    m_findings->clear();
    m_findingsHeading->setText(findings.isEmpty() ? tr("Review findings")
                                                  : tr("Review findings (%1)").arg(findings.size()));
    // Errors first: in a review the contradictions matter more than a missing time. The sort is
    // stable, so the linter's line order holds within each severity.
    m_shownFindings = findings;
    std::stable_sort(m_shownFindings.begin(), m_shownFindings.end(),
                     [](const LintFinding& a, const LintFinding& b) { return int(a.severity) < int(b.severity); });
    if (findings.isEmpty()) {
        auto* none = new QListWidgetItem(tr("No findings: the postmortem is consistent."));
        none->setFlags(Qt::ItemIsEnabled);
        m_findings->addItem(none);
        return;
    }
    for (int index = 0; index < m_shownFindings.size(); ++index) {
        const LintFinding& finding = m_shownFindings[index];
        QString where = findingWhere(finding);
        // Say where a click leads, so that the list reads as links and not as a report.
        const IncidentPage target = FindingNavigator::pageFor(finding, m_incident);
        if (target != IncidentPage::Overview)
            where += (where.isEmpty() ? QString() : QStringLiteral("  ·  "))
                + tr("go to %1 →").arg(incidentPageTitle(target));
        auto* item = new QListWidgetItem(KindStyle::severityIcon(finding.severity),
                                         where.isEmpty() ? finding.message : finding.message + u'\n' + where);
        item->setToolTip(tr("%1: %2 (%3)").arg(DisplayText::severity(finding.severity), finding.message, finding.rule));
        item->setData(Qt::AccessibleTextRole,
                      tr("%1: %2").arg(DisplayText::severity(finding.severity), finding.message));
        item->setData(kFindingIndexRole, index);
        m_findings->addItem(item);
    }
}

void OverviewPage::activateFinding(QListWidgetItem* item)
{
    bool ok = false;
    const int index = item ? item->data(kFindingIndexRole).toInt(&ok) : -1;
    if (ok && index >= 0 && index < m_shownFindings.size())
        Q_EMIT findingActivated(m_shownFindings[index]);
}

QString OverviewPage::findingWhere(const LintFinding& finding)
{
    QString where = finding.section.isEmpty() ? QString() : tr("in “%1”").arg(finding.section);
    if (finding.line > 0)
        where = where.isEmpty() ? tr("line %1").arg(finding.line) : tr("%1, line %2").arg(where).arg(finding.line);
    return where;
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
    if (incident.startedAt && incident.endedAt)
        parts << tr("%1–%2 UTC").arg(clockText(*incident.startedAt), clockText(*incident.endedAt));
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
