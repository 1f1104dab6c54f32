// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostileTexts.h"
#include "MarkdownExporter.h"
#include "MarkdownProbe.h"
#include "TestIncidents.h"

#include <QFile>
#include <QTest>

using namespace debrief;
using namespace debrief::testing;

namespace {

QString goldenPath(const QString& name)
{
    return QStringLiteral(DEBRIEF_TEST_DATA "/export/") + name + QStringLiteral(".expected.md");
}

Incident minimalIncident()
{
    Incident i;
    i.title = QStringLiteral("Minimal");
    return i;
}

Incident detailedIncident()
{
    Incident i = referenceIncident();
    i.title = QStringLiteral("Payments latency, 2024-08-10");
    i.severity = QStringLiteral("SEV2");
    i.status = QStringLiteral("resolved");
    i.durationText.clear(); // written from the minutes instead
    i.statedDurationMinutes = 95;
    i.timeline.append(timed("21:05:30", TimelineKind::Communication, QStringLiteral("Status page updated")));
    i.measures.append({0, QStringLiteral("Write the runbook"), {}, QStringLiteral("Preventive measures"), 0});
    i.measures.append({0, QStringLiteral("Loose measure"), {QStringLiteral("with an item")}, QString(), 0});
    ActionItem done = action(QStringLiteral("Roll back the pool size"));
    done.status = ActionStatus::Done;
    done.owner = QStringLiteral("alice");
    done.due = QDate(2024, 8, 12);
    done.priority = QStringLiteral("P1");
    done.link = QStringLiteral("https://tracker.example/PAY-12");
    i.actionItems.append(done);
    return i;
}

Incident unknownSectionsIncident()
{
    Incident i = minimalIncident();
    i.title = QStringLiteral("Unknown sections");
    i.summary = QStringLiteral("A short summary.");
    i.resolution = QStringLiteral("Rolled back.");
    const auto unknown = [](const char* heading, const char* body, SectionRole after) {
        UnknownSection u;
        u.heading = QString::fromUtf8(heading);
        u.markdown = QString::fromUtf8(body);
        u.after = after;
        return u;
    };
    i.unknownSections = {
        unknown("Background", "Some context before everything.", SectionRole::Unknown),
        unknown("", "Preamble text without a heading.", SectionRole::Unknown),
        unknown("Participants", "### Responders\n\n- alice\n\n### Observers\n\n- bob", SectionRole::Timeline),
        unknown("", "A note under the timeline table.", SectionRole::Timeline),
        unknown("", "Impact leftover: the Impact section is otherwise empty.", SectionRole::Impact),
        unknown("Appendix", "![graph](https://example.com/g.png)", SectionRole::ActionItems),
        unknown("Empty heading only", "", SectionRole::Resolution),
    };
    return i;
}

Incident hostileIncident()
{
    Incident i;
    const QString all = hostileTexts().join(u'\n');
    i.title = QStringLiteral("# Title | with <b>html</b> [x](javascript:alert(1)) #");
    i.summary = all;
    i.impact = QStringLiteral("# not a section\n\nImpact <iframe>\n\n```\n<b>code</b>");
    i.severity = QStringLiteral("- SEV1 | x");
    i.status = QStringLiteral("1. open");
    i.timezone = QStringLiteral("> UTC");
    i.durationText = QStringLiteral("2 hours\n## Injected");
    i.resolution = QStringLiteral("Resolved\n===\n[ok](https://example.com) [bad](javascript:alert(1))");
    for (const QString& t : hostileTexts()) {
        i.timeline.append(untimed(t, TimelineKind::Note, t));
        i.rootCauses.append({0, t, t, 0, QString()});
        // Section names go through the importer's heading cleaner: hostile text there is tested in the title.
        i.measures.append({0, t, {t}, QStringLiteral("Preventive measures"), 0});
        ActionItem a = action(t);
        a.owner = t;
        a.priority = t;
        a.link = t;
        i.actionItems.append(a);
    }
    UnknownSection u;
    u.heading = QStringLiteral("Notes <script> [x](javascript:alert(1))");
    u.markdown = all + QStringLiteral("\n# Top heading\n<div onclick=x>raw</div>\n[r]: javascript:alert(9)");
    u.after = SectionRole::Summary;
    i.unknownSections = {u};
    return i;
}

Incident namedIncident(const QString& name)
{
    if (name == QLatin1String("reference"))
        return referenceIncident();
    if (name == QLatin1String("minimal"))
        return minimalIncident();
    if (name == QLatin1String("detailed"))
        return detailedIncident();
    if (name == QLatin1String("unknown-sections"))
        return unknownSectionsIncident();
    return hostileIncident();
}

} // namespace

class TestMarkdownExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void deterministic();
    void structureSurvivesHostileText();
    void cellTextReadsBack_data();
    void cellTextReadsBack();
    void emptyFieldsLeftOut();
};

void TestMarkdownExporter::golden_data()
{
    QTest::addColumn<QString>("name");
    for (const char* name : {"reference", "minimal", "detailed", "unknown-sections", "hostile"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

// DEBRIEF_UPDATE_GOLDEN=1 rewrites the expected files; review the diff before committing.
void TestMarkdownExporter::golden()
{
    QFETCH(QString, name);
    const QString actual = MarkdownExporter::exportIncident(namedIncident(name));
    QFile file(goldenPath(name));
    if (qEnvironmentVariableIntValue("DEBRIEF_UPDATE_GOLDEN") == 1) {
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(actual.toUtf8());
        return;
    }
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QCOMPARE(actual, QString::fromUtf8(file.readAll()));
}

void TestMarkdownExporter::deterministic()
{
    const Incident incident = hostileIncident();
    const QString first = MarkdownExporter::exportIncident(incident);
    QCOMPARE(MarkdownExporter::exportIncident(Incident(incident)), first);
    Incident withIds = incident;
    withIds.id = IncidentId {42};
    withIds.timeline[0].id = 7;
    withIds.timeline[0].sourceLine = 99;
    QCOMPARE(MarkdownExporter::exportIncident(withIds), first);
}

void TestMarkdownExporter::structureSurvivesHostileText()
{
    const Incident incident = hostileIncident();
    const MarkdownProbe probe = MarkdownProbe::parse(MarkdownExporter::exportIncident(incident));
    QCOMPARE(probe.rawHtml, 0);
    QVERIFY2(probe.linksOnlyToHttps(), qPrintable(probe.hrefs.join(u' ')));
    const QStringList level2 = probe.headings.filter(QRegularExpression(QStringLiteral("^[12]:")));
    QCOMPARE(level2,
             QStringList({QStringLiteral("1:# Title | with <b>html</b> [x](javascript:alert(1)) #"),
                          QStringLiteral("2:Summary"), QStringLiteral("2:Notes <script> [x](javascript:alert(1))"),
                          QStringLiteral("2:Impact"), QStringLiteral("2:Timeline"), QStringLiteral("2:Root Causes"),
                          QStringLiteral("2:Resolution"), QStringLiteral("2:Corrective and Preventative Measures"),
                          QStringLiteral("2:Action Items")}));
    // Field table (header + 4 rows), then timeline, root causes, action items: one row per entry,
    // each with exactly the header's number of cells.
    const qsizetype n = hostileTexts().size();
    QCOMPARE(probe.tableRows.size(), 5 + 3 * (n + 1));
    for (const QStringList& row : probe.tableRows)
        QVERIFY2(row.size() == 2 || row.size() == 4 || row.size() == 6, qPrintable(row.join(u'|')));
}

void TestMarkdownExporter::cellTextReadsBack_data()
{
    QTest::addColumn<QString>("text");
    for (const QString& t : hostileTexts())
        QTest::newRow(qPrintable(t.left(30))) << t;
    QTest::newRow("unicode") << QStringLiteral("Größe ✓ 🔥 — naïve");
    QTest::newRow("entity-like") << QStringLiteral("&copy; &#169; &x");
    QTest::newRow("digits") << QStringLiteral("2024. was a year");
}

// The importer reads cells back as text: whatever the exporter writes must read back unchanged
// (newlines excepted, which become spaces).
void TestMarkdownExporter::cellTextReadsBack()
{
    QFETCH(QString, text);
    Incident incident = minimalIncident();
    incident.rootCauses = {{0, text, QStringLiteral("Summary"), 0, QString()}};
    const MarkdownProbe probe = MarkdownProbe::parse(MarkdownExporter::exportIncident(incident));
    QCOMPARE(probe.rawHtml, 0);
    QVERIFY(probe.hrefs.isEmpty());
    const qsizetype header = probe.tableRows.indexOf({QStringLiteral("Stated in"), QStringLiteral("Root cause")});
    QVERIFY(header >= 0 && header + 1 < probe.tableRows.size());
    QString expected = text;
    expected.replace(QStringLiteral("\r\n"), QStringLiteral(" ")).replace(u'\n', u' ');
    QCOMPARE(probe.tableRows[header + 1], QStringList({QStringLiteral("Summary"), expected.trimmed()}));
}

void TestMarkdownExporter::emptyFieldsLeftOut()
{
    Incident incident = minimalIncident();
    incident.severity = QStringLiteral("SEV3");
    const QString full = MarkdownExporter::exportIncident(incident);
    const QString report = full.left(full.indexOf(QLatin1String("## Timeline")));
    QVERIFY(report.contains(QLatin1String("| Severity | SEV3 |")));
    for (const char* absent : {"| Date", "| Started", "| Ended", "| Duration", "| Status", "| Timezone", "## Summary",
                               "## Impact", "## Resolution", "## Corrective"})
        QVERIFY2(!report.contains(QLatin1String(absent)), absent);
    for (const char* present : {"## Timeline", "## Root Causes", "## Action Items"})
        QVERIFY2(full.contains(QLatin1String(present)), present);
}

QTEST_GUILESS_MAIN(TestMarkdownExporter)
#include "TestMarkdownExporter.moc"
