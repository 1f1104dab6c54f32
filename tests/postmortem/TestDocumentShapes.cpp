// SPDX-License-Identifier: GPL-3.0-or-later
// Shapes real postmortems take that the reader learnt from the real corpora (tests/data/postmortem/real,
// shared-corpus): each rule on a small document written in that shape, so that a change to one shows
// here before it shows as a row of TestRealPostmortems.
#include "ExportedAgain.h"
#include "HtmlLineBlocks.h"
#include "MarkdownExporter.h"
#include "PostmortemImporter.h"
#include "SectionClassifier.h"

#include <QTest>

using namespace debrief;
using debrief::test::exportedAgain;

class TestDocumentShapes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actionGroupsKeepTheirTables();
    void statusUpdatesJoinedByLineBreaks();
    void paragraphUnderDateHeading();
    void fencedLogUnderAnEventIsNoEvent();
    void emptySectionKeepsItsHeading();
    void italicLabelsAndPlannedWork();
    void impactFieldNamesItsSection();
    void timelineOfPlainLines();
    void bulletsUnderAnEventHeading();
    void statusfyUpdateContainers();
    void actionTableWithItsLegend();
    void timelineTableKeepsItsOtherColumns();
    void pageWrittenInHtml();
};

// "### Prevention" and "### Fixes" over a table each: every item keeps its group and its notes, the
// report writes a table per group under its heading, and a group heading over "None." stays text.
void TestDocumentShapes::actionGroupsKeepTheirTables()
{
    const QByteArray doc("## Action items\n\n### Prevention\n\n| Action Item | Owner | Notes |\n|---|---|---|\n"
                         "| Pin dependencies | chinmay | |\n\n### Mitigation\n\nNone.\n\n### Fixes\n\n"
                         "| Action Item | Owner | Tracking bug | Notes |\n|---|---|---|---|\n"
                         "| Update package | danrubel | #6575 | Done |\n| Deploy a bot | ianh | #4696 | |\n");
    const PostmortemImportResult r = PostmortemImporter::import(doc, QStringLiteral("groups.md"));
    QCOMPARE(r.incident.actionItems.size(), 3);
    QCOMPARE(r.incident.actionItems.at(0).group, QStringLiteral("Prevention"));
    QCOMPARE(r.incident.actionItems.at(1).group, QStringLiteral("Fixes"));
    QCOMPARE(r.incident.actionItems.at(1).notes, QStringLiteral("Done"));
    QCOMPARE(r.incident.actionItems.at(1).title, QStringLiteral("Update package"));
    QCOMPARE(r.incident.actionItems.at(1).link, QStringLiteral("#6575"));
    // Notes that are only a status word, with no status column, say the status.
    QCOMPARE(r.incident.actionItems.at(1).status, ActionStatus::Done);
    QCOMPARE(r.incident.actionItems.at(2).status, ActionStatus::Open);
    const QString report = MarkdownExporter::exportIncident(r.incident);
    QCOMPARE(report.count(QStringLiteral("| Action Item |")), 2);
    QVERIFY2(report.contains(QStringLiteral("| Tracking bug |")), qPrintable(report));
    QVERIFY2(report.indexOf(QStringLiteral("### Prevention")) < report.indexOf(QStringLiteral("Pin dependencies")),
             qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("### Mitigation\n\nNone.")), qPrintable(report));
    QCOMPARE(exportedAgain(report), report);
}

// A status page's body on one line, its updates joined by "<br /><br />": the first report and each
// "**Update: 18:52** ..." are entries, the updates at their times on the front matter's day.
void TestDocumentShapes::statusUpdatesJoinedByLineBreaks()
{
    const QByteArray doc("---\ntitle: Partial outage\ndate: 2020-05-24T17:36:00+00:00\n---\n\n"
                         "Sites are slow.  We are investigating.<br /><br />**Update: 18:52** We found an attack."
                         "<br /><br />**Update 21:18** Traffic is back to normal.\n");
    const PostmortemImportResult r = PostmortemImporter::import(doc, QStringLiteral("cstate.md"));
    QCOMPARE(r.incident.timeline.size(), 3);
    QVERIFY(!r.incident.timeline.at(0).at);
    QVERIFY(r.incident.timeline.at(0).text.startsWith(QStringLiteral("Sites are slow.")));
    QCOMPARE(r.incident.timeline.at(1).at->toIso(), QStringLiteral("2020-05-24T18:52:00Z"));
    QCOMPARE(r.incident.timeline.at(1).text, QStringLiteral("We found an attack."));
    QCOMPARE(r.incident.timeline.at(2).label, QStringLiteral("Update 21:18"));
    // A bold word that opens a sentence is no update.
    const QByteArray prose("## Lessons\n\n**Resolved** quickly, once owners were clear.\n\n**Resolved** again later.\n");
    QCOMPARE(PostmortemImporter::import(prose, QStringLiteral("prose.md")).incident.timeline.size(), 0);
}

// "### 2016-10-24" over a paragraph with no time: an event of that day, the date its label.
void TestDocumentShapes::paragraphUnderDateHeading()
{
    const QByteArray doc("## Timeline\n\n### 2016-10-24\n\nA change to package:args is committed.\n\n"
                         "### 2016-11-02\n\n**15:11** The change is merged.\n");
    const PostmortemImportResult r = PostmortemImporter::import(doc, QStringLiteral("days.md"));
    QCOMPARE(r.incident.timeline.size(), 2);
    QVERIFY(!r.incident.timeline.at(0).at);
    QCOMPARE(r.incident.timeline.at(0).label, QStringLiteral("2016-10-24"));
    QCOMPARE(r.incident.timeline.at(0).text, QStringLiteral("A change to package:args is committed."));
    QCOMPARE(r.incident.timeline.at(1).at->toIso(), QStringLiteral("2016-11-02T15:11:00Z"));
}

// Log lines pasted in a fence under an event are that event's evidence, not events; indented lines
// that start with times are events.
void TestDocumentShapes::fencedLogUnderAnEventIsNoEvent()
{
    const QByteArray doc("## Timeline\n\n- 24-10-2024 08:15 - Pods crash\n    - the logs showed:\n        ```text\n"
                         "        2024-10-24T07:34:22.609Z Error occurred during initialization of VM\n"
                         "        2024-10-24T07:34:42.976Z Stream closed EOF\n        ```\n"
                         "- 24-10-2024 08:50 - Rollback started\n\n## Other\n\n\t7:32 PM - The chain stalled\n");
    const PostmortemImportResult r = PostmortemImporter::import(doc, QStringLiteral("fence.md"));
    QCOMPARE(r.incident.timeline.size(), 2);
    const QString report = MarkdownExporter::exportIncident(r.incident);
    QVERIFY2(report.contains(QStringLiteral("Error occurred during initialization of VM")), qPrintable(report));
    const QByteArray indented("## Timeline\n\n\t7:32 PM - The chain stalled\n\t7:40 PM - Nodes restarted\n");
    QCOMPARE(PostmortemImporter::import(indented, QStringLiteral("tab.md")).incident.timeline.size(), 2);
}

// A section the author headed and left empty keeps its heading in the report: it is their words.
void TestDocumentShapes::emptySectionKeepsItsHeading()
{
    const QByteArray doc("## Timeline\n\n- 14:00 Alert\n\n## Resolution and recovery\n\n"
                         "## Corrective and Preventative Measures \n");
    const PostmortemImportResult r = PostmortemImporter::import(doc, QStringLiteral("empty.md"));
    const QString report = MarkdownExporter::exportIncident(r.incident);
    QVERIFY2(report.contains(QStringLiteral("## Resolution and recovery")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("## Corrective and Preventative Measures")), qPrintable(report));
    QCOMPARE(exportedAgain(report), report);
}

// "_Tasks performed_" alone on its line heads the chronology; "_Lessons learned_" ends it; work
// planned for "The Following 2 Weeks" is follow-up work.
void TestDocumentShapes::italicLabelsAndPlannedWork()
{
    const QByteArray doc("# Postmortems\n\n_Tasks performed_\n\n1. Started the update.\n2. The node did not start.\n"
                         "3. Reverted the binary.\n\n_Lessons learned_\n\n- Test upgrades first\n\n"
                         "## **The Following 2 Weeks**\n\n- Made a plan for load shedding\n- Set up alerting\n");
    const PostmortemImportResult r = PostmortemImporter::import(doc, QStringLiteral("tasks.md"));
    QCOMPARE(r.incident.timeline.size(), 3);
    QCOMPARE(r.incident.timeline.at(2).text, QStringLiteral("Reverted the binary."));
    QCOMPARE(r.incident.actionItems.size(), 2);
    QCOMPARE(SectionClassifier::classify(u"Over the next few months"), SectionRole::ActionItems);
    QCOMPARE(SectionClassifier::classify(u"Following the incident"), SectionRole::Unknown);
    QCOMPARE(SectionClassifier::classify(u"What we're doing about it"), SectionRole::ActionItems);
    QCOMPARE(SectionClassifier::classify(u"Future Work"), SectionRole::ActionItems);
    QCOMPARE(SectionClassifier::classify(u"Current Status and Future Plans"), SectionRole::Unknown);
}

// "User impact: ..." is the impact, and the report heads it with the author's name for it.
void TestDocumentShapes::impactFieldNamesItsSection()
{
    const QByteArray doc("# Build breakage\n\n## Summary\n\nComponent: flutter repository<br>\n"
                         "User impact: Team members were unable to merge PRs.\n\n## Timeline\n\n- 14:00 Travis failed\n");
    const PostmortemImportResult r = PostmortemImporter::import(doc, QStringLiteral("impact.md"));
    QCOMPARE(r.incident.impact, QStringLiteral("Team members were unable to merge PRs."));
    const QString report = MarkdownExporter::exportIncident(r.incident);
    QVERIFY2(report.contains(QStringLiteral("## User impact")), qPrintable(report));
    QCOMPARE(exportedAgain(report), report);
}

// A timeline of plain lines and nothing else: each line is an event, a time anywhere in it its
// moment; a line in lower case goes on with the one before. With a line that starts with a time,
// the lines between are the timed events' words instead.
void TestDocumentShapes::timelineOfPlainLines()
{
    const QByteArray doc("Apache Internal Error (500) Fix\n\nSUMMARY\nThe site failed.\n\nTIMELINE\n"
                         "Detected at Nov 1, 2022 6:00 AM\nDetected while trying to preview the site\n"
                         "and before deployment\nIt was resolved with an strace on apache\n\nROOT CAUSE AND RESOLUTION\n"
                         "A typo in wp-settings.php.\n");
    PostmortemImportResult r = PostmortemImporter::import(doc, QStringLiteral("plain.md"));
    QCOMPARE(r.incident.timeline.size(), 3);
    QCOMPARE(r.incident.timeline.at(0).at->toIso(), QStringLiteral("2022-11-01T06:00:00Z"));
    QCOMPARE(r.incident.timeline.at(1).text, QStringLiteral("Detected while trying to preview the site and before deployment"));
    QVERIFY(!r.incident.timeline.at(2).at);
    const QByteArray timed("## Timeline\n\n02:00 PST - Users reported errors\nThe team looked at logs\n02:10 PST - Fixed\n");
    r = PostmortemImporter::import(timed, QStringLiteral("timed.md"));
    QCOMPARE(r.incident.timeline.size(), 2);
    QCOMPARE(r.incident.timeline.at(0).text, QStringLiteral("Users reported errors The team looked at logs"));
}

// One heading per event: the bullets under it without a time are its words, a timed one its own event.
void TestDocumentShapes::bulletsUnderAnEventHeading()
{
    const QByteArray doc("## Timeline\n\n### 21:22 - Found a StackOverflow answer\n\nThese posts helped:\n\n"
                         "- https://stackoverflow.com/questions/58716138/\n- https://stackoverflow.com/a/61656760\n\n"
                         "### 21:24 - Deleted the quota object\n\n- 21:30 Launches back to 100%\n");
    const PostmortemImportResult r = PostmortemImporter::import(doc, QStringLiteral("headings.md"));
    QCOMPARE(r.incident.timeline.size(), 3);
    QVERIFY(r.incident.timeline.at(0).text.contains(QStringLiteral("61656760")));
    QCOMPARE(r.incident.timeline.at(2).text, QStringLiteral("Launches back to 100%"));
}

// A Statusfy page: its first report above the updates, then "::: update Label | stamp" containers
// whose closing ":::" is no word of the update.
void TestDocumentShapes::statusfyUpdateContainers()
{
    const QByteArray doc("---\ntitle: Hub is unreachable\ndate: \"2021-05-03T18:40:25.284Z\"\n---\n\n"
                         "Attempting to visit the Hub results in a `502 Error`.\n\n<!--- language code: en -->\n\n"
                         "::: update Monitoring | 2021-05-03T19:16:54.777Z\nIncident has been resolved.\n\n:::\n\n"
                         "::: update Resolved | 2021-05-03T22:51:55.840Z\n\nThe NFS store was lost.\n\n:::\n");
    const PostmortemImportResult r = PostmortemImporter::import(doc, QStringLiteral("statusfy.md"));
    QCOMPARE(r.incident.timeline.size(), 3);
    QVERIFY(!r.incident.timeline.at(0).at);
    QCOMPARE(r.incident.timeline.at(1).at->toIso(), QStringLiteral("2021-05-03T19:16:54.777Z"));
    QCOMPARE(r.incident.timeline.at(1).text, QStringLiteral("Incident has been resolved."));
    QCOMPARE(r.incident.timeline.at(2).text, QStringLiteral("The NFS store was lost."));
    const QString report = MarkdownExporter::exportIncident(r.incident);
    QCOMPARE(exportedAgain(report), report);
}

// Bullets that explain the values of the action table ("Prevent - ...", "P0 - ...") are its legend,
// not items, even below a sentence that announces them with a colon; the Type column is the
// item's type. A table above the sections whose rows are not all fields stays as written.
void TestDocumentShapes::actionTableWithItsLegend()
{
    const QByteArray doc("# v3.5 data inconsistency\n\n|  |  |\n| --- | --- |\n| Authors | serathius@ |\n"
                         "| Date | 2022-04-20 |\n\n## Summary\n\nA refactor broke the index.\n\n## Action items\n\n"
                         "Action items fall under three types. Types:\n\n- Prevent - Prevent similar issues.\n"
                         "- Detect - Detect them sooner.\n\nActions should also be strategic.\n"
                         "To reflect this action items should have assigned priority:\n\n- P0 - Critical.\n- P1 - Important.\n\n"
                         "| Action Item | Type | Priority | Status |\n|---|---|---|---|\n| Reproduce the issue | Prevent | P0 | DONE |\n"
                         "| Detect corruption | Detect | P1 | |\n");
    const PostmortemImportResult r = PostmortemImporter::import(doc, QStringLiteral("legend.md"));
    QCOMPARE(r.incident.actionItems.size(), 2);
    QCOMPARE(r.incident.actionItems.at(0).type, QStringLiteral("Prevent"));
    QCOMPARE(r.incident.actionItems.at(0).title, QStringLiteral("Reproduce the issue"));
    QCOMPARE(r.incident.actionItems.at(1).priority, QStringLiteral("P1"));
    const QString report = MarkdownExporter::exportIncident(r.incident);
    QVERIFY2(report.contains(QStringLiteral("serathius@")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("- P0 - Critical.")), qPrintable(report));
    QCOMPARE(exportedAgain(report), report);
}

// A timeline table's columns the report has no place for ("Block") stay in the event's words.
void TestDocumentShapes::timelineTableKeepsItsOtherColumns()
{
    const QByteArray doc("## Timeline (all times UTC, September 5, 2026)\n\n| Time | Block | Event |\n|---|---|---|\n"
                         "| ~07:00 | — | Attacker receives funding |\n| 13:38:00 | 45098506 | **Attack 1** drains the pool |\n");
    const PostmortemImportResult r = PostmortemImporter::import(doc, QStringLiteral("blocks.md"));
    QCOMPARE(r.incident.timeline.size(), 2);
    QCOMPARE(r.incident.timeline.at(1).text, QStringLiteral("Attack 1 drains the pool (Block: 45098506)"));
    const QString report = MarkdownExporter::exportIncident(r.incident);
    QCOMPARE(exportedAgain(report), report);
}

// A postmortem written as an HTML page, one element a line and indented as markup is: headings,
// items and paragraphs are read as such, <head> and <style> stay raw, unclosed or odd tags too.
void TestDocumentShapes::pageWrittenInHtml()
{
    const QByteArray doc("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n    <title>Outage</title>\n    <style>\n"
                         "        body {\n            margin: 0;\n        }\n    </style>\n</head>\n<body>\n"
                         "    <div class=\"container\">\n        <h1>Website outage</h1>\n        \n"
                         "        <h2>Timeline</h2>\n        <ul>\n            <li>1:45 PM - Deploy <strong>begins</strong>.</li>\n"
                         "            <li>2:00 PM - Errors at <a href=\"https://x.org/d\">the dashboard</a> &amp; pager.</li>\n"
                         "            <li>2:10 PM - Rolled back.</li>\n        </ul>\n        \n        <h2>Action Items</h2>\n"
                         "        <ul>\n            <li>Test migrations</li>\n        </ul>\n    </div>\n<p>unclosed <b>tag\n"
                         "</body>\n</html>\n");
    const PostmortemImportResult r = PostmortemImporter::import(doc, QStringLiteral("page.md"));
    QCOMPARE(r.incident.title, QStringLiteral("Website outage"));
    QCOMPARE(r.incident.timeline.size(), 3);
    QCOMPARE(r.incident.timeline.at(0).text, QStringLiteral("Deploy begins."));
    QCOMPARE(r.incident.timeline.at(1).text, QStringLiteral("Errors at the dashboard (https://x.org/d) & pager."));
    QCOMPARE(r.incident.actionItems.size(), 1);
    const QString report = MarkdownExporter::exportIncident(r.incident);
    QVERIFY2(report.contains(QStringLiteral("margin: 0;")), qPrintable(report));
    QCOMPARE(exportedAgain(report), report);
    QCOMPARE(HtmlLineBlocks::textOf(QStringLiteral("<a href='u'>u</a> &lt;b&gt; <em>x</em>")), QStringLiteral("u <b> x"));
}

QTEST_GUILESS_MAIN(TestDocumentShapes)
#include "TestDocumentShapes.moc"
