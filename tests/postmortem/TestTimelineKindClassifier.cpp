// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineKindClassifier.h"

#include <QTest>

using namespace debrief;

class TestTimelineKindClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
};

void TestTimelineKindClassifier::classify_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");

    auto row = [](const char* name, const char* label, const char* text, const char* kind) {
        QTest::newRow(name) << QString::fromUtf8(label) << QString::fromUtf8(text) << QString::fromLatin1(kind);
    };
    // The timeline of tests/data/postmortem/reference.md, as written (typos included).
    row("reference detected", "", "Issue detected through monitoring alert showing a spike in failed login attempts..",
        "detection");
    row("reference actions taken", "Actions Taken",
        "Engineering team  began investigation for potential causes, initially focusing on recent deployment of "
        "code.",
        "investigation");
    row("reference misleading", "Misleading Investigation",
        "The initial investigation led to considering a Distributed Denial-of-Service (DDoS) attack due to high "
        "volume of requests.",
        "red_herring");
    row("reference assumption eliminated", "",
        "After an hour of investigation, the initial assumption was eliminated and focus was shifed to backend "
        "services.",
        "investigation");
    row("reference identified", "",
        "The development team identified that the issue was database-related and pointed to connection "
        "configuration.",
        "investigation");
    row("reference fixed", "", "Code implementation was fixed and tested.", "fix");
    row("reference resolved", "", "The issue was resolved and users becam able to log into their accounts..",
        "resolution");

    row("pagerduty", "", "PagerDuty alert fired", "detection");
    row("paged", "", "On-call paged", "detection");
    row("customers reported", "", "Customers reported 500 errors on checkout", "detection");
    row("rollback beats deploy", "", "Rolled back deploy v1.2.3", "mitigation");
    row("revert", "", "Reverted the config change", "mitigation");
    row("failover", "", "Failover to secondary region", "mitigation");
    row("restart", "", "Restarted the API pods", "mitigation");
    row("deployed", "", "Deployed v1.2.4 to production", "deploy");
    row("deploy started", "", "Deploy of config change started", "deploy");
    row("rollout", "", "Rollout of the new load balancer began", "deploy");
    row("status page", "", "Posted status page update", "communication");
    row("notified", "", "Notified customers", "communication");
    row("hotfix", "", "Hotfix merged", "fix");
    row("deployed the fix ties to fix", "", "Fix deployed", "fix");
    row("operational", "", "All systems operational", "resolution");
    row("closed", "", "Incident closed", "resolution");
    row("back to normal", "", "Error rates back to normal", "resolution");
    row("red herring", "", "Red herring: suspected DNS", "red_herring");
    row("unrelated", "", "The CDN errors turned out to be unrelated", "red_herring");
    row("false lead", "", "False lead on the cache cluster", "red_herring");
    row("not the cause", "", "Confirmed the load balancer was not the cause", "red_herring");
    row("investigating", "", "Investigating elevated latency", "investigation");
    row("looked into", "", "SRE looked into the database logs", "investigation");

    // The label is the writer's verdict and outweighs the words of the text.
    row("label outweighs text", "Mitigation", "Engineers began investigating the queue", "mitigation");
    row("label alone", "Detection", "", "detection");
    row("label resolution", "Resolution", "Increasing server capacity helped handle the traffic", "resolution");

    row("nothing", "", "Lunch break", "note");
    row("empty", "", "", "note");
    row("one hint is not enough", "", "Traffic spiked", "note");
}

void TestTimelineKindClassifier::classify()
{
    QFETCH(QString, label);
    QFETCH(QString, text);
    QFETCH(QString, kind);
    QCOMPARE(timelineKindName(TimelineKindClassifier::classify(label, text)), kind);
}

QTEST_GUILESS_MAIN(TestTimelineKindClassifier)
#include "TestTimelineKindClassifier.moc"
