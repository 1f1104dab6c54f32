// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartDataLoader.h"
#include "EvidenceChartView.h"
#include "GuiTestStore.h"
#include "MetricSeriesFeeder.h"
#include "SeriesPyramid.h"
#include "SuggestionPanel.h"
#include "TimeAxisSync.h"
#include "TimelinePage.h"

#include <QElapsedTimer>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>
#include <cmath>

using namespace debrief;
using namespace debrief::testing;

namespace {

constexpr qint64 kMillion = 1'000'000;
constexpr double kSpike = 1000.0;

// A noisy baseline around 10 sampled every 10 ms from 19:00, with one sample at kSpike.
QVector<MetricPoint> noisySeries(qint64 count, qint64 spikeIndex)
{
    QVector<MetricPoint> points;
    points.reserve(count);
    const qint64 start = utc(19, 0).value;
    for (qint64 i = 0; i < count; ++i)
        points.append({start + i * 10, i == spikeIndex ? kSpike : 10.0 + std::sin(double(i) * 0.001) * 3.0});
    return points;
}

QVector<EventMarker> timelineMarkers(const EvidenceChartView& view)
{
    QVector<EventMarker> markers;
    for (const EventMarker& marker : view.markers()) {
        if (!marker.suggested)
            markers.append(marker);
    }
    return markers;
}

} // namespace

class TestEvidenceCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void drawsAMillionPointsFromAFewThousand();
    void gapsBreakTheLine();
    void zoomingOneChartMovesTheOther();
    void timelineChartsMarkEveryTimedEvent();
    void selectingAnEventAnnouncesItsTime();
    void acceptingASuggestionEmitsAndRemovesIt();
    void narrowWindowsShowRawSamples();
    void measuresAZoomStepOnTenMillionPoints();

private:
    GuiTestStore m_store;
    MetricSeriesSummary m_series;
    Incident m_incident;
};

void TestEvidenceCharts::initTestCase()
{
    QVERIFY(m_store.isValid());
    m_series = m_store.addSeries(QStringLiteral("latency_ms"), noisySeries(kMillion, 654'321), QStringLiteral("ms"));
    QCOMPARE(m_series.points, kMillion);
    Database db(m_store.path());
    m_incident = *IncidentRepository(db).load(m_store.login());
}

void TestEvidenceCharts::drawsAMillionPointsFromAFewThousand()
{
    ChartDataLoader loader;
    loader.setStorePath(m_store.path());
    EvidenceChartView view;
    view.resize(1000, 400);
    view.show();
    const TimeWindow full {*m_series.firstAt, *m_series.lastAt};
    view.setFullRange(full);
    view.setVisibleRange(full);
    MetricSeriesFeeder feeder(&view, &loader);
    feeder.setSeries({m_series});
    QVERIFY(ChartDataLoader::waitUntilIdle());

    QCOMPARE(feeder.lines().size(), 1);
    const QLineSeries* line = feeder.lines().constFirst();
    QVERIFY2(line->count() <= MetricSeriesFeeder::kMaxPoints, qPrintable(QString::number(line->count())));
    QVERIFY(line->count() > 100);
    double highest = 0;
    for (const QPointF& p : line->points())
        highest = std::max(highest, p.y());
    QCOMPARE(highest, kSpike);
}

void TestEvidenceCharts::gapsBreakTheLine()
{
    GuiTestStore store;
    QVector<MetricPoint> points;
    for (int minute = 0; minute < 60; ++minute)
        points.append({utc(19, minute).value, minute >= 20 && minute < 25 ? qQNaN() : double(minute)});
    const MetricSeriesSummary gappy = store.addSeries(QStringLiteral("queue_depth"), points);
    ChartDataLoader loader;
    loader.setStorePath(store.path());
    EvidenceChartView view;
    view.resize(800, 300);
    view.setFullRange({utc(18, 0), utc(21, 0)});
    view.setVisibleRange({utc(18, 0), utc(21, 0)});
    MetricSeriesFeeder feeder(&view, &loader);
    feeder.setSeries({gappy});
    QVERIFY(ChartDataLoader::waitUntilIdle());

    const QList<QAbstractSeries*> drawn = view.chart()->series();
    QCOMPARE(drawn.size(), 2); // the named line up to the gap and an unnamed segment after it
    const auto* before = qobject_cast<QLineSeries*>(drawn[0]);
    const auto* after = qobject_cast<QLineSeries*>(drawn[1]);
    QVERIFY(before && after);
    QCOMPARE(before->count(), 20);
    QCOMPARE(after->count(), 35);
    QVERIFY(after->name().isEmpty());
    QCOMPARE(after->pen().color(), before->pen().color());
}

void TestEvidenceCharts::zoomingOneChartMovesTheOther()
{
    EvidenceChartView upper;
    EvidenceChartView lower;
    const TimeWindow full {utc(18, 0), utc(22, 0)};
    for (EvidenceChartView* view : {&upper, &lower}) {
        view->resize(800, 300);
        view->setFullRange(full);
        view->setVisibleRange(full);
    }
    TimeAxisSync sync;
    sync.addView(&upper);
    sync.addView(&lower);

    QTest::keyClick(&upper, Qt::Key_Plus);
    QVERIFY(upper.visibleRange().span() < full.span());
    QCOMPARE(lower.visibleRange(), upper.visibleRange());

    QTest::keyClick(&lower, Qt::Key_Left);
    QCOMPARE(upper.visibleRange(), lower.visibleRange());

    QTest::keyClick(&upper, Qt::Key_Home);
    QCOMPARE(lower.visibleRange(), full);
}

void TestEvidenceCharts::timelineChartsMarkEveryTimedEvent()
{
    TimelinePage page;
    page.resize(1200, 800);
    page.setIncident(m_incident, m_store.path());
    // Hidden, the page reads no evidence: that waits until it is shown.
    QVERIFY(!page.evidenceRequested());
    QCOMPARE(page.metricFeeder()->lines().size(), 0);
    page.show();
    QVERIFY(page.evidenceRequested());
    QVERIFY(ChartDataLoader::waitUntilIdle());

    int timed = 0;
    for (const TimelineEvent& event : m_incident.timeline)
        timed += event.at ? 1 : 0;
    QCOMPARE(timed, 4);
    QCOMPARE(timelineMarkers(*page.metricChart()).size(), timed);
    QCOMPARE(timelineMarkers(*page.logRateChart()).size(), timed);
    // The only series is charted by default, and both charts show the same range.
    QCOMPARE(page.metricFeeder()->lines().size(), 1);
    QCOMPARE(page.logRateChart()->visibleRange(), page.metricChart()->visibleRange());
}

void TestEvidenceCharts::selectingAnEventAnnouncesItsTime()
{
    TimelinePage page;
    page.setIncident(m_incident, m_store.path());
    QSignalSpy spy(&page, &TimelinePage::timeSelected);
    page.view()->selectRow(3); // 20:30, identified the pool misconfiguration
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.constFirst().constFirst().value<UtcMillis>(), utc(20, 30));
    QCOMPARE(page.metricChart()->highlight(), std::optional<UtcMillis>(utc(20, 30)));
    QVERIFY(ChartDataLoader::waitUntilIdle());
}

void TestEvidenceCharts::acceptingASuggestionEmitsAndRemovesIt()
{
    TimelinePage page;
    SuggestedEvent first;
    first.at = utc(19, 2);
    first.text = QStringLiteral("latency_ms rose 40x");
    first.kind = TimelineKind::Detection;
    SuggestedEvent second = first;
    second.at = utc(20, 50);
    second.text = QStringLiteral("latency_ms fell back");
    second.kind = TimelineKind::Resolution;
    page.suggestionPanel()->setSuggestions({first, second});

    QSignalSpy accepted(&page, &TimelinePage::suggestionAccepted);
    QSignalSpy rejected(&page, &TimelinePage::suggestionRejected);
    QListWidget* list = page.suggestionPanel()->list();
    list->setCurrentRow(0);
    QTest::mouseClick(page.suggestionPanel()->acceptButton(), Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(accepted.constFirst().constFirst().value<SuggestedEvent>().text, first.text);
    QCOMPARE(list->count(), 1);
    QCOMPARE(page.suggestionPanel()->suggestions().constFirst().text, second.text);

    list->setCurrentRow(0);
    QTest::mouseClick(page.suggestionPanel()->rejectButton(), Qt::LeftButton);
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(list->count(), 0);
    QVERIFY(!page.suggestionPanel()->acceptButton()->isEnabled());
}

void TestEvidenceCharts::narrowWindowsShowRawSamples()
{
    const QVector<MetricPoint> points = noisySeries(kMillion, 500'000);
    const SeriesPyramid pyramid(points);
    QVERIFY(pyramid.hasOverview());
    // 1,000 samples of 10 ms around the spike: every one is drawn, plus one beyond each edge.
    const qint64 spikeAt = points[500'000].at;
    const QVector<MetricPoint> drawn = pyramid.window({UtcMillis {spikeAt - 5000}, UtcMillis {spikeAt + 4990}}, 2000);
    QCOMPARE(drawn.size(), 1002);
    QCOMPARE(drawn.constFirst(), points[499'499]);
    QVERIFY(drawn.contains(points[500'000]));
}

void TestEvidenceCharts::measuresAZoomStepOnTenMillionPoints()
{
    // Prints, never asserts, the cost of one zoom step on a 10-million-point series as the
    // worker pays it (binary search and LTTB over the cached series) and as the window pays it
    // (axis, ticks and a repaint of the loaded line). Timings belong to the benchmark script.
    const QVector<MetricPoint> points = noisySeries(10 * kMillion, 5 * kMillion);
    QElapsedTimer built;
    built.start();
    const SeriesPyramid pyramid(points);
    const qint64 buildMs = built.elapsed();
    EvidenceChartView view;
    view.resize(1200, 400);
    view.show();
    const TimeWindow full {UtcMillis {points.constFirst().at}, UtcMillis {points.constLast().at}};
    view.setFullRange(full);
    view.setVisibleRange(full);
    auto* line = new QLineSeries;
    view.addSeries(line);

    QElapsedTimer timer;
    qint64 worstDownsample = 0;
    qint64 worstRedraw = 0;
    for (int step = 0; step < 8; ++step) {
        view.zoomBy(step == 0 ? 1.0001 : 1.5625);
        timer.start();
        const TimeWindow loaded = view.visibleRange().padded(0.5);
        const QVector<MetricPoint> drawn = pyramid.window(loaded, MetricSeriesFeeder::kMaxPoints);
        worstDownsample = std::max(worstDownsample, timer.nsecsElapsed() / 1000);
        timer.start();
        QList<QPointF> xy;
        for (const MetricPoint& p : drawn)
            xy.append(QPointF(double(p.at), p.value));
        line->replace(xy);
        view.grab();
        worstRedraw = std::max(worstRedraw, timer.nsecsElapsed() / 1000);
        QVERIFY(drawn.size() <= MetricSeriesFeeder::kMaxPoints);
        if (step == 0)
            QVERIFY(std::any_of(drawn.cbegin(), drawn.cend(), [](const MetricPoint& p) { return p.value == kSpike; }));
    }
    qInfo("zoom step on 10M points: downsampling on the worker %lld us (worst of 8), redraw %lld us (worst of 8);"
          " overview built once in %lld ms",
          worstDownsample, worstRedraw, buildMs);
}

QTEST_MAIN(TestEvidenceCharts)
#include "TestEvidenceCharts.moc"
