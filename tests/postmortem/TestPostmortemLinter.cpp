// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostmortemLinter.h"
#include "TestIncidents.h"

#include <QTest>

using namespace debrief;
using namespace debrief::testing;

namespace {

QVector<LintFinding> findingsOf(const QVector<LintFinding>& findings, const QString& rule)
{
    QVector<LintFinding> matching;
    for (const LintFinding& f : findings) {
        if (f.rule == rule)
            matching << f;
    }
    return matching;
}

Incident with(const std::function<void(Incident&)>& change)
{
    Incident i = referenceIncident();
    change(i);
    return i;
}

} // namespace

class TestPostmortemLinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rule_data();
    void rule();
    void referenceFindings();
    void conflictMessageNamesBoth();
    void resolutionMessageSaysWhatTimelineSays();
    void sortedAndDeterministic();
};

void TestPostmortemLinter::rule_data()
{
    QTest::addColumn<Incident>("incident");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("count");

    const Incident ref = referenceIncident();
    const auto row = [](const char* name, const Incident& i, const char* rule, int count) {
        QTest::newRow(name) << i << QString::fromLatin1(rule) << count;
    };

    row("conflicting root causes: reference", ref, "conflicting-root-causes", 1);
    row("conflicting root causes: restated", with([](Incident& i) {
            i.rootCauses[0].text = QStringLiteral("connection pool misconfigured in deploy");
            i.rootCauses[1].text = QStringLiteral("misconfiguration of the database connection pool in the deployment");
        }),
        "conflicting-root-causes", 0);
    row("conflicting root causes: same section lists factors",
        with([](Incident& i) { i.rootCauses[1].section = i.rootCauses[0].section; }), "conflicting-root-causes", 0);
    row("conflicting root causes: a trigger complements", with([](Incident& i) {
            i.rootCauses[0].text = QStringLiteral("A cascading failure due to high load and a resource leak");
            i.rootCauses[1].text = QStringLiteral("A latent bug was triggered by the sudden increase in traffic.");
            i.rootCauses[1].section = QStringLiteral("Trigger");
        }),
        "conflicting-root-causes", 0);
    row("conflicting root causes: only one", with([](Incident& i) { i.rootCauses.removeLast(); }),
        "conflicting-root-causes", 0);

    row("resolution vs timeline: reference", ref, "resolution-contradicts-timeline", 1);
    row("resolution vs timeline: agrees", with([](Incident& i) {
            i.resolution = QStringLiteral("The connection pool configuration was corrected and redeployed.");
        }),
        "resolution-contradicts-timeline", 0);
    row("resolution vs timeline: rollback in other words", with([](Incident& i) {
            i.resolution = QStringLiteral("We rolled back the release.");
            i.timeline[5].text = QStringLiteral("Rollback completed");
            i.timeline[4].text = QStringLiteral("Looking at graphs");
            i.timeline[6].text = QStringLiteral("All clear");
        }),
        "resolution-contradicts-timeline", 0);
    row("resolution vs timeline: no resolution", with([](Incident& i) { i.resolution.clear(); }),
        "resolution-contradicts-timeline", 0);

    row("duration: reference", ref, "duration-mismatch", 0);
    row("duration: within tolerance", with([](Incident& i) { i.statedDurationMinutes = 131; }), "duration-mismatch", 0);
    row("duration: off against timeline and start/end", with([](Incident& i) { i.statedDurationMinutes = 60; }),
        "duration-mismatch", 2);
    row("duration: off against start/end only", with([](Incident& i) { i.endedAt = utc("22:00"); }),
        "duration-mismatch", 1);
    row("duration: none stated", with([](Incident& i) { i.statedDurationMinutes.reset(); }), "duration-mismatch", 0);

    row("order: reference", ref, "timeline-out-of-order", 0);
    row("order: swapped", with([](Incident& i) { std::swap(i.timeline[4], i.timeline[5]); }), "timeline-out-of-order",
        1);

    row("untimed: reference", ref, "untimed-entry", 2);
    row("untimed: all timed", with([](Incident& i) {
            i.timeline.removeAt(2);
            i.timeline.removeAt(1);
        }),
        "untimed-entry", 0);

    row("no owner: reference", ref, "action-item-no-owner", 2);
    row("no owner: owned or done", with([](Incident& i) {
            i.actionItems[0].owner = QStringLiteral("alice");
            i.actionItems[1].status = ActionStatus::Done;
        }),
        "action-item-no-owner", 0);

    row("no due: reference", ref, "action-item-no-due", 2);
    row("no due: dated or dropped", with([](Incident& i) {
            i.actionItems[0].due = QDate(2024, 9, 1);
            i.actionItems[1].status = ActionStatus::WontDo;
        }),
        "action-item-no-due", 0);

    row("missing: reference", ref, "missing-section", 0);
    row("missing: timeline", with([](Incident& i) {
            i.timeline.clear();
            i.sections.removeAt(1);
        }),
        "missing-section", 1);
    row("missing: summary and impact", with([](Incident& i) {
            i.summary.clear();
            i.impact.clear();
            i.sections.removeAt(0);
        }),
        "missing-section", 1);
    row("missing: action items under a heading", with([](Incident& i) { i.actionItems.clear(); }), "missing-section",
        1);
    row("missing: nothing at all", Incident {}, "missing-section", 4);

    row("empty: reference", ref, "empty-section", 0);
    row("empty: heading only", with([](Incident& i) {
            i.actionItems.clear();
            i.sections[4].empty = true;
        }),
        "empty-section", 1);
    row("empty: is not also missing", with([](Incident& i) {
            i.actionItems.clear();
            i.sections[4].empty = true;
        }),
        "missing-section", 0);

    row("timezone: reference", ref, "no-timezone", 0);
    row("timezone: not stated", with([](Incident& i) { i.timezone.clear(); }), "no-timezone", 1);
    row("timezone: no timed entries", with([](Incident& i) {
            i.timezone.clear();
            i.timeline = {untimed(QString(), TimelineKind::Note, QStringLiteral("Something happened"))};
        }),
        "no-timezone", 0);
}

void TestPostmortemLinter::rule()
{
    QFETCH(Incident, incident);
    QFETCH(QString, rule);
    QFETCH(int, count);
    const QVector<LintFinding> findings = findingsOf(PostmortemLinter::lint(incident), rule);
    QCOMPARE(findings.size(), count);
}

// What the lint says about tests/data/postmortem/reference.md (as built in code).
void TestPostmortemLinter::referenceFindings()
{
    QStringList actual;
    for (const LintFinding& f : PostmortemLinter::lint(referenceIncident()))
        actual << QStringLiteral("%1 %2 %3 %4").arg(f.line).arg(f.rule, severityName(f.severity), f.section);
    const QStringList expected {
        QStringLiteral("13 untimed-entry info Timeline"),
        QStringLiteral("15 untimed-entry info Timeline"),
        QStringLiteral("25 resolution-contradicts-timeline warning Root Cause and Resolution"),
        QStringLiteral("27 conflicting-root-causes error Root Cause and Resolution"),
        QStringLiteral("59 action-item-no-due info TODO List"),
        QStringLiteral("59 action-item-no-owner warning TODO List"),
        QStringLiteral("61 action-item-no-due info TODO List"),
        QStringLiteral("61 action-item-no-owner warning TODO List"),
    };
    QCOMPARE(actual, expected);
}

void TestPostmortemLinter::conflictMessageNamesBoth()
{
    const QVector<LintFinding> f
        = findingsOf(PostmortemLinter::lint(referenceIncident()), QStringLiteral("conflicting-root-causes"));
    QCOMPARE(f.size(), 1);
    QCOMPARE(f[0].severity, Severity::Error);
    for (const char* part :
         {"misconfiguration in database connection pool", "Issue Summary", "flash sale", "Root Cause and Resolution"})
        QVERIFY2(f[0].message.contains(QLatin1String(part)), qPrintable(f[0].message));
}

void TestPostmortemLinter::resolutionMessageSaysWhatTimelineSays()
{
    const QVector<LintFinding> f
        = findingsOf(PostmortemLinter::lint(referenceIncident()), QStringLiteral("resolution-contradicts-timeline"));
    QCOMPARE(f.size(), 1);
    for (const char* part : {"Increasing server capacity", "20:30", "database-related", "connection configuration",
                             "20:45 \"Code implementation was fixed and tested.\""})
        QVERIFY2(f[0].message.contains(QLatin1String(part)), qPrintable(f[0].message));
}

void TestPostmortemLinter::sortedAndDeterministic()
{
    Incident i = referenceIncident();
    i.timezone.clear();
    i.sections[2].empty = true;
    const QVector<LintFinding> findings = PostmortemLinter::lint(i);
    QCOMPARE(PostmortemLinter::lint(i), findings);
    for (qsizetype k = 1; k < findings.size(); ++k) {
        const LintFinding& a = findings[k - 1];
        const LintFinding& b = findings[k];
        QVERIFY(a.line < b.line || (a.line == b.line && a.rule <= b.rule));
    }
}

QTEST_GUILESS_MAIN(TestPostmortemLinter)
#include "TestPostmortemLinter.moc"
