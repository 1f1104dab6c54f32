// SPDX-License-Identifier: GPL-3.0-or-later
#include "SectionClassifier.h"

#include <QTest>

using namespace debrief;

class TestSectionClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void cleanHeading_data();
    void cleanHeading();
};

void TestSectionClassifier::classify_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("role");
    const auto row = [](const char* heading, const char* role) {
        QTest::newRow(heading) << QString::fromUtf8(heading) << QString::fromLatin1(role);
    };
    for (const char* h : {"Issue Summary:", "Summary", "Overview", "Executive Summary", "Incident Summary",
                          "Description", "📝 Overview", "**Summary**"})
        row(h, "summary");
    for (const char* h : {"Impact", "Customer Impact", "User Impact", "💥 Impact:"})
        row(h, "impact");
    for (const char* h : {"Timeline:", "Incident Timeline", "Chronology", "Sequence of Events",
                          "Detection and Timeline", "⏱️ Timeline:", "Timeline (PDT)", "2. Timeline"})
        row(h, "timeline");
    for (const char* h : {"Root Cause", "Root Causes", "Root Cause(s)", "Root Cause Analysis",
                          "Root Cause and Resolution:", "Contributing Factors", "Trigger", "What happened", "Why",
                          "🧠 Root Cause(s)"})
        row(h, "root_cause");
    for (const char* h : {"Resolution", "Recovery", "Mitigation", "Resolution and Recovery"})
        row(h, "resolution");
    for (const char* h :
         {"Corrective and Preventative Measures:", "Corrective and Preventive Measures", "Remediation", "Prevention",
          "Dance Rejuvenation and Preventative Measures", "Improvements"})
        row(h, "measures");
    // Lessons are a section of their own, never measures.
    for (const char* h : {"Lessons Learned", "What went well", "What went wrong", "Where we got lucky",
                          "What went wrong and why", "Key takeaways and lessons"})
        row(h, "lessons");
    // More words than a synonym: the phrase that comes first decides.
    row("Root cause of the outage", "root_cause");
    row("Rhythmic Timeline: Makossa Moves", "timeline");
    row("Timeline of events", "timeline");
    row("Follow-up actions", "action_items");
    row("Remediation items", "measures");
    row("Actions Taken", "timeline");
    row("The Heart of the Dance and Harmonious Resolution", "resolution");
    // A sentence or a line naming identifiers is no heading.
    row("TYPE go_gc_duration_seconds summary", "unknown");
    row("A summary of the pause duration of garbage collection cycles.", "unknown");
    row("Source of the Beat: Ndop Drums", "unknown");
    row("This is a very long line that mentions the timeline but has far too many words to be one", "unknown");
    for (const char* h : {"TODO", "TODO List:", "Action Items", "Follow-ups", "Follow-up Actions", "Next Steps",
                          "Tasks", "✅ Follow-ups", "__Action Items__", "I. Action Items"})
        row(h, "action_items");
    // Headings of doc-site exports, wrapped in anchors (as the importer reads them: links keep targets).
    row("# (https://docs.x.org/halt-95.html#action-items)Action Items <a href=\"#action-items\" id=\"action-items\"></a>",
        "action_items");
    row("Short-term Improvements (In Progress - GitHub Issue #39133 (https://github.com/x/y/issues/39133))", "measures");
    row("Timeline ¶", "timeline");
    // The report's name for a section headed twice: each part is held to a heading's length.
    row("Preventative Measures for Branches and Head Office / Corrective and Preventative Measures", "measures");
    for (const char* h : {"5 Whys", "Five whys", "The 5 Whys:", "Five Why's"})
        row(h, "whys");
    for (const char* h : {"Responders", "Messaging", "Whyte", "Random notes", "19:00 UTC - Alert fires", ""})
        row(h, "unknown");
}

void TestSectionClassifier::classify()
{
    QFETCH(QString, heading);
    QTEST(sectionRoleName(SectionClassifier::classify(heading)), "role");
}

void TestSectionClassifier::cleanHeading_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("clean");
    QTest::newRow("colon") << QStringLiteral("Issue Summary:") << QStringLiteral("Issue Summary");
    QTest::newRow("hashes") << QStringLiteral("## Timeline") << QStringLiteral("Timeline");
    QTest::newRow("bold") << QStringLiteral("**Root Cause**:") << QStringLiteral("Root Cause");
    QTest::newRow("underscores") << QStringLiteral("__Impact__") << QStringLiteral("Impact");
    QTest::newRow("emoji") << QStringLiteral("🔥 Root Causes") << QStringLiteral("Root Causes");
    QTest::newRow("numbered") << QStringLiteral("1. Summary") << QStringLiteral("Summary");
    QTest::newRow("paren number") << QStringLiteral("2) Timeline") << QStringLiteral("Timeline");
    QTest::newRow("roman") << QStringLiteral("I. Overview") << QStringLiteral("Overview");
    QTest::newRow("spaces") << QStringLiteral("  TODO   List :  ") << QStringLiteral("TODO List");
    QTest::newRow("keeps hyphen") << QStringLiteral("Follow-ups") << QStringLiteral("Follow-ups");
}

void TestSectionClassifier::cleanHeading()
{
    QFETCH(QString, heading);
    QTEST(SectionClassifier::cleanHeading(heading), "clean");
}

QTEST_GUILESS_MAIN(TestSectionClassifier)
#include "TestSectionClassifier.moc"
