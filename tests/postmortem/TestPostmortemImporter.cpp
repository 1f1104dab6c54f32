// SPDX-License-Identifier: GPL-3.0-or-later
// The importer on the reference document and on fixtures in the manner of public templates
// (Google SRE, PagerDuty, Atlassian) and of messy real-world postmortems.
#include "DateExpression.h"
#include "ExportedAgain.h"
#include "MarkdownExporter.h"
#include "PostmortemImporter.h"
#include "TableDelimiterRows.h"

#include <QFile>
#include <QTest>

using namespace debrief;
using debrief::test::exportedAgain;

namespace {

PostmortemImportResult importFixture(const QString& name)
{
    QFile file(QStringLiteral(DEBRIEF_TEST_DATA "/postmortem/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(name));
    return PostmortemImporter::import(file.readAll(), name);
}

QString iso(const std::optional<UtcMillis>& at)
{
    return at ? at->toIso() : QString();
}

int timedCount(const Incident& i)
{
    return int(std::count_if(i.timeline.cbegin(), i.timeline.cend(), [](const TimelineEvent& e) { return e.at; }));
}

} // namespace

class TestPostmortemImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceFields();
    void referenceTimeline();
    void referenceRootCausesMeasuresActions();
    void fixtures_data();
    void fixtures();
    void fixtureTimes_data();
    void fixtureTimes();
    void actionItemDetails_data();
    void actionItemDetails();
    void shapes_data();
    void shapes();
    void frontMatter();
    void linkLabelledWithItsAddress();
    void referenceLinkKeepsItsLabel();
    void codeSpanKeepsWordsApart();
    void statusWordsOfTheTable();
    void measuresTable();
    void rootCauseFieldKeepsItsName();
    void shortTableDelimiters();
    void actionBulletHeadingItsBullets();
    void actionField();
    void timedLineAfterStrayMarker();
    void monthDayWithoutYear();
    void bareTimeLineOverItsBullet();
    void longerPlainHeadingWithColon();
    void statusUpdateTimeInItsProse();
    void documentsOwnDateOrder();
    void tablesKeepTheirColumnNames();
};

void TestPostmortemImporter::referenceFields()
{
    const PostmortemImportResult r = importFixture(QStringLiteral("reference.md"));
    QVERIFY(r.ok);
    const Incident& i = r.incident;
    QCOMPARE(i.date, std::optional<QDate>(QDate(2024, 8, 10)));
    QCOMPARE(iso(i.startedAt), QStringLiteral("2024-08-10T19:00:00Z"));
    QCOMPARE(iso(i.endedAt), QStringLiteral("2024-08-10T21:00:00Z"));
    QCOMPARE(i.statedDurationMinutes, std::optional<int>(120));
    QCOMPARE(i.durationText, QStringLiteral("2 hours"));
    QCOMPARE(i.timezone, QStringLiteral("UTC"));
    QCOMPARE(i.impact,
             QStringLiteral("User authentication service was down and 70% of users were unable to access "
                            "their accounts on our platform."));
    QCOMPARE(i.resolution,
             QStringLiteral("Increasing server capacity helped handle the traffic, but long-term "
                            "solutions were discussed."));
    QCOMPARE(i.status, QStringLiteral("resolved"));
    QCOMPARE(i.title, QStringLiteral("User authentication service was down"));
    QCOMPARE(i.sections.size(), 5);
    QCOMPARE(i.sections.at(0), (DocumentSection {SectionRole::Summary, QStringLiteral("Issue Summary"), 1, false}));
    QCOMPARE(i.sections.at(1).role, SectionRole::Timeline);
    QCOMPARE(i.sections.at(2),
             (DocumentSection {SectionRole::RootCause, QStringLiteral("Root Cause and Resolution"), 25, false}));
    QCOMPARE(i.sections.at(3).role, SectionRole::Measures);
    QCOMPARE(i.sections.at(4), (DocumentSection {SectionRole::ActionItems, QStringLiteral("TODO List"), 53, false}));
    QVERIFY(i.unknownSections.isEmpty());
}

void TestPostmortemImporter::referenceTimeline()
{
    const Incident i = importFixture(QStringLiteral("reference.md")).incident;
    QCOMPARE(i.timeline.size(), 7);
    QCOMPARE(timedCount(i), 5);
    const QStringList times {QStringLiteral("2024-08-10T19:00:00Z"),
                             QString(),
                             QString(),
                             QStringLiteral("2024-08-10T20:00:00Z"),
                             QStringLiteral("2024-08-10T20:30:00Z"),
                             QStringLiteral("2024-08-10T20:45:00Z"),
                             QStringLiteral("2024-08-10T21:00:00Z")};
    const QList<int> lines {11, 13, 15, 17, 19, 21, 23};
    for (int n = 0; n < 7; ++n) {
        QCOMPARE(iso(i.timeline[n].at), times[n]);
        QCOMPARE(i.timeline[n].sourceLine, lines[n]);
    }
    QCOMPARE(i.timeline[0].timeText, QStringLiteral("19:00 (UTC)"));
    QCOMPARE(i.timeline[0].text,
             QStringLiteral("Issue detected through monitoring alert showing a spike in failed login attempts.."));
    QCOMPARE(i.timeline[1].label, QStringLiteral("Actions Taken"));
    QCOMPARE(i.timeline[2].label, QStringLiteral("Misleading Investigation"));
    QCOMPARE(i.timeline[1].text,
             QStringLiteral("Engineering team  began investigation for potential causes, "
                            "initially focusing on recent deployment of code."));
    QCOMPARE(i.timeline[0].kind, TimelineKind::Detection);
    QCOMPARE(i.timeline[2].kind, TimelineKind::RedHerring);
    QCOMPARE(i.timeline[6].kind, TimelineKind::Resolution);
}

void TestPostmortemImporter::referenceRootCausesMeasuresActions()
{
    const Incident i = importFixture(QStringLiteral("reference.md")).incident;
    QCOMPARE(i.rootCauses.size(), 2);
    QCOMPARE(i.rootCauses[0].section, QStringLiteral("Issue Summary"));
    QCOMPARE(i.rootCauses[0].text,
             QStringLiteral("a misconfiguration in database connection pool that happened in "
                            "the latest deployment."));
    QCOMPARE(i.rootCauses[0].sourceLine, 7);
    QCOMPARE(i.rootCauses[1].section, QStringLiteral("Root Cause and Resolution"));
    QCOMPARE(i.rootCauses[1].sourceLine, 27);
    QCOMPARE(i.measures.size(), 5);
    int items = 0;
    for (const MeasureGroup& g : i.measures) {
        items += int(g.items.size());
        QCOMPARE(g.section, QStringLiteral("Corrective and Preventative Measures"));
    }
    QCOMPARE(items, 10);
    QCOMPARE(i.measures[0].title, QStringLiteral("Improve deployment procedures"));
    QCOMPARE(i.measures[0].sourceLine, 33);
    QCOMPARE(i.actionItems.size(), 6);
    for (const ActionItem& a : i.actionItems)
        QCOMPARE(a.status, ActionStatus::Open);
    QCOMPARE(i.actionItems[0].title,
             QStringLiteral("Update deployment scripts to include configuration validation steps."));
    QCOMPARE(i.actionItems[0].sourceLine, 55);
}

void TestPostmortemImporter::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("timeline");
    QTest::addColumn<int>("timed");
    QTest::addColumn<int>("rootCauses");
    QTest::addColumn<int>("measures");
    QTest::addColumn<int>("actionItems");
    QTest::addColumn<int>("unknownSections");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("timezone");
    QTest::addColumn<int>("whys");

    QTest::newRow("reference") << QStringLiteral("reference.md")
                               << QStringLiteral("User authentication service was down") << 7 << 5 << 2 << 5 << 6 << 0
                               << QStringLiteral("resolved") << QStringLiteral("UTC") << 0;
    QTest::newRow("google-sre") << QStringLiteral("google-sre.md")
                                << QStringLiteral("Shakespeare Sonnet++ Search Outage: Postmortem") << 10 << 10 << 2
                                << 0 << 5 << 5 << QStringLiteral("resolved") << QStringLiteral("UTC") << 0;
    QTest::newRow("pagerduty") << QStringLiteral("pagerduty.md") << QStringLiteral("Checkout API degraded latency") << 5
                               << 5 << 3 << 0 << 4 << 2 << QStringLiteral("resolved") << QStringLiteral("UTC") << 0;
    QTest::newRow("atlassian") << QStringLiteral("atlassian.md")
                               << QStringLiteral("Incident postmortem: Jira search unavailable") << 6 << 6 << 1 << 0
                               << 3 << 8 << QStringLiteral("resolved") << QStringLiteral("PDT") << 3;
    QTest::newRow("messy-plain-lines") << QStringLiteral("messy-plain-lines.md")
                                       << QStringLiteral("Mobile money transfers stuck") << 5 << 5 << 1 << 0 << 3 << 1
                                       << QStringLiteral("resolved") << QStringLiteral("EAT") << 0;
    QTest::newRow("messy-emoji") << QStringLiteral("messy-emoji.md") << QStringLiteral("🔥 Login page 502s") << 6 << 5
                                 << 1 << 0 << 3 << 1 << QStringLiteral("resolved") << QStringLiteral("CET") << 0;
    QTest::newRow("five-whys") << QStringLiteral("five-whys.md") << QStringLiteral("Checkout payments failing")
                               << 6 << 6 << 1 << 0 << 3 << 2 << QStringLiteral("resolved") << QStringLiteral("UTC")
                               << 5;
    QTest::newRow("messy-midnight") << QStringLiteral("messy-midnight.md")
                                    << QStringLiteral("Postmortem - nightly billing export failure") << 6 << 5 << 1 << 0
                                    << 2 << 2 << QStringLiteral("resolved") << QStringLiteral("UTC") << 0;
}

void TestPostmortemImporter::fixtures()
{
    QFETCH(QString, file);
    const PostmortemImportResult r = importFixture(file);
    QVERIFY(r.ok);
    const Incident& i = r.incident;
    QTEST(i.title, "title");
    QTEST(int(i.timeline.size()), "timeline");
    QTEST(timedCount(i), "timed");
    QTEST(int(i.rootCauses.size()), "rootCauses");
    QTEST(int(i.measures.size()), "measures");
    QTEST(int(i.actionItems.size()), "actionItems");
    QTEST(int(i.unknownSections.size()), "unknownSections");
    QTEST(i.status, "status");
    QTEST(i.timezone, "timezone");
    QTEST(int(i.whys.size()), "whys");
}

void TestPostmortemImporter::fixtureTimes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("entry");
    QTest::addColumn<QString>("at");
    QTest::addColumn<QString>("timeText");
    QTest::addColumn<QString>("kind");

    QTest::newRow("google first") << QStringLiteral("google-sre.md") << 0 << QStringLiteral("2015-10-21T14:51:00Z")
                                  << QStringLiteral("14:51") << QStringLiteral("");
    QTest::newRow("google last") << QStringLiteral("google-sre.md") << 9 << QStringLiteral("2015-10-21T16:00:00Z")
                                 << QStringLiteral("16:00") << QStringLiteral("resolution");
    QTest::newRow("pagerduty table") << QStringLiteral("pagerduty.md") << 0 << QStringLiteral("2024-03-03T09:12:00Z")
                                     << QStringLiteral("09:12") << QStringLiteral("detection");
    QTest::newRow("pagerduty mitigation")
        << QStringLiteral("pagerduty.md") << 3 << QStringLiteral("2024-03-03T09:44:00Z") << QStringLiteral("09:44")
        << QStringLiteral("mitigation");
    QTest::newRow("atlassian PDT") << QStringLiteral("atlassian.md") << 0 << QStringLiteral("2024-06-05T21:15:00Z")
                                   << QStringLiteral("14:15") << QStringLiteral("");
    QTest::newRow("atlassian last") << QStringLiteral("atlassian.md") << 5 << QStringLiteral("2024-06-05T22:50:00Z")
                                    << QStringLiteral("15:50") << QStringLiteral("resolution");
    QTest::newRow("EAT am") << QStringLiteral("messy-plain-lines.md") << 0 << QStringLiteral("2024-05-14T07:00:00Z")
                            << QStringLiteral("10:00 AM (EAT)") << QStringLiteral("");
    QTest::newRow("EAT pm") << QStringLiteral("messy-plain-lines.md") << 4 << QStringLiteral("2024-05-14T09:10:00Z")
                            << QStringLiteral("12:10 PM (EAT)") << QStringLiteral("resolution");
    QTest::newRow("bracketed") << QStringLiteral("messy-emoji.md") << 2 << QStringLiteral("2024-04-02T16:45:00Z")
                               << QStringLiteral("[ 5: 45 pm CET ]") << QStringLiteral("");
    QTest::newRow("25:99 untimed") << QStringLiteral("messy-emoji.md") << 3 << QStringLiteral("") << QStringLiteral("")
                                   << QStringLiteral("");
    QTest::newRow("before midnight") << QStringLiteral("messy-midnight.md") << 1
                                     << QStringLiteral("2024-02-29T23:58:00Z") << QStringLiteral("23:58 UTC")
                                     << QStringLiteral("");
    QTest::newRow("after midnight") << QStringLiteral("messy-midnight.md") << 2
                                    << QStringLiteral("2024-03-01T00:10:00Z") << QStringLiteral("00:10 UTC")
                                    << QStringLiteral("");
    QTest::newRow("untimed label") << QStringLiteral("messy-midnight.md") << 4 << QStringLiteral("")
                                   << QStringLiteral("") << QStringLiteral("");
}

void TestPostmortemImporter::fixtureTimes()
{
    QFETCH(QString, file);
    QFETCH(int, entry);
    QFETCH(QString, kind);
    const Incident i = importFixture(file).incident;
    QVERIFY(entry < i.timeline.size());
    QTEST(iso(i.timeline[entry].at), "at");
    QTEST(i.timeline[entry].timeText, "timeText");
    if (!kind.isEmpty())
        QCOMPARE(timelineKindName(i.timeline[entry].kind), kind);
}

void TestPostmortemImporter::actionItemDetails_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("due");
    QTest::addColumn<QString>("priority");

    QTest::newRow("google table") << QStringLiteral(
        "google-sre.md") << 1 << QStringLiteral("Use flux capacitor to balance load between clusters")
                                  << QStringLiteral("martym") << QStringLiteral("open") << QStringLiteral("")
                                  << QStringLiteral("");
    QTest::newRow("pd paren") << QStringLiteral("pagerduty.md") << 0
                              << QStringLiteral("Stagger sidecar restarts across zones") << QStringLiteral("tomasz")
                              << QStringLiteral("open") << QStringLiteral("2024-03-20") << QStringLiteral("");
    QTest::newRow("pd dash owner") << QStringLiteral("pagerduty.md") << 1
                                   << QStringLiteral("Raise connection pool warm-up limit") << QStringLiteral("priya")
                                   << QStringLiteral("done") << QStringLiteral("") << QStringLiteral("");
    QTest::newRow("pd priority") << QStringLiteral("pagerduty.md") << 2
                                 << QStringLiteral("Add a synthetic checkout probe per zone") << QStringLiteral("")
                                 << QStringLiteral("open") << QStringLiteral("") << QStringLiteral("P1");
    QTest::newRow("atlassian table") << QStringLiteral("atlassian.md") << 0
                                     << QStringLiteral("Add lock timeout to migration framework")
                                     << QStringLiteral("Sam Lee") << QStringLiteral("in_progress")
                                     << QStringLiteral("2024-06-30") << QStringLiteral("High");
    QTest::newRow("atlassian done") << QStringLiteral("atlassian.md") << 2
                                    << QStringLiteral("Move release train outside business hours")
                                    << QStringLiteral("Release team") << QStringLiteral("done")
                                    << QStringLiteral("2024-07-01") << QStringLiteral("Low");
    QTest::newRow("numbered") << QStringLiteral("messy-plain-lines.md") << 0
                              << QStringLiteral("Add a dead letter queue for the ledger consumer")
                              << QStringLiteral("wanjiru") << QStringLiteral("open") << QStringLiteral("")
                              << QStringLiteral("");
    QTest::newRow("checkbox done") << QStringLiteral("messy-emoji.md") << 1 << QStringLiteral("Roll back config")
                                   << QStringLiteral("sofia") << QStringLiteral("done") << QStringLiteral("")
                                   << QStringLiteral("");
}

void TestPostmortemImporter::actionItemDetails()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    const Incident i = importFixture(file).incident;
    QVERIFY(index < i.actionItems.size());
    const ActionItem& a = i.actionItems[index];
    QTEST(a.title, "title");
    QTEST(a.owner, "owner");
    QTEST(actionStatusName(a.status), "status");
    QTEST(a.due ? a.due->toString(Qt::ISODate) : QString(), "due");
    QTEST(a.priority, "priority");
}

// Shapes real postmortems use, each in a few lines written in their manner: what a reader counts.
void TestPostmortemImporter::shapes_data()
{
    QTest::addColumn<QByteArray>("doc");
    QTest::addColumn<int>("entries");
    QTest::addColumn<int>("timed");
    QTest::addColumn<int>("rootCauses");
    QTest::addColumn<int>("measureItems");
    QTest::addColumn<int>("actionItems");
    QTest::newRow("plain-text headings inside paragraphs")
        << QByteArray("Issue Summary\n\nDuration: 2 hours\nRoot Cause: a misconfigured index.\nTimeline\n\n"
                      "10:00 AM UTC: The issue was detected.\n10:15 AM UTC: The engineer investigated.\n"
                      "Root Cause and Resolution\n\nThe index was not updated after a migration.\n\n"
                      "Corrective and Preventative Measures\n\nImprove the migration process.\n"
                      "Add monitoring for the index.\nTasks to address the issue:\n\nPatch Elasticsearch.\n")
        << 2 << 2 << 2 << 2 << 1;
    QTest::newRow("html headings")
        << QByteArray("<h1>Database collapse</h1>\n\n<h3>Timeline (EAT)</h3>\n- 8:50 PM: Alert sent\n"
                      "- 9:15 PM: Table dropped\n\n<h3>Root Cause</h3>\nA new table's schema conflicted.\n")
        << 2 << 2 << 1 << 0 << 0;
    QTest::newRow("report inside an unclosed markdown fence")
        << QByteArray("Certainly! Here is the report:\n\n```markdown\n# Outage\n\n## Timeline\n\n"
                      "- **14:00 UTC** - Alerts fired\n- **14:10 UTC** - Rolled back\n\n## Action Items\n\n"
                      "1. Add a canary\n")
        << 2 << 2 << 0 << 0 << 1;
    QTest::newRow("list indented into a code block")
        << QByteArray("### Timeline:\n\n    * September 28th: Issue encountered.\n"
                      "    * September 29th (Morning): Continued troubleshooting.\n\n"
                      "### Corrective and Preventative Measures:\n\n    * Improvements/Fixes:\n"
                      "\tEnhance onboarding.\n        Write a playbook.\n    * Tasks:\n        Review configs.\n")
        << 2 << 0 << 0 << 3 << 0;
    QTest::newRow("lessons are no measures")
        << QByteArray("# X\n\n## Lessons Learned\n\n- We alert too late\n\n## Action Items\n\n- Alert sooner\n")
        << 0 << 0 << 0 << 0 << 1;
    QTest::newRow("labels, prose between a list, a sign-off")
        << QByteArray("## Corrective Measures\n\nThis lists what we will do.\n\n- Audit scripts\n- Monitor pools\n\n"
                      "## TODO\n\nRotate keys\nReview alerts\n\nRegards.\nThe Backend team\n")
        << 0 << 0 << 0 << 2 << 2;
    // No timeline heading: the longest list of timed events is the timeline, wherever it stands.
    QTest::newRow("events nested under a field, a fence between them")
        << QByteArray("# Incident on 2023-01-11\n\n- **Key events**\n  - First detected: 2023-01-11 14:22\n"
                      "  - Resolved 2023-01-11 15:51\n  - Repaired 2023-01-11 15:50\n\n- **Impact**: pulls failed.\n\n"
                      "- **Context**:\n  - 2023-01-11 14:22: login errors seen:\n\n```\nfailed to fetch\n```\n\n"
                      "  - 2023-01-11 14:34 passwords compared\n  - The team met\n  - 2023-01-11 15:40 password restored\n"
                      "  - 2023-01-11 15:51 resolved\n\n- **Resolution**: the old password.\n")
        << 5 << 4 << 0 << 0 << 0;
    QTest::newRow("dated events as the only chronology")
        << QByteArray("# Outage\n\n- **Key events**\n  - First detected 2020-09-21 18:27\n  - Incident declared 2020-09-21 18:40\n"
                      "  - Resolved 2020-09-21 21:41\n\n- **Impact**: users could not log in.\n")
        << 3 << 3 << 0 << 0 << 0;
    QTest::newRow("two timed bullets are no timeline")
        << QByteArray("# Outage\n\n## Impact\n\n- 14:00 first errors\n- 15:00 all errors\n- most users affected\n")
        << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("a field sentence that mentions a time is no event")
        << QByteArray("# Outage\n\n- Identified: the team observed errors at 2023-01-11 14:22\n"
                      "- Impact: all pulls failed from 2023-01-11 14:22\n- Repaired: by restoring it at 2023-01-11 15:50\n")
        << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("timeline sub-labels over timed entries")
        << QByteArray("Timeline:\nDetection:\n- 2:00 PM (UTC): Alerts fired.\nResolution:\n"
                      "- 3:00 PM (UTC): Patched.\nRoot Cause:\n- An outdated component.\n")
        << 2 << 2 << 1 << 0 << 0;
    QTest::newRow("status page updates, no timeline heading")
        << QByteArray("[Final message]\nOutage finished.\n\n[Update - 2023-03-29 15:50 UTC]\nQueue cleaned.\n\n"
                      "[Update]\n\nChangelogs broken since the 13 April.\n\n[Initial message]\nSearch is down.\n")
        << 4 << 1 << 0 << 0 << 0;
    QTest::newRow("entries led by a date alone, and a date line")
        << QByteArray("## Timeline\n\n2015-10-21 (all times UTC)\n\n- 14:51 News reports\n\n"
                      "01-31-2024 - The fix was added to the codebase.\n\n"
                      "| Date | Time | Event |\n| --- | --- | --- |\n| 2021-12-10 |  | The vulnerability was published |\n")
        << 3 << 1 << 0 << 0 << 0;
    QTest::newRow("hand-typed bullets and a time in the words")
        << QByteArray("**Timeline:**\n\n\u25cf Issue Detection: detected at 10:00 AM UTC by an alert.\n"
                      "\u25cf Actions Taken: restarted the pool.\n")
        << 2 << 1 << 0 << 0 << 0;
}

void TestPostmortemImporter::shapes()
{
    QFETCH(QByteArray, doc);
    const PostmortemImportResult r = PostmortemImporter::import(doc, QStringLiteral("shape.md"));
    QVERIFY(r.ok);
    const Incident& i = r.incident;
    int measureItems = 0;
    for (const MeasureGroup& g : i.measures)
        measureItems += g.items.isEmpty() ? 1 : int(g.items.size());
    // A timed entry has a moment, or its time as written when the document states no date.
    const int timed = int(std::count_if(i.timeline.cbegin(), i.timeline.cend(),
                                        [](const TimelineEvent& e) { return e.at || !e.timeText.isEmpty(); }));
    QTEST(int(i.timeline.size()), "entries");
    QTEST(timed, "timed");
    QTEST(int(i.rootCauses.size()), "rootCauses");
    QTEST(measureItems, "measureItems");
    QTEST(int(i.actionItems.size()), "actionItems");
}

// The report names a table's columns as the author did, and reads them back to the same names.
void TestPostmortemImporter::tablesKeepTheirColumnNames()
{
    const QByteArray doc("# Outage\n\n## Timeline\n\n| Datetime (PST) | Description |\n| --- | --- |\n"
                         "| 2024-08-10 14:05 | Alert fired |\n\n## Action items\n\n| Action Item | Type | Owner | State |\n"
                         "| --- | --- | --- | --- |\n| Add an alert | prevent | ann | DONE |\n");
    const PostmortemImportResult r = PostmortemImporter::import(doc, QStringLiteral("tables.md"));
    QCOMPARE(r.incident.columnNames.value(QStringLiteral("actions.title")), QStringLiteral("Action Item"));
    QCOMPARE(r.incident.columnNames.value(QStringLiteral("actions.status")), QStringLiteral("State"));
    QCOMPARE(r.incident.columnNames.value(QStringLiteral("timeline.event")), QStringLiteral("Description"));
    QCOMPARE(r.incident.timeline.at(0).at->toIso(), QStringLiteral("2024-08-10T22:05:00Z")); // PST is UTC-8
    const QString report = MarkdownExporter::exportIncident(r.incident);
    QVERIFY2(report.contains(QStringLiteral("| Datetime (UTC) | Label | Kind | Description |")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("| State | Action Item | Owner | Due | Priority | Link |")), qPrintable(report));
    const PostmortemImportResult again = PostmortemImporter::import(report.toUtf8(), QStringLiteral("report.md"));
    QCOMPARE(again.incident.columnNames.value(QStringLiteral("actions.title")), QStringLiteral("Action Item"));
    QCOMPARE(again.incident.actionItems.at(0).status, ActionStatus::Done);
    QCOMPARE(MarkdownExporter::exportIncident(again.incident), report);
}

// An address the author wrote twice, as a link's label and target, is kept twice; an autolink once.
void TestPostmortemImporter::linkLabelledWithItsAddress()
{
    const QByteArray doc("## Timeline\n\n- 14:00 see [https://x.org/1](https://x.org/1), [**https://z.org/3**](https://z.org/3) "
                         "and <https://y.org/2>\n");
    const PostmortemImportResult r = PostmortemImporter::import(doc, QStringLiteral("links.md"));
    QCOMPARE(r.incident.timeline.size(), 1);
    const QString& text = r.incident.timeline.at(0).text;
    QVERIFY2(text.contains(QStringLiteral("https://x.org/1 (https://x.org/1)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("https://z.org/3 (https://z.org/3)")), qPrintable(text));
    QCOMPARE(text.count(QStringLiteral("y.org/2")), 1);
}

// "[uploaded][automatically updated]": the reference's label is the author's name for the link and
// stays beside the target; a shortcut reference ("[hook]") is its own label and is not written twice.
void TestPostmortemImporter::referenceLinkKeepsItsLabel()
{
    const QByteArray doc("## Timeline\n\n- 14:00 bad config [uploaded][automatically updated], [hook] crashed\n\n"
                         "[automatically updated]: https://x.org/pull/1\n[hook]: https://x.org/hook\n");
    const PostmortemImportResult r = PostmortemImporter::import(doc, QStringLiteral("refs.md"));
    QCOMPARE(r.incident.timeline.size(), 1);
    QCOMPARE(r.incident.timeline.at(0).text,
             QStringLiteral("bad config uploaded (automatically updated: https://x.org/pull/1), hook (https://x.org/hook) crashed"));
    const QString report = MarkdownExporter::exportIncident(r.incident);
    QCOMPARE(exportedAgain(report), report);
}

// A code span's backticks part it from the words beside it; with the marks gone a space does.
void TestPostmortemImporter::codeSpanKeepsWordsApart()
{
    const QByteArray doc("## Timeline\n\n- 14:00 the line was`require_once('x.php')` in `.defconfig`s and `a` b\n");
    const PostmortemImportResult r = PostmortemImporter::import(doc, QStringLiteral("code.md"));
    QCOMPARE(r.incident.timeline.size(), 1);
    QCOMPARE(r.incident.timeline.at(0).text, QStringLiteral("the line was require_once('x.php') in .defconfig s and a b"));
}

// The report writes an action table's statuses in the document's words; a cell that says more
// than a status word, or names no status, does not become the word for every item of that status:
// it stays in the item's title.
void TestPostmortemImporter::statusWordsOfTheTable()
{
    const QByteArray doc("## Action Items\n\n| Action | State |\n| --- | --- |\n| Alert users | DONE |\n"
                         "| Final fix | ONGOING |\n| Add alert | Done, see PR 12 |\n| Write docs | open |\n"
                         "| Snapshot the CT | FAILED |\n");
    PostmortemImportResult r = PostmortemImporter::import(doc, QStringLiteral("states.md"));
    QCOMPARE(r.incident.actionItems.size(), 5);
    QCOMPARE(r.incident.actionItems.at(4).status, ActionStatus::Open);
    QCOMPARE(r.incident.actionItems.at(4).title, QStringLiteral("Snapshot the CT (State: FAILED)"));
    QCOMPARE(r.incident.actionItems.at(1).status, ActionStatus::InProgress);
    r.incident.actionItems[3].status = ActionStatus::InProgress; // an edit after the import
    const QString report = MarkdownExporter::exportIncident(r.incident);
    QVERIFY2(report.contains(QStringLiteral("| ONGOING | Final fix |")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("| ONGOING | Write docs |")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("| DONE | Add alert (State: Done, see PR 12) |")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("| open | Snapshot the CT (State: FAILED) |")), qPrintable(report));
    QCOMPARE(exportedAgain(report), report);
}

// A table of measures: each row a measure under its kind; other columns stay in its text; the
// report writes the table back with the author's column names.
void TestPostmortemImporter::measuresTable()
{
    const QByteArray doc("## Corrective and Preventative Measures\n\n| Kind | Description | Owner |\n| --- | --- | --- |\n"
                         "| Corrective | Mirror the kernel archive | ana |\n| Preventative | Allow-list sources |  |\n"
                         "| Corrective | Pin versions |  |\n");
    const PostmortemImportResult r = PostmortemImporter::import(doc, QStringLiteral("measures.md"));
    QCOMPARE(r.incident.measures.size(), 2);
    QCOMPARE(r.incident.measures.at(0).title, QStringLiteral("Corrective"));
    QCOMPARE(r.incident.measures.at(0).items,
             QStringList({QStringLiteral("Mirror the kernel archive (Owner: ana)"), QStringLiteral("Pin versions")}));
    QCOMPARE(r.incident.measures.at(1).items, QStringList {QStringLiteral("Allow-list sources")});
    const QString report = MarkdownExporter::exportIncident(r.incident);
    QVERIFY2(report.contains(QStringLiteral("| Kind | Description |\n| --- | --- |\n| Corrective | Mirror the kernel")),
             qPrintable(report));
    QCOMPARE(exportedAgain(report), report);
}

// "**Trigger**: Unknown." is a root cause stated under a field name: the name is its label, and the
// report's root-cause table gets a Label column that reads back the same.
void TestPostmortemImporter::rootCauseFieldKeepsItsName()
{
    const QByteArray doc("# Outage\n\n**Root Causes**: a storage driver change.\n\n**Trigger**: Unknown.\n\n"
                         "## Root Cause\n\nThe pool was too small.\n");
    const PostmortemImportResult r = PostmortemImporter::import(doc, QStringLiteral("fields.md"));
    QCOMPARE(r.incident.rootCauses.size(), 3);
    QCOMPARE(r.incident.rootCauses.at(0).label, QStringLiteral("Root Causes"));
    QCOMPARE(r.incident.rootCauses.at(1).label, QStringLiteral("Trigger"));
    QCOMPARE(r.incident.rootCauses.at(1).text, QStringLiteral("Unknown."));
    QCOMPARE(r.incident.rootCauses.at(2).label, QString());
    const QString report = MarkdownExporter::exportIncident(r.incident);
    QVERIFY2(report.contains(QStringLiteral("| Stated in | Label | Root cause |")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("|  | Trigger | Unknown. |")), qPrintable(report));
    const PostmortemImportResult again = PostmortemImporter::import(report.toUtf8(), QStringLiteral("r.md"));
    QCOMPARE(again.incident.rootCauses.at(1).label, QStringLiteral("Trigger"));
    QCOMPARE(MarkdownExporter::exportIncident(again.incident), report);
}

// "| :- | :- |" is a delimiter row to GitHub (one dash is enough): the table is read, its rows keep
// their lines, and a row of dashes too narrow to widen ("|-|") is left as the author wrote it.
void TestPostmortemImporter::shortTableDelimiters()
{
    const QByteArray doc("## Action Items\n\n|**Action Item**|**Type**|\n| :- | :- |\n|Revert the driver|mitigate|\n"
                         "|Open a ticket|process|\n");
    const PostmortemImportResult r = PostmortemImporter::import(doc, QStringLiteral("delims.md"));
    QCOMPARE(r.incident.actionItems.size(), 2);
    QCOMPARE(r.incident.actionItems.at(0).title, QStringLiteral("Revert the driver"));
    QCOMPARE(r.incident.actionItems.at(0).type, QStringLiteral("mitigate"));
    QCOMPARE(r.incident.actionItems.at(1).sourceLine, 6);
    const QByteArray narrow("x\n|a|b|\n|-|-|\n");
    QCOMPARE(TableDelimiterRows::widened(narrow), QByteArray());
    QCOMPARE(TableDelimiterRows::widened("|a|b|\r\n|:-| -: |\r\n"), QByteArray("|a|b|\r\n|:-|----|\r\n"));
}

// "* We could use this more:" over nested bullets heads them: the nested bullets are the items, and
// the heading's words stay in the report.
void TestPostmortemImporter::actionBulletHeadingItsBullets()
{
    const QByteArray doc("## Action Items\n\n* We could use this more:\n  * set up a second proxy\n"
                         "  * use another IP for mail\n* Investigate IPv6\n");
    const PostmortemImportResult r = PostmortemImporter::import(doc, QStringLiteral("heads.md"));
    QCOMPARE(r.incident.actionItems.size(), 3);
    QCOMPARE(r.incident.actionItems.at(0).title, QStringLiteral("set up a second proxy"));
    const QString report = MarkdownExporter::exportIncident(r.incident);
    QVERIFY2(report.contains(QStringLiteral("We could use this more:")), qPrintable(report));
    const PostmortemImportResult again = PostmortemImporter::import(report.toUtf8(), QStringLiteral("r.md"));
    QCOMPARE(again.incident.actionItems.size(), 3);
    QCOMPARE(MarkdownExporter::exportIncident(again.incident), report);
}

// "- **Review actions**: ..." among the fields above the sections is an action item, its label kept
// in the title; the report lists it once, with the action items.
void TestPostmortemImporter::actionField()
{
    const QByteArray doc("# Ingress upgrade\n\n- **Impact**:\n  Users could not log in.\n\n- **Review actions**:\n"
                         "  Teams will test on the beta ingress (Done)\n\n## Summary\n\nAn upgrade blocked requests.\n");
    const PostmortemImportResult r = PostmortemImporter::import(doc, QStringLiteral("fields.md"));
    QCOMPARE(r.incident.actionItems.size(), 1);
    QCOMPARE(r.incident.actionItems.at(0).title, QStringLiteral("Review actions: Teams will test on the beta ingress"));
    QCOMPARE(r.incident.actionItems.at(0).status, ActionStatus::Done);
    const QString report = MarkdownExporter::exportIncident(r.incident);
    QCOMPARE(report.count(QStringLiteral("Review actions")), 1);
    QCOMPARE(exportedAgain(report), report);
}

// "= 03:08 ..." under "- 03:00 ...", no blank line: Markdown folds it into the bullet before, the
// author meant an event of its own; a marker before words that are no time stays in the entry.
void TestPostmortemImporter::timedLineAfterStrayMarker()
{
    const QByteArray doc("## Timeline\n- 03:00 Config pushed\n= 03:08 The running server stops\n"
                         "- 03:10 Rollback\n= not a time\n");
    const PostmortemImportResult r = PostmortemImporter::import(doc, QStringLiteral("stray.md"));
    QCOMPARE(r.incident.timeline.size(), 3);
    QCOMPARE(r.incident.timeline.at(1).timeText, QStringLiteral("03:08"));
    QCOMPARE(r.incident.timeline.at(1).text, QStringLiteral("The running server stops"));
    QCOMPARE(r.incident.timeline.at(1).sourceLine, 3);
    QVERIFY2(r.incident.timeline.at(2).text.contains(QStringLiteral("= not a time")), qPrintable(r.incident.timeline.at(2).text));
}

// "**January 31, 12:00:**" after "**December 30, 2021, 11:54 (UTC):**": the day as written, in the
// timeline's year (the next one past New Year); a date-only entry the same way.
void TestPostmortemImporter::monthDayWithoutYear()
{
    const QByteArray doc("## Timeline\n\n**December 30, 2021, 11:54 (UTC):** Report submitted.\n\n**13:24:** Triaged.\n\n"
                         "**December 31, 12:00:** Fix submitted for review.\n\n**January 2, 07:12:** Bounty paid out.\n\n"
                         "**January 11:** Public disclosure through this report.\n");
    const PostmortemImportResult r = PostmortemImporter::import(doc, QStringLiteral("days.md"));
    QCOMPARE(r.incident.timeline.size(), 5);
    QCOMPARE(r.incident.timeline.at(1).at->toIso(), QStringLiteral("2021-12-30T13:24:00Z"));
    QCOMPARE(r.incident.timeline.at(2).at->toIso(), QStringLiteral("2021-12-31T12:00:00Z"));
    QCOMPARE(r.incident.timeline.at(3).at->toIso(), QStringLiteral("2022-01-02T07:12:00Z"));
    QVERIFY(!r.incident.timeline.at(4).at);
    QCOMPARE(r.incident.timeline.at(4).label, QStringLiteral("January 11"));
}

// A line holding only a time (and a place) with a typed bullet under it is one event; under typed
// bullets a paragraph without one is prose, not an action item.
void TestPostmortemImporter::bareTimeLineOverItsBullet()
{
    const QByteArray doc("Timeline:\n2023-04-10 12:00 EAT (Makadara, Nairobi)\n● The issue was detected by monitoring alerts.\n"
                         "● The team investigated.\n\nAction Items:\n● Implement change control.\n● Train the staff.\n\n"
                         "This incident highlighted the need for robust change control procedures.\n");
    const PostmortemImportResult r = PostmortemImporter::import(doc, QStringLiteral("bare.md"));
    QCOMPARE(r.incident.timeline.size(), 2);
    QCOMPARE(r.incident.timeline.at(0).at->toIso(), QStringLiteral("2023-04-10T09:00:00Z")); // EAT is UTC+3
    QVERIFY2(r.incident.timeline.at(0).text.contains(QStringLiteral("The issue was detected")),
             qPrintable(r.incident.timeline.at(0).text));
    QVERIFY(!r.incident.timeline.at(1).at);
    QCOMPARE(r.incident.actionItems.size(), 2);
}

// A plain line ending in a colon may say more than a section's name ("Preventative Measures for
// Branches and Head Office:"); the report names the measures by both of the document's headings.
void TestPostmortemImporter::longerPlainHeadingWithColon()
{
    const QByteArray doc("Preventative Measures for Branches and Head Office:\n\n- Secure remote access.\n\n"
                         "Corrective and Preventative Measures:\n\nImprovements:\n\n- Audit the servers.\n");
    const PostmortemImportResult r = PostmortemImporter::import(doc, QStringLiteral("plain.md"));
    QCOMPARE(r.incident.measures.size(), 2);
    const QString report = MarkdownExporter::exportIncident(r.incident);
    QVERIFY2(report.contains(QStringLiteral("## Preventative Measures for Branches and Head Office / Corrective and Preventative Measures")),
             qPrintable(report));
    QCOMPARE(exportedAgain(report), report);
}

// A status page's "[Initial message]" tells its moment in the prose under it, with the day after
// the time ("started at 22:00 UTC the 8 January 2025").
void TestPostmortemImporter::statusUpdateTimeInItsProse()
{
    const QByteArray doc("# Azure outage\n\n[Final Message]\n\nOutage is finished: back to normal\n\n[Update]\n\n"
                         "Still in outage at 14 January 2025 1:45PM\n\n[Initial Message]\n\n"
                         "A network outage in US East 2 started at 22:00 UTC the 8 January 2025.\n");
    const PostmortemImportResult r = PostmortemImporter::import(doc, QStringLiteral("status.md"));
    QCOMPARE(r.incident.timeline.size(), 3);
    QVERIFY(!r.incident.timeline.at(0).at);
    QCOMPARE(r.incident.timeline.at(1).at->toIso(), QStringLiteral("2025-01-14T13:45:00Z"));
    QCOMPARE(r.incident.timeline.at(2).at->toIso(), QStringLiteral("2025-01-08T22:00:00Z"));
}

// "#### 29-09-2021" can only be day first, so the same document's "### 03-10-2021" is October 3;
// without such a date "03-10-2021" is read the US way, and a date only month-first settles it too.
void TestPostmortemImporter::documentsOwnDateOrder()
{
    const QByteArray dayFirst("## Timeline\n\n#### 29-09-2021\n\n- 15:46 Driver switched\n\n### 03-10-2021\n\n- 02:17 Outage begins\n");
    PostmortemImportResult r = PostmortemImporter::import(dayFirst, QStringLiteral("eu.md"));
    QCOMPARE(r.incident.timeline.size(), 2);
    QCOMPARE(r.incident.timeline.at(1).at->toIso(), QStringLiteral("2021-10-03T02:17:00Z"));
    const QByteArray ambiguous("## Timeline\n\n### 03-10-2021\n\n- 02:17 Outage begins\n");
    r = PostmortemImporter::import(ambiguous, QStringLiteral("us.md"));
    QCOMPARE(r.incident.timeline.at(0).at->toIso(), QStringLiteral("2021-03-10T02:17:00Z"));
    const QByteArray monthFirst("## Timeline\n\n### 09-29-2021\n\n- 15:46 Driver switched\n\n### 03-10-2021\n\n- 02:17 x\n");
    r = PostmortemImporter::import(monthFirst, QStringLiteral("us2.md"));
    QCOMPARE(r.incident.timeline.at(1).at->toIso(), QStringLiteral("2021-03-10T02:17:00Z"));
    QCOMPARE(DateExpression::conventionOf(u"29-09-2021 and 03-10-2021"), DateExpression::NumericOrder::DayFirst);
}

// YAML front matter names the incident and gives its date, and stays in the report as written.
void TestPostmortemImporter::frontMatter()
{
    const QByteArray doc("---\ntitle: 'Outage on VM agents'\ndate: 2023-03-28T14:00:00-00:00\nseverity: disrupted\n---\n\n"
                         "## Timeline\n\n- 14:00 UTC: Agents stopped\n");
    const PostmortemImportResult r = PostmortemImporter::import(doc, QStringLiteral("front.md"));
    QVERIFY(r.ok);
    QCOMPARE(r.incident.title, QStringLiteral("Outage on VM agents"));
    QCOMPARE(r.incident.date, QDate(2023, 3, 28));
    QCOMPARE(r.incident.timeline.size(), 1);
    bool kept = false;
    for (const UnknownSection& u : r.incident.unknownSections)
        kept = kept || u.markdown.contains(QStringLiteral("severity: disrupted"));
    QVERIFY(kept);
}

QTEST_GUILESS_MAIN(TestPostmortemImporter)
#include "TestPostmortemImporter.moc"
