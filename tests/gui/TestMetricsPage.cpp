// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartDataLoader.h"
#include "EvidenceChartView.h"
#include "GuiTestStore.h"
#include "MetricRepository.h"
#include "MetricSeriesFeeder.h"
#include "MetricSeriesListModel.h"
#include "MetricsPage.h"
#include "Transaction.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QLineSeries>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

using namespace debrief;
using namespace debrief::testing;

class TestMetricsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsEverySeries();
    void filterNarrowsTheList();
    void selectingTwoSeriesOverlaysTwoLines();

private:
    void addSeries(MetricRepository& repository, const QString& name, const QString& labels, double level);
    void loadPage(MetricsPage& page);

    GuiTestStore m_store;
    Incident m_incident;
};

void TestMetricsPage::addSeries(MetricRepository& repository, const QString& name, const QString& labels, double level)
{
    const qint64 id = repository.insertSeries(m_store.login(), 0, name, labels, {}).id;
    QVector<MetricPoint> points;
    for (int minute = 0; minute < 180; ++minute)
        points.append({utc(18, 30).value + minute * 60'000, level + (minute > 30 && minute < 150 ? level : 0)});
    repository.insertPoints(id, points);
}

void TestMetricsPage::initTestCase()
{
    QVERIFY(m_store.isValid());
    Database db(m_store.path());
    MetricRepository repository(db);
    Transaction transaction(db);
    addSeries(repository, QStringLiteral("db_pool_active"), QStringLiteral("pool=auth"), 20);
    addSeries(repository, QStringLiteral("http_errors_total"), QStringLiteral("service=auth"), 3);
    addSeries(repository, QStringLiteral("cpu_usage"), QStringLiteral("host=web-1"), 40);
    transaction.commit();
    m_incident = *IncidentRepository(db).load(m_store.login());
}

void TestMetricsPage::loadPage(MetricsPage& page)
{
    page.resize(1200, 700);
    page.show();
    page.setIncident(m_incident, m_store.path());
    QVERIFY(ChartDataLoader::waitUntilIdle());
}

void TestMetricsPage::listsEverySeries()
{
    MetricsPage page;
    QAbstractItemModelTester tester(page.seriesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    loadPage(page);
    QCOMPARE(page.seriesModel()->rowCount(), 3);
    // The first series is charted at once.
    QCOMPARE(page.feeder()->lines().size(), 1);
    QVERIFY(page.feeder()->lines().constFirst()->count() > 0);
}

void TestMetricsPage::filterNarrowsTheList()
{
    MetricsPage page;
    loadPage(page);
    QCOMPARE(page.filteredModel()->rowCount(), 3);
    QTest::keyClicks(page.filterEdit(), QStringLiteral("AUTH"));
    QCOMPARE(page.filteredModel()->rowCount(), 2);
    page.filterEdit()->setText(QStringLiteral("pool"));
    QCOMPARE(page.filteredModel()->rowCount(), 1);
    QCOMPARE(page.filteredModel()->index(0, MetricSeriesListModel::NameColumn).data().toString(),
             QStringLiteral("db_pool_active"));
}

void TestMetricsPage::selectingTwoSeriesOverlaysTwoLines()
{
    MetricsPage page;
    loadPage(page);
    QTableView* view = page.seriesView();
    view->selectionModel()->select(QItemSelection(view->model()->index(0, 0), view->model()->index(1, 0)),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(ChartDataLoader::waitUntilIdle());
    const QList<QAbstractSeries*> series = page.chartView()->chart()->series();
    QCOMPARE(series.size(), 2);
    for (QAbstractSeries* s : series) {
        const auto* line = qobject_cast<QLineSeries*>(s);
        QVERIFY(line);
        QCOMPARE(line->count(), 180);
    }
}

QTEST_MAIN(TestMetricsPage)
#include "TestMetricsPage.moc"
