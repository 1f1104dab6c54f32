// SPDX-License-Identifier: GPL-3.0-or-later
// What an import says it read (PostmortemReading): the entries by how they are timed, where the
// timeline's day and zone came from, and the day the user gives for a document that states none.
#include "PostmortemImporter.h"

#include <QTest>

using namespace debrief;

Q_DECLARE_METATYPE(debrief::TimelineDateSource)
Q_DECLARE_METATYPE(debrief::TimelineZoneSource)

namespace {

PostmortemReading read(const QByteArray& text, std::optional<QDate> date = std::nullopt, const QString& zone = {})
{
    PostmortemImportOptions options;
    options.date = date;
    options.timezone = zone;
    const PostmortemImportResult r = PostmortemImporter::import(text, QStringLiteral("doc.md"), options);
    if (!r.ok)
        qFatal("import failed");
    return r.reading;
}

} // namespace

class TestPostmortemReading : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sources_data();
    void sources();
    void givenDateFillsOnlyAMissingDay();
    void countsEveryKind();
    void describesItForAPerson();
};

void TestPostmortemReading::sources_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("timed");
    QTest::addColumn<int>("timeOnly");
    QTest::addColumn<int>("untimed");
    QTest::addColumn<TimelineDateSource>("date");
    QTest::addColumn<TimelineZoneSource>("zone");

    QTest::newRow("no day, no zone") << QByteArray("# Outage\n\n## Timeline\n\n- 14:05 alert fired\n- 14:20 rolled back\n"
                                                   "- later: customers told\n")
                                     << 0 << 2 << 1 << TimelineDateSource::None << TimelineZoneSource::Assumed;
    QTest::newRow("date field, zone written") << QByteArray("# Outage\n\nDate: 2024-08-10\n\n## Timeline\n\n"
                                                            "All times PST.\n\n- 14:05 alert fired\n")
                                              << 1 << 0 << 0 << TimelineDateSource::Fields
                                              << TimelineZoneSource::Written;
    QTest::newRow("day in the summary, zone field")
        << QByteArray("# Outage\n\nTimezone: Europe/Berlin\n\n## Summary\n\nOn August 10, 2024 the API failed.\n\n"
                      "## Timeline\n\n- 14:05 alert fired\n")
        << 1 << 0 << 0 << TimelineDateSource::Summary << TimelineZoneSource::Stated;
    QTest::newRow("entries carry their days and zones")
        << QByteArray("# Outage\n\n## Timeline\n\n- 2024-08-10 14:05 UTC alert fired\n- 2024-08-11 09:00 UTC fixed\n")
        << 2 << 0 << 0 << TimelineDateSource::Entries << TimelineZoneSource::NotNeeded;
}

void TestPostmortemReading::sources()
{
    QFETCH(QByteArray, text);
    QFETCH(int, timed);
    QFETCH(int, timeOnly);
    QFETCH(int, untimed);
    QFETCH(TimelineDateSource, date);
    QFETCH(TimelineZoneSource, zone);
    const PostmortemReading r = read(text);
    QCOMPARE(r.timedEntries, timed);
    QCOMPARE(r.timeOnlyEntries, timeOnly);
    QCOMPARE(r.untimedEntries, untimed);
    QCOMPARE(r.dateSource, date);
    QCOMPARE(r.zoneSource, zone);
}

// A timeline of clock times in a document that names no day keeps its times as written; the day
// the user gives places them, and a day the document states is never overridden by it.
void TestPostmortemReading::givenDateFillsOnlyAMissingDay()
{
    const QByteArray dateless("# Outage\n\n## Timeline\n\n- 23:50 UTC alert fired\n- 00:10 UTC rolled back\n");
    PostmortemImportOptions options;
    options.date = QDate(2024, 3, 9);
    const PostmortemImportResult given = PostmortemImporter::import(dateless, QStringLiteral("doc.md"), options);
    QCOMPARE(given.reading.dateSource, TimelineDateSource::Option);
    QCOMPARE(given.reading.timedEntries, 2);
    QCOMPARE(given.incident.timeline.at(0).at->toIso(), QStringLiteral("2024-03-09T23:50:00Z"));
    QCOMPARE(given.incident.timeline.at(1).at->toIso(), QStringLiteral("2024-03-10T00:10:00Z")); // past midnight

    const QByteArray dated("# Outage\n\nDate: 2024-08-10\n\n## Timeline\n\n- 14:05 UTC alert fired\n");
    const PostmortemImportResult kept = PostmortemImporter::import(dated, QStringLiteral("doc.md"), options);
    QCOMPARE(kept.reading.dateSource, TimelineDateSource::Fields);
    QCOMPARE(kept.incident.timeline.at(0).at->toIso(), QStringLiteral("2024-08-10T14:05:00Z"));
}

void TestPostmortemReading::countsEveryKind()
{
    const PostmortemReading r = read("# Outage\n\n## Root cause\n\nThe pool was too small.\n\n"
                                     "## Corrective and preventive measures\n\n- Capacity\n  - raise the pool\n"
                                     "  - alert on saturation\n\n## Action items\n\n- [ ] Add a dashboard\n"
                                     "- [ ] Load test\n- [x] Raise the pool\n\n## Glossary\n\nPool: a set.\n");
    QCOMPARE(r.rootCauses, 1);
    QCOMPARE(r.measures, 1);
    QCOMPARE(r.measureItems, 2);
    QCOMPARE(r.actionItems, 3);
    QCOMPARE(r.verbatimSections, 1);
    QCOMPARE(r.timelineEntries(), 0);
}

void TestPostmortemReading::describesItForAPerson()
{
    PostmortemReading r = read("# Outage\n\n## Timeline\n\n- 14:05 alert fired\n- then: customers told\n\n"
                               "## Action items\n\n- [ ] Add a dashboard\n");
    const QString text = r.describe();
    QVERIFY2(text.startsWith(QStringLiteral("2 timeline entries (1 with a time but no day, 1 untimed; "
                                            "no day stated anywhere, no zone stated: UTC assumed)")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("1 action item")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("0 sections kept verbatim")), qPrintable(text));

    r = read("# Outage\n\nDate: 2024-08-10\n\n## Timeline\n\nAll times PST.\n\n- 14:05 alert fired\n");
    QVERIFY2(r.describe().contains(QStringLiteral("the day from the document's fields, zone PST as written")),
             qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TestPostmortemReading)
#include "TestPostmortemReading.moc"
