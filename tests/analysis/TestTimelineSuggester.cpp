// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineSuggester.h"

#include <QTest>
#include <random>

using namespace debrief;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 k1800 = 1723312800000; // 2024-08-10T18:00:00Z
constexpr qint64 kStep = 15 * kSecond;
constexpr qint64 kEnd = k1800 + 4 * 60 * kMinute; // 22:00

qint64 at(int hour, int minute)
{
    return k1800 + (hour - 18) * 60 * kMinute + minute * kMinute;
}

struct Step
{
    qint64 from;
    double level;
};

// A series every 15 s from 18:00 to 22:00 that holds each step's level from its time on, with
// seeded noise of +-5%, as a scraped gauge or rate looks.
EvidenceSeries stepped(const QString& name, bool errorSignal, const QVector<Step>& steps, unsigned seed)
{
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> noise(-0.05, 0.05);
    EvidenceSeries s;
    s.name = name;
    s.displayName = name;
    s.seriesId = seed;
    s.errorSignal = errorSignal;
    for (qint64 t = k1800; t <= kEnd; t += kStep) {
        double level = steps.constFirst().level;
        for (const Step& step : steps) {
            if (t >= step.from)
                level = step.level;
        }
        s.points.append({t, level * (1.0 + noise(random))});
    }
    return s;
}

// The demo incident's shape: failed logins rise 8x at 19:00, fall half-way at 20:45 (the fix) and
// back at 21:00 (lockouts expire); traffic surges at 18:55 and ends at 21:30.
QVector<EvidenceSeries> outage()
{
    return {
        stepped(QStringLiteral("failed_logins"), true,
                {{k1800, 3.0}, {at(19, 0), 25.0}, {at(20, 45), 12.0}, {at(21, 0), 3.0}}, 1),
        stepped(QStringLiteral("requests"), false, {{k1800, 120.0}, {at(18, 55), 600.0}, {at(21, 30), 150.0}}, 2),
    };
}

QStringList kinds(const QVector<SuggestedEvent>& events)
{
    QStringList names;
    for (const SuggestedEvent& e : events)
        names << timelineKindName(e.kind);
    return names;
}

} // namespace

class TestTimelineSuggester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outagePhases();
    void seriesMovingTogetherAreOneEvent();
    void fullRecoveryIsResolution();
    void zeroBaselineRecovers();
    void noiseSuggestsNothing();
    void contextSeriesAloneAreNotes();
    void phasesKeptBeforeNotes();
    void evidenceShowsTheChange();
};

void TestTimelineSuggester::outagePhases()
{
    const QVector<EvidenceSeries> series = outage();
    const QVector<SuggestedEvent> events = TimelineSuggester().suggest(series);
    QCOMPARE(kinds(events),
             (QStringList {QStringLiteral("note"), QStringLiteral("detection"), QStringLiteral("mitigation"),
                           QStringLiteral("resolution"), QStringLiteral("note")}));
    QCOMPARE(events[0].at.value, at(18, 55));
    QCOMPARE(events[1].at.value, at(19, 0));
    QCOMPARE(events[2].at.value, at(20, 45));
    QCOMPARE(events[3].at.value, at(21, 0));
    QCOMPARE(events[4].at.value, at(21, 30));
    QVERIFY2(events[1].text.startsWith(QStringLiteral("failed_logins rose 8")), qPrintable(events[1].text));
    QVERIFY2(events[1].text.endsWith(QStringLiteral("at 19:00:00")), qPrintable(events[1].text));
    QVERIFY2(events[0].text.startsWith(QStringLiteral("requests rose 5")), qPrintable(events[0].text));
}

void TestTimelineSuggester::seriesMovingTogetherAreOneEvent()
{
    QVector<EvidenceSeries> series = outage();
    // The waiting queue fills a minute after the failures start: the same moment of the outage.
    series << stepped(QStringLiteral("pool_waiting"), true, {{k1800, 1.0}, {at(19, 1), 40.0}, {at(20, 45), 1.0}}, 3);
    const QVector<SuggestedEvent> events = TimelineSuggester().suggest(series);
    const auto detection = std::find_if(events.begin(), events.end(),
                                        [](const SuggestedEvent& e) { return e.kind == TimelineKind::Detection; });
    QVERIFY(detection != events.end());
    QCOMPARE(detection->at.value, at(19, 0));
    QCOMPARE(detection->evidence.size(), 2);
    QVERIFY2(detection->text.endsWith(QStringLiteral("(and 1 more series)")), qPrintable(detection->text));
    // Strongest first: the queue rose 40x, the failures 8x.
    QCOMPARE(detection->evidence[0].series, QStringLiteral("pool_waiting"));
    QCOMPARE(detection->evidence[1].series, QStringLiteral("failed_logins"));
}

void TestTimelineSuggester::fullRecoveryIsResolution()
{
    const QVector<EvidenceSeries> series {
        stepped(QStringLiteral("http_5xx"), true, {{k1800, 2.0}, {at(19, 0), 50.0}, {at(20, 0), 2.0}}, 4)};
    const QVector<SuggestedEvent> events = TimelineSuggester().suggest(series);
    QCOMPARE(kinds(events), (QStringList {QStringLiteral("detection"), QStringLiteral("resolution")}));
    QCOMPARE(events[1].at.value, at(20, 0));
}

void TestTimelineSuggester::zeroBaselineRecovers()
{
    // A queue that is empty in normal times: its "before" is 0, so no ratio of it can say
    // "back"; the way down from the peak does.
    EvidenceSeries waiting = stepped(QStringLiteral("pool_waiting"), true, {{k1800, 0.0}}, 5);
    for (MetricPoint& p : waiting.points)
        p.value = (p.at >= at(19, 0) && p.at < at(20, 45)) ? 40.0 + double(p.at % 7) : 0.0;
    const QVector<SuggestedEvent> events = TimelineSuggester().suggest(std::span(&waiting, 1));
    QCOMPARE(kinds(events), (QStringList {QStringLiteral("detection"), QStringLiteral("resolution")}));
    QVERIFY2(events[0].text.contains(QStringLiteral("rose from 0")), qPrintable(events[0].text));
}

void TestTimelineSuggester::noiseSuggestsNothing()
{
    const QVector<EvidenceSeries> series {stepped(QStringLiteral("failed_logins"), true, {{k1800, 3.0}}, 6),
                                          stepped(QStringLiteral("requests"), false, {{k1800, 120.0}}, 7)};
    QVERIFY(TimelineSuggester().suggest(series).isEmpty());
}

void TestTimelineSuggester::contextSeriesAloneAreNotes()
{
    // A pool limit cut at a deploy and traffic rising: worth a line, not a detection.
    const QVector<EvidenceSeries> series {
        stepped(QStringLiteral("pool_max_connections"), false, {{k1800, 50.0}, {at(18, 47), 5.0}}, 8),
        stepped(QStringLiteral("requests"), false, {{k1800, 120.0}, {at(18, 55), 600.0}}, 9)};
    const QVector<SuggestedEvent> events = TimelineSuggester().suggest(series);
    QCOMPARE(kinds(events), (QStringList {QStringLiteral("note"), QStringLiteral("note")}));
    QVERIFY2(events[0].text.startsWith(QStringLiteral("pool_max_connections fell to 1/10")),
             qPrintable(events[0].text));
}

void TestTimelineSuggester::phasesKeptBeforeNotes()
{
    TimelineSuggester::Options options;
    options.maxSuggestions = 3;
    QVector<EvidenceSeries> series = outage();
    // Much stronger context changes than the failures: still only notes.
    series << stepped(QStringLiteral("cache_size"), false, {{k1800, 10.0}, {at(18, 20), 1000.0}}, 10);
    const QVector<SuggestedEvent> events = TimelineSuggester(options).suggest(series);
    QCOMPARE(kinds(events),
             (QStringList {QStringLiteral("detection"), QStringLiteral("mitigation"), QStringLiteral("resolution")}));
}

void TestTimelineSuggester::evidenceShowsTheChange()
{
    const QVector<EvidenceSeries> series = outage();
    const TimelineSuggester::Options options;
    const QVector<SuggestedEvent> events = TimelineSuggester(options).suggest(series);
    QVERIFY(events.size() > 1);
    const SuggestionEvidence& e = events[1].evidence.constFirst();
    QCOMPARE(e.series, QStringLiteral("failed_logins"));
    QCOMPARE(e.seriesId, qint64(1));
    QVERIFY2(e.before > 2.7 && e.before < 3.3, qPrintable(QString::number(e.before)));
    QVERIFY2(e.after > 22.5 && e.after < 27.5, qPrintable(QString::number(e.after)));
    // Every point within the context either side, the change's own point among them.
    QCOMPARE(e.points.size(), int(2 * options.contextMs / kStep + 1));
    QCOMPARE(e.points.constFirst().at, at(19, 0) - options.contextMs);
    QCOMPARE(e.points.constLast().at, at(19, 0) + options.contextMs);
}

QTEST_GUILESS_MAIN(TestTimelineSuggester)
#include "TestTimelineSuggester.moc"
