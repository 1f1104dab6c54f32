// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestStore.h"
#include "IncidentDashboard.h"
#include "IncidentListModel.h"
#include "ResolveTimeChart.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

using namespace debrief;
using namespace debrief::testing;

// The dashboard's time-to-resolve chart: one bar per incident with a duration, in start order,
// the current incident highlighted, following the list model; and the dashboard wiring it to the
// list.
class TestResolveTimeChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneBarPerIncidentWithADuration();
    void barsAreInStartOrder();
    void highlightsTheSelectedIncident();
    void followsTheModel();
    void dashboardFollowsTheListAndTheBars();

private:
    static IncidentSummary summary(qint64 id, int day, std::optional<int> minutes);
};

IncidentSummary TestResolveTimeChart::summary(qint64 id, int day, std::optional<int> minutes)
{
    IncidentSummary incident;
    incident.id = IncidentId {id};
    incident.title = QStringLiteral("Incident %1").arg(id);
    incident.date = QDate(2024, 8, day);
    if (minutes) {
        incident.startedAt = UtcMillis::fromDateTime(QDateTime(QDate(2024, 8, day), QTime(10, 0), QTimeZone::utc()));
        incident.endedAt = UtcMillis {incident.startedAt->value + qint64(*minutes) * 60'000};
    }
    return incident;
}

void TestResolveTimeChart::oneBarPerIncidentWithADuration()
{
    GuiTestStore store;
    Database db(store.path());
    IncidentListModel model;
    model.setIncidents(IncidentRepository(db).list(guiTestToday()));
    QCOMPARE(model.rowCount(), 2);
    ResolveTimeChart chart;
    chart.setModel(&model);
    // Checkout latency states no start or end: it has no time to resolve to draw.
    QCOMPARE(chart.barCount(), 1);
    QCOMPARE(chart.incidentAtBar(0), store.login());
    QCOMPARE(chart.minutesAtBar(0), 120.0);
    QCOMPARE(chart.categories(), QStringList {QStringLiteral("2024-08-10")});
    QVERIFY(!chart.accessibleName().isEmpty());
    QVERIFY(chart.accessibleDescription().contains(QStringLiteral("120")));
}

void TestResolveTimeChart::barsAreInStartOrder()
{
    IncidentListModel model;
    model.setIncidents({summary(1, 20, 45), summary(2, 3, 200), summary(3, 12, std::nullopt), summary(4, 20, 30)});
    ResolveTimeChart chart;
    chart.setModel(&model);
    QCOMPARE(chart.barCount(), 3);
    QCOMPARE(chart.incidentAtBar(0), IncidentId {2});
    QCOMPARE(chart.minutesAtBar(0), 200.0);
    QCOMPARE(chart.minutesAtBar(1), 45.0);
    QCOMPARE(chart.minutesAtBar(2), 30.0);
    // Two incidents on one day still get a category each.
    const QStringList categories = chart.categories();
    QCOMPARE(categories.size(), 3);
    QCOMPARE(QSet<QString>(categories.begin(), categories.end()).size(), 3);
}

void TestResolveTimeChart::highlightsTheSelectedIncident()
{
    IncidentListModel model;
    model.setIncidents({summary(1, 1, 60), summary(2, 2, 90), summary(3, 3, std::nullopt)});
    ResolveTimeChart chart;
    chart.setModel(&model);
    QCOMPARE(chart.selectedBar(), -1);
    chart.setSelectedIncident(IncidentId {2});
    QCOMPARE(chart.selectedBar(), 1);
    chart.setSelectedIncident(IncidentId {3}); // listed, but no duration: nothing to highlight
    QCOMPARE(chart.selectedBar(), -1);
}

void TestResolveTimeChart::followsTheModel()
{
    IncidentListModel model;
    model.setIncidents({summary(1, 1, 60), summary(2, 2, 90)});
    ResolveTimeChart chart;
    chart.setModel(&model);
    chart.setSelectedIncident(IncidentId {2});
    model.setIncidents({summary(2, 2, 90)});
    QCOMPARE(chart.barCount(), 1);
    QCOMPARE(chart.selectedBar(), 0);
    model.setIncidents({});
    QCOMPARE(chart.barCount(), 0);
    QCOMPARE(chart.categories(), QStringList {});
}

void TestResolveTimeChart::dashboardFollowsTheListAndTheBars()
{
    IncidentListModel model;
    model.setIncidents({summary(1, 1, 60), summary(2, 2, 90), summary(3, 3, std::nullopt)});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(IncidentListModel::SortRole);
    proxy.sort(IncidentListModel::DateColumn, Qt::DescendingOrder);
    auto* list = new QTableView;
    list->setModel(&proxy);
    list->horizontalHeader()->hideSection(IncidentListModel::DurationColumn);
    IncidentDashboard dashboard(list, &model);
    QCOMPARE(dashboard.list(), list);
    QVERIFY(!list->horizontalHeader()->isSectionHidden(IncidentListModel::DurationColumn));

    list->setCurrentIndex(proxy.index(1, 0)); // incident 2, the second newest
    QCOMPARE(dashboard.chart()->selectedBar(), 1);

    Q_EMIT dashboard.chart()->incidentClicked(IncidentId {1});
    QCOMPARE(list->currentIndex().data(IncidentListModel::IncidentIdRole).toLongLong(), 1);
    QCOMPARE(dashboard.chart()->selectedBar(), 0);
    QVERIFY(!dashboard.selectIncident(IncidentId {42}));
}

QTEST_MAIN(TestResolveTimeChart)
#include "TestResolveTimeChart.moc"
