// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostmortemLinter.h"

#include "ContentWords.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>
#include <cstdlib>
#include <tuple>

namespace debrief {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PostmortemLinter)
};

// Below this share of common content words two statements are taken to say different things.
// "connection pool misconfigured in deploy" vs "misconfiguration of the database connection pool
// in the deployment" shares 4 of 4; the reference's two root causes share 0 of 7.
constexpr double kSameThingOverlap = 0.25;

QString quoted(const QString& text)
{
    QString t = text.simplified();
    if (t.size() > 200)
        t = t.left(197) + QStringLiteral("...");
    return u'"' + t + u'"';
}

QString clock(UtcMillis at)
{
    return at.toDateTime().toString(QStringLiteral("HH:mm"));
}

const DocumentSection* sectionFor(const Incident& incident, SectionRole role)
{
    for (const DocumentSection& s : incident.sections) {
        if (s.role == role)
            return &s;
    }
    return nullptr;
}

QString headingFor(const Incident& incident, SectionRole role, const char* fallback)
{
    const DocumentSection* s = sectionFor(incident, role);
    return s ? s->heading : QLatin1String(fallback);
}

int lineFor(const Incident& incident, SectionRole role)
{
    const DocumentSection* s = sectionFor(incident, role);
    return s ? s->line : 0;
}

// Collects findings; each rule is one small function below.
class Linter
{
public:
    explicit Linter(const Incident& incident)
        : m_incident(incident)
    { }

    QVector<LintFinding> run()
    {
        conflictingRootCauses();
        resolutionContradictsTimeline();
        durationMismatch();
        timelineOrder();
        actionItems();
        missingSections();
        emptySections();
        noTimezone();
        std::stable_sort(m_findings.begin(), m_findings.end(), [](const LintFinding& a, const LintFinding& b) {
            return std::tie(a.line, a.rule, a.message) < std::tie(b.line, b.rule, b.message);
        });
        return m_findings;
    }

private:
    void add(const char* rule, Severity severity, const QString& message, const QString& section, int line)
    {
        m_findings.append(LintFinding {QLatin1String(rule), severity, message, section, line});
    }

    // A trigger or a contributing factor adds to the root cause instead of restating it ("Root
    // Causes: a resource leak" and "Trigger: a surge in traffic" do not disagree).
    static bool complementsRootCause(const RootCause& cause)
    {
        static const QRegularExpression words(QStringLiteral("\\b(trigger|contributing|factors?)"),
                                              QRegularExpression::CaseInsensitiveOption);
        return words.match(cause.section).hasMatch();
    }

    // Causes listed together in one section are contributing factors by design; a conflict is a
    // document that states its cause one way in one place and another way elsewhere.
    void conflictingRootCauses()
    {
        const QVector<RootCause>& causes = m_incident.rootCauses;
        for (qsizetype i = 0; i < causes.size(); ++i) {
            for (qsizetype j = i + 1; j < causes.size(); ++j) {
                const RootCause& a = causes[i];
                const RootCause& b = causes[j];
                if (a.section.trimmed().compare(b.section.trimmed(), Qt::CaseInsensitive) == 0
                    || complementsRootCause(a) || complementsRootCause(b))
                    continue;
                const QSet<QString> wa = ContentWords::of(a.text);
                const QSet<QString> wb = ContentWords::of(b.text);
                if (wa.isEmpty() || wb.isEmpty() || ContentWords::overlap(wa, wb) >= kSameThingOverlap)
                    continue;
                add("conflicting-root-causes", Severity::Error,
                    Tr::tr("Root causes disagree: %1 (%2) vs %3 (%4)")
                        .arg(quoted(a.text), a.section, quoted(b.text), b.section),
                    b.section, b.sourceLine);
            }
        }
    }

    QVector<const TimelineEvent*> remedyEntries() const
    {
        static const QRegularExpression found(
            QStringLiteral("\\b(identif(y|ied|ies)|found|root[- ]cause|pinpoint(ed)?|traced to|determined)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        QVector<const TimelineEvent*> entries;
        for (const TimelineEvent& e : m_incident.timeline) {
            const bool remedy = e.kind == TimelineKind::Fix || e.kind == TimelineKind::Mitigation
                || e.kind == TimelineKind::Resolution;
            const bool causeFound = e.kind == TimelineKind::Investigation && found.match(e.text).hasMatch();
            if (remedy || causeFound)
                entries << &e;
        }
        return entries;
    }

    void resolutionContradictsTimeline()
    {
        const QSet<QString> resolution = ContentWords::of(m_incident.resolution);
        const QVector<const TimelineEvent*> entries = remedyEntries();
        if (resolution.isEmpty() || entries.isEmpty())
            return;
        QStringList said;
        for (const TimelineEvent* e : entries) {
            if (ContentWords::overlap(resolution, ContentWords::of(e->label + u' ' + e->text)) > 0)
                return;
            said << (e->at ? clock(*e->at) + u' ' : QString()) + quoted(e->text);
        }
        const SectionRole role
            = sectionFor(m_incident, SectionRole::Resolution) ? SectionRole::Resolution : SectionRole::RootCause;
        add("resolution-contradicts-timeline", Severity::Warning,
            Tr::tr("The resolution %1 is not what the timeline shows; the timeline says: %2")
                .arg(quoted(m_incident.resolution), said.join(QStringLiteral("; "))),
            headingFor(m_incident, role, "Resolution"), lineFor(m_incident, role));
    }

    void durationMismatch()
    {
        const std::optional<int> stated = m_incident.statedDurationMinutes;
        if (!stated)
            return;
        const int tolerance = std::max(5, *stated / 10);
        std::optional<UtcMillis> first;
        std::optional<UtcMillis> last;
        for (const TimelineEvent& e : m_incident.timeline) {
            if (!e.at)
                continue;
            first = first ? std::min(*first, *e.at) : *e.at;
            last = last ? std::max(*last, *e.at) : *e.at;
        }
        const QString section = headingFor(m_incident, SectionRole::Summary, "Summary");
        const int line = lineFor(m_incident, SectionRole::Summary);
        if (first && last && *first < *last) {
            const int span = int(first->minutesUntil(*last));
            if (std::abs(span - *stated) > tolerance)
                add("duration-mismatch", Severity::Warning,
                    Tr::tr("The stated duration is %1 minutes but the timeline spans %2 minutes (%3 to %4)")
                        .arg(*stated)
                        .arg(span)
                        .arg(clock(*first), clock(*last)),
                    section, line);
        }
        if (m_incident.startedAt && m_incident.endedAt) {
            const int span = int(m_incident.startedAt->minutesUntil(*m_incident.endedAt));
            if (std::abs(span - *stated) > tolerance)
                add("duration-mismatch", Severity::Warning,
                    Tr::tr("The stated duration is %1 minutes but the incident started %2 and ended %3, "
                           "%4 minutes")
                        .arg(*stated)
                        .arg(m_incident.startedAt->toIso(), m_incident.endedAt->toIso())
                        .arg(span),
                    section, line);
        }
    }

    void timelineOrder()
    {
        const QString section = headingFor(m_incident, SectionRole::Timeline, "Timeline");
        std::optional<UtcMillis> latest;
        for (const TimelineEvent& e : m_incident.timeline) {
            if (!e.at) {
                const QString what
                    = e.label.isEmpty() ? quoted(e.text) : quoted(e.label + QStringLiteral(": ") + e.text);
                add("untimed-entry", Severity::Info, Tr::tr("Timeline entry %1 has no time").arg(what), section,
                    e.sourceLine);
                continue;
            }
            if (latest && *e.at < *latest)
                add("timeline-out-of-order", Severity::Warning,
                    Tr::tr("Timeline entry at %1 comes after an entry at %2: %3")
                        .arg(e.at->toIso(), latest->toIso(), quoted(e.text)),
                    section, e.sourceLine);
            latest = latest ? std::max(*latest, *e.at) : *e.at;
        }
    }

    void actionItems()
    {
        const QString section = headingFor(m_incident, SectionRole::ActionItems, "Action Items");
        for (const ActionItem& a : m_incident.actionItems) {
            if (!a.isOpen())
                continue;
            if (a.owner.trimmed().isEmpty())
                add("action-item-no-owner", Severity::Warning,
                    Tr::tr("Action item %1 has no owner").arg(quoted(a.title)), section, a.sourceLine);
            if (!a.due)
                add("action-item-no-due", Severity::Info,
                    Tr::tr("Action item %1 has no due date").arg(quoted(a.title)), section, a.sourceLine);
        }
    }

    // A heading with nothing under it is empty-section's business; missing-section is for content
    // the document does not have at all.
    void missingSection(bool hasContent, std::initializer_list<SectionRole> roles, const char* what)
    {
        if (hasContent)
            return;
        for (SectionRole role : roles) {
            if (const DocumentSection* s = sectionFor(m_incident, role)) {
                if (role == SectionRole::ActionItems && !s->empty)
                    add("missing-section", Severity::Warning,
                        Tr::tr("The section \"%1\" lists no action items").arg(s->heading), s->heading,
                        s->line);
                return;
            }
        }
        add("missing-section", Severity::Warning, Tr::tr("The postmortem has no %1").arg(Tr::tr(what)),
            QString(), 0);
    }

    void missingSections()
    {
        const Incident& i = m_incident;
        missingSection(!i.summary.trimmed().isEmpty() || !i.impact.trimmed().isEmpty(),
                       {SectionRole::Summary, SectionRole::Impact},
                       QT_TRANSLATE_NOOP("PostmortemLinter", "summary or impact"));
        missingSection(!i.timeline.isEmpty(), {SectionRole::Timeline},
                       QT_TRANSLATE_NOOP("PostmortemLinter", "timeline"));
        missingSection(!i.rootCauses.isEmpty(), {SectionRole::RootCause},
                       QT_TRANSLATE_NOOP("PostmortemLinter", "root cause"));
        missingSection(!i.actionItems.isEmpty(), {SectionRole::ActionItems},
                       QT_TRANSLATE_NOOP("PostmortemLinter", "action items"));
    }

    void emptySections()
    {
        for (const DocumentSection& s : m_incident.sections) {
            if (s.empty)
                add("empty-section", Severity::Warning, Tr::tr("The section \"%1\" is empty").arg(s.heading),
                    s.heading, s.line);
        }
    }

    void noTimezone()
    {
        const bool timed = std::any_of(m_incident.timeline.begin(), m_incident.timeline.end(),
                                       [](const TimelineEvent& e) { return e.at.has_value(); });
        if (timed && m_incident.timezone.trimmed().isEmpty())
            add("no-timezone", Severity::Warning,
                Tr::tr("The timeline has times but the postmortem states no time zone"),
                headingFor(m_incident, SectionRole::Timeline, "Timeline"), lineFor(m_incident, SectionRole::Timeline));
    }

    const Incident& m_incident;
    QVector<LintFinding> m_findings;
};

} // namespace

QVector<LintFinding> PostmortemLinter::lint(const Incident& incident)
{
    return Linter(incident).run();
}

} // namespace debrief
