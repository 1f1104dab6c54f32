// SPDX-License-Identifier: GPL-3.0-or-later
// LogsPage over the demo logs imported into a test store: rows and the status line, the search
// box with its pause and its error line, filters, showTime() and Ctrl+F.
#include "GuiTestStore.h"
#include "IncidentView.h"
#include "LogFilterBar.h"
#include "LogImport.h"
#include "LogTableModel.h"
#include "LogTableView.h"
#include "LogsPage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace debrief;
using namespace debrief::testing;

namespace {
const QString kDemo = QStringLiteral(DEBRIEF_TEST_DATA "/../../resources/demo/");
}

class TestLogsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsRowsAndCount();
    void searchAppliesAfterPauseAndHighlights();
    void badSearchShowsErrorUnderTheBox();
    void showTimeSelectsTheRow();
    void ctrlFFocusesSearch();
    void tableHoldsOneScreenful();
    void incidentViewHasLogsPage();

private:
    void openPage(LogsPage& page);

    GuiTestStore m_store;
    qint64 m_entries = 0;
};

void TestLogsPage::initTestCase()
{
    QVERIFY(m_store.isValid());
    Database db(m_store.path());
    for (const QString& file : {QStringLiteral("auth-service.jsonl"), QStringLiteral("nginx-access.log")}) {
        const LogImportResult result = LogImport::run(db, m_store.login(), kDemo + file);
        QVERIFY2(result.ok, qPrintable(result.message()));
        m_entries += result.entries;
    }
    QVERIFY(m_entries > 0);
}

void TestLogsPage::openPage(LogsPage& page)
{
    page.resize(1200, 700);
    page.show();
    page.setStore(m_store.path(), m_store.login());
    QTRY_VERIFY(!page.isLoading());
    QTRY_VERIFY(!page.model()->isCounting());
}

void TestLogsPage::showsRowsAndCount()
{
    LogsPage page;
    openPage(page);
    QCOMPARE(page.model()->rowCount(), int(m_entries));
    QCOMPARE(page.statusText(), QStringLiteral("%1 entries").arg(QLocale().toString(m_entries)));
    QTRY_VERIFY(page.model()->data(page.model()->index(0, LogTableModel::MessageColumn)).toString() != tr("Loading…"));
    QVERIFY(page.errorText().isEmpty());
    // Hosts and services seen fill the filter boxes.
    QVERIFY(page.filterBar()->findChild<QComboBox*>()->count() > 0);
}

void TestLogsPage::searchAppliesAfterPauseAndHighlights()
{
    LogsPage page;
    openPage(page);
    page.filterBar()->searchBox()->setText(QStringLiteral("pool"));
    // Typing does not search at once: the model still shows every entry.
    QCOMPARE(page.model()->query().text, QString());
    QTRY_COMPARE(page.model()->query().text, QStringLiteral("pool"));
    QTRY_VERIFY(!page.model()->isCounting());
    QVERIFY(page.model()->rowCount() > 0);
    QVERIFY(page.model()->rowCount() < m_entries);
    QVERIFY(page.statusText().endsWith(QStringLiteral("matches")));
    const QModelIndex first = page.model()->index(0, LogTableModel::MessageColumn);
    QTRY_VERIFY(page.model()->data(first, LogTableModel::LoadedRole).toBool());
    const auto marks = page.model()->data(first, LogTableModel::HighlightsRole).value<QVector<std::pair<int, int>>>();
    QVERIFY(!marks.isEmpty());
    QCOMPARE(page.model()->data(first).toString().mid(marks[0].first, marks[0].second).toLower(),
             QStringLiteral("pool"));
    // For reviewing the look: DEBRIEF_TEST_SCREENSHOTS=DIR keeps an image of the page.
    if (const QString dir = qEnvironmentVariable("DEBRIEF_TEST_SCREENSHOTS"); !dir.isEmpty()) {
        QTest::qWait(100);
        page.grab().save(dir + QStringLiteral("/logs-search.png"));
        page.filterBar()->searchBox()->clear();
        page.filterBar()->findChild<QComboBox*>()->setCurrentIndex(4); // warning and above
        QTRY_VERIFY(!page.model()->isCounting());
        QTest::qWait(100);
        page.grab().save(dir + QStringLiteral("/logs-levels.png"));
    }
}

void TestLogsPage::badSearchShowsErrorUnderTheBox()
{
    LogsPage page;
    openPage(page);
    page.filterBar()->searchBox()->setText(QStringLiteral("\"unclosed"));
    QTest::keyClick(page.filterBar()->searchBox(), Qt::Key_Return);
    QTRY_VERIFY(!page.errorText().isEmpty());
    const QLabel* error = page.findChild<QLabel*>();
    QVERIFY(error);
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(page.statusText(), QStringLiteral("The search could not run"));
}

void TestLogsPage::showTimeSelectsTheRow()
{
    LogsPage page;
    openPage(page);
    const int target = page.model()->rowCount() / 2;
    const QModelIndex index = page.model()->index(target, LogTableModel::TimeColumn);
    QTRY_VERIFY(page.model()->data(index, LogTableModel::LoadedRole).toBool());
    const qint64 at = page.model()->data(index, LogTableModel::TimeRole).toLongLong();
    page.showTime(UtcMillis {at});
    QTRY_VERIFY(page.currentRow() >= 0);
    // The first entry at that moment: the target or an earlier one with the same time.
    const int row = page.currentRow();
    QVERIFY(page.view()->currentIndex().isValid());
    QCOMPARE(page.view()->currentIndex().data(LogTableModel::TimeRole).toLongLong(), at);
    QVERIFY(row <= target);
    QCOMPARE(page.model()->data(page.model()->index(row, 0), LogTableModel::TimeRole).toLongLong(), at);
}

void TestLogsPage::ctrlFFocusesSearch()
{
    LogsPage page;
    openPage(page);
    page.activateWindow();
    page.view()->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QTest::keyClick(page.view(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(page.filterBar()->searchBox()->hasFocus());
}

void TestLogsPage::tableHoldsOneScreenful()
{
    LogsPage page;
    openPage(page);
    const int rows = page.model()->rowCount();
    // The item view sees a screenful, whatever the count: its per-row memory stays constant.
    QVERIFY(page.view()->model()->rowCount() > 5);
    QVERIFY(page.view()->model()->rowCount() < 60);
    QScrollBar* bar = page.tableView()->scrollBar();
    QCOMPARE(bar->maximum(), rows - (page.view()->model()->rowCount() - 1));
    bar->setValue(bar->maximum());
    QCOMPARE(page.tableView()->firstVisibleRow(), bar->maximum());
    const QModelIndex last = page.view()->model()->index(page.view()->model()->rowCount() - 1, 0);
    QTRY_VERIFY(last.data(LogTableModel::LoadedRole).toBool());
    const QModelIndex sourceLast = page.model()->index(rows - 1, 0);
    QTRY_VERIFY(sourceLast.data(LogTableModel::LoadedRole).toBool());
    QCOMPARE(last.data(LogTableModel::TimeRole), sourceLast.data(LogTableModel::TimeRole));
    // Keys move the current row through the whole result.
    page.view()->setFocus();
    QTest::keyClick(page.view(), Qt::Key_Home);
    QCOMPARE(page.currentRow(), 0);
    QCOMPARE(bar->value(), 0);
    QTest::keyClick(page.view(), Qt::Key_PageDown);
    QVERIFY(page.currentRow() > 5);
    QTest::keyClick(page.view(), Qt::Key_End);
    QCOMPARE(page.currentRow(), rows - 1);
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(page.view()->currentIndex().isValid());
}

void TestLogsPage::incidentViewHasLogsPage()
{
    IncidentView view;
    Incident incident = loginOutage();
    incident.id = m_store.login();
    view.setIncident(incident, guiTestToday(), m_store.path());
    QVERIFY(view.logsPage());
    QCOMPARE(view.logsPage()->incident(), m_store.login());
    QTRY_VERIFY(!view.logsPage()->isLoading());
    QTRY_COMPARE(view.logsPage()->model()->rowCount(), int(m_entries));
}

QTEST_MAIN(TestLogsPage)
#include "TestLogsPage.moc"
