// SPDX-License-Identifier: GPL-3.0-or-later
// The "5 whys" section: the ways teams write the chain (a fixture and short documents), the
// heading names that mean it, and what is not a step (kept verbatim, never lost).
#include "PostmortemImporter.h"
#include "SectionClassifier.h"
#include "WhyReader.h"

#include <QFile>
#include <QTest>

using namespace debrief;

namespace {

Incident importText(const QByteArray& markdown)
{
    const PostmortemImportResult result = PostmortemImporter::import(markdown, QStringLiteral("whys.md"));
    if (!result.ok)
        qWarning("import failed");
    return result.incident;
}

// The steps as "question | answer" lines, to compare a whole chain at once.
QStringList chain(const Incident& incident)
{
    QStringList out;
    for (const WhyStep& step : incident.whys)
        out << step.question + QStringLiteral(" | ") + step.answer;
    return out;
}

} // namespace

class TestWhyReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headings_data();
    void headings();
    void fixtureChain();
    void paragraphLines();
    void answersOnly();
    void table();
    void split_data();
    void split();
    void notSteps();
};

void TestWhyReader::headings_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<bool>("whys");
    QTest::newRow("5 Whys") << QStringLiteral("5 Whys") << true;
    QTest::newRow("Five whys:") << QStringLiteral("Five whys:") << true;
    QTest::newRow("The 5 Whys") << QStringLiteral("The 5 Whys") << true;
    QTest::newRow("emoji") << QStringLiteral("🤔 Five Whys") << true;
    QTest::newRow("5 Why's") << QStringLiteral("5 Why's") << true;
    QTest::newRow("Why (root cause)") << QStringLiteral("Why") << false; // a root cause section
    QTest::newRow("Whyte report") << QStringLiteral("Whyte report") << false;
}

void TestWhyReader::headings()
{
    QFETCH(QString, heading);
    QFETCH(bool, whys);
    QCOMPARE(SectionClassifier::classify(heading) == SectionRole::Whys, whys);
}

void TestWhyReader::fixtureChain()
{
    QFile file(QStringLiteral(DEBRIEF_TEST_DATA "/postmortem/five-whys.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Incident incident = importText(file.readAll());
    QCOMPARE(chain(incident),
             QStringList({
                 QStringLiteral("Why did checkout fail? | The payment service answered 503 for 38 minutes."),
                 QStringLiteral("Why did the payment service answer 503? | Its pods were OOM-killed in a loop after "
                                "release 2.7."),
                 QStringLiteral("Why were the pods killed? | each worker of 2.7 loaded the fraud rules (600 MB) on its "
                                "own."),
                 QStringLiteral("why did nobody notice before the rollout? | The staging rule set is 20 MB, so memory "
                                "looked fine there. Load tests ran with the staging rules too."),
                 QStringLiteral("Why are staging and production rule sets so different? | Production rules are not "
                                "copied to staging because they hold customer data."),
             }));
    QCOMPARE(incident.whys[0].sourceLine, 27);
    QCOMPARE(incident.whys[4].sourceLine, 35);
    // The code block is no step, and is not lost either: it stays in the section, verbatim.
    const auto kept = std::find_if(incident.unknownSections.cbegin(), incident.unknownSections.cend(),
                                   [](const UnknownSection& u) { return u.after == SectionRole::Whys; });
    QVERIFY(kept != incident.unknownSections.cend());
    QVERIFY(kept->heading.isEmpty());
    QVERIFY(kept->markdown.contains(QStringLiteral("kubectl get pods")));
}

void TestWhyReader::paragraphLines()
{
    const Incident incident = importText("# Outage\n\n## Five whys\n\n"
                                         "Q: Why was the site down?\n"
                                         "A: The load balancer had no healthy backends.\n"
                                         "Q: Why were no backends healthy?\n"
                                         "A: The health check path was removed in the last release.\n");
    QCOMPARE(chain(incident), QStringList({
                                  QStringLiteral("Why was the site down? | The load balancer had no healthy backends."),
                                  QStringLiteral("Why were no backends healthy? | The health check path was removed "
                                                 "in the last release."),
                              }));
    QCOMPARE(incident.whys[1].sourceLine, 7);
}

void TestWhyReader::answersOnly()
{
    const Incident incident = importText("# Outage\n\n## 5 Whys\n\n"
                                         "- Search failed because queries timed out.\n"
                                         "- Queries timed out because the index table was locked.\n");
    QCOMPARE(chain(incident), QStringList({
                                  QStringLiteral(" | Search failed because queries timed out."),
                                  QStringLiteral(" | Queries timed out because the index table was locked."),
                              }));
}

void TestWhyReader::table()
{
    const Incident incident = importText("# Outage\n\n## 5 Whys\n\n"
                                         "| # | Why | Because |\n| --- | --- | --- |\n"
                                         "| 1 | Why did jobs pile up? | The scheduler stopped. |\n"
                                         "| 2 | Why did it stop? |  |\n"
                                         "|  |  |  |\n");
    // The empty row is skipped; a question without its answer yet is an open step, kept.
    QCOMPARE(chain(incident), QStringList({
                                  QStringLiteral("Why did jobs pile up? | The scheduler stopped."),
                                  QStringLiteral("Why did it stop? | "),
                              }));
}

void TestWhyReader::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("question");
    QTest::addColumn<QString>("answer");
    QTest::newRow("dash") << QStringLiteral("Why slow? - Cold cache") << QStringLiteral("Why slow?")
                          << QStringLiteral("Cold cache");
    QTest::newRow("arrow") << QStringLiteral("Why slow? → Cold cache") << QStringLiteral("Why slow?")
                           << QStringLiteral("Cold cache");
    QTest::newRow("label") << QStringLiteral("Why #2 - why cold?  Answer: evicted") << QStringLiteral("why cold?")
                           << QStringLiteral("evicted");
    QTest::newRow("ordinal") << QStringLiteral("3rd why: why evicted?") << QStringLiteral("why evicted?") << QString();
    QTest::newRow("because kept") << QStringLiteral("Why? Because it was full.") << QStringLiteral("Why?")
                                  << QStringLiteral("Because it was full.");
    QTest::newRow("no question") << QStringLiteral("A: it was full") << QString() << QStringLiteral("it was full");
    QTest::newRow("two marks") << QStringLiteral("Why? Was it? yes") << QStringLiteral("Why?")
                               << QStringLiteral("Was it? yes");
}

void TestWhyReader::split()
{
    QFETCH(QString, text);
    const WhyStep step = WhyReader::split(text, 4);
    QTEST(step.question, "question");
    QTEST(step.answer, "answer");
    QCOMPARE(step.sourceLine, 4);
}

// Malformed: a table with neither a why nor an answer column, an empty item, a quote. None is a
// step and all of it is kept verbatim in the section.
void TestWhyReader::notSteps()
{
    const Incident incident = importText("# Outage\n\n## Five whys\n\n"
                                         "| Owner | Date |\n| --- | --- |\n| sam | 2024-01-02 |\n\n"
                                         "-\n\n"
                                         "> to be written after the review\n");
    QVERIFY(incident.whys.isEmpty());
    QCOMPARE(incident.unknownSections.size(), 1);
    const QString kept = incident.unknownSections[0].markdown;
    QVERIFY2(kept.contains(QStringLiteral("| sam | 2024-01-02 |")), qPrintable(kept));
    QVERIFY2(kept.contains(QStringLiteral("to be written after the review")), qPrintable(kept));
}

QTEST_GUILESS_MAIN(TestWhyReader)
#include "TestWhyReader.moc"
