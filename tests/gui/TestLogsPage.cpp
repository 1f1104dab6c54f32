// SPDX-License-Identifier: GPL-3.0-or-later
// LogsPage over the demo logs imported into a test store: rows and the status line, the search
// box with its pause and its error line, filters (the host, service and file boxes filled from the
// store), showTime() and Ctrl+F, the lazy start on first show, choosing several rows and copying.
#include "GuiTestStore.h"
#include "IncidentView.h"
#include "LogFilterBar.h"
#include "LogImport.h"
#include "LogTableModel.h"
#include "LogTableView.h"
#include "LogsPage.h"
#include "MainWindow.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

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
    void pastedTextFindsItsHost();
    void regexSwitchSearchesByPattern();
    void showTimeSelectsTheRow();
    void ctrlFFocusesSearch();
    void tableHoldsOneScreenful();
    void incidentViewHasLogsPage();
    void startsOnFirstShowKeepingTheJump();
    void filterBoxesOfferTheIncidentsValues();
    void copiesTheChosenRows();
    void copyIsCappedAndSaysSo();

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

void TestLogsPage::pastedTextFindsItsHost()
{
    LogsPage page;
    openPage(page);
    // auth-1 is in no message of the demo logs: it is the host of half the JSON entries.
    page.filterBar()->searchBox()->setText(QStringLiteral("auth-1"));
    QTest::keyClick(page.filterBar()->searchBox(), Qt::Key_Return);
    QTRY_VERIFY(!page.model()->isCounting());
    QVERIFY(page.errorText().isEmpty());
    QVERIFY(page.model()->rowCount() > 0);
    QVERIFY(page.model()->rowCount() < m_entries);
    const QModelIndex host = page.model()->index(0, LogTableModel::HostColumn);
    QTRY_VERIFY(page.model()->data(host, LogTableModel::LoadedRole).toBool());
    QCOMPARE(page.model()->data(host).toString(), QStringLiteral("auth-1"));
}

void TestLogsPage::regexSwitchSearchesByPattern()
{
    LogsPage page;
    openPage(page);
    LogFilterBar* filters = page.filterBar();
    QVERIFY(filters->textSwitch()->isChecked());
    QVERIFY(!page.stopButton()->isVisible());
    filters->searchBox()->setText(QStringLiteral("^login (failed|succeeded)"));
    QTest::keyClick(filters->searchBox(), Qt::Key_Return);
    QTRY_VERIFY(!page.model()->isCounting());
    // As text, the pattern's punctuation is in no message.
    QCOMPARE(page.model()->rowCount(), 0);
    filters->regexSwitch()->click();
    QVERIFY(filters->regexSwitch()->isChecked());
    QVERIFY(!filters->textSwitch()->isChecked());
    QTRY_VERIFY(page.model()->query().regex);
    QTRY_VERIFY(!page.model()->isCounting());
    QVERIFY(page.errorText().isEmpty());
    QVERIFY(page.model()->rowCount() > 0);
    QVERIFY2(page.statusText().endsWith(QStringLiteral("matches")), qPrintable(page.statusText()));
    QVERIFY(!page.stopButton()->isVisible());
    const QModelIndex first = page.model()->index(0, LogTableModel::MessageColumn);
    QTRY_VERIFY(page.model()->data(first, LogTableModel::LoadedRole).toBool());
    QVERIFY(page.model()->data(first).toString().startsWith(QStringLiteral("login ")));
    // A bad pattern says where it is wrong, under the box.
    filters->searchBox()->setText(QStringLiteral("login (failed"));
    QTest::keyClick(filters->searchBox(), Qt::Key_Return);
    QTRY_VERIFY(!page.errorText().isEmpty());
    QVERIFY2(page.errorText().contains(QStringLiteral("at column 14")), qPrintable(page.errorText()));
    // Back to text: the same words are found as text again.
    filters->searchBox()->setText(QStringLiteral("login failed"));
    filters->textSwitch()->click();
    QTRY_VERIFY(!page.model()->query().regex);
    QTRY_VERIFY(!page.model()->isCounting());
    QVERIFY(page.errorText().isEmpty());
    QVERIFY(page.model()->rowCount() > 0);
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

// Edit › Find (Ctrl+F) from anywhere in the window: the Logs page, its search box focused.
void TestLogsPage::ctrlFFocusesSearch()
{
    MainWindow window;
    QVERIFY(window.openStore(m_store.path()));
    QVERIFY(window.selectIncident(m_store.login()));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.incidentView()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(window.incidentView()->currentPage(), IncidentPage::Logs);
    QTRY_VERIFY(window.incidentView()->logsPage()->filterBar()->searchBox()->hasFocus());
    // Again from the Logs page itself: one Find, not two that cancel each other.
    window.incidentView()->logsPage()->view()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(window.incidentView()->logsPage()->filterBar()->searchBox()->hasFocus());
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
    // Hidden: nothing is read.
    QVERIFY(!view.logsPage()->hasStarted());
    QCOMPARE(view.logsPage()->model()->rowCount(), 0);
    view.showPage(IncidentPage::Logs);
    view.resize(1200, 800);
    view.show();
    QVERIFY(view.logsPage()->hasStarted());
    QTRY_VERIFY(!view.logsPage()->isLoading());
    QTRY_COMPARE(view.logsPage()->model()->rowCount(), int(m_entries));
}

void TestLogsPage::startsOnFirstShowKeepingTheJump()
{
    LogsPage page;
    page.resize(1200, 700);
    page.setStore(m_store.path(), m_store.login());
    // The timeline asks for a moment while the tab is hidden.
    const UtcMillis at = utc(20, 30);
    page.showTime(at);
    QVERIFY(!page.hasStarted());
    QVERIFY(!page.isLoading());
    QCOMPARE(page.model()->rowCount(), 0);
    QCOMPARE(page.model()->storePath(), QString());
    page.show();
    QVERIFY(page.hasStarted());
    QCOMPARE(page.model()->storePath(), m_store.path());
    QTRY_VERIFY_WITH_TIMEOUT(page.currentRow() > 0, 10000);
    const QModelIndex current = page.model()->index(page.currentRow(), LogTableModel::TimeColumn);
    QTRY_VERIFY(page.model()->data(current, LogTableModel::LoadedRole).toBool());
    QVERIFY(page.model()->data(current, LogTableModel::TimeRole).toLongLong() >= at.value);
    const QModelIndex before = page.model()->index(page.currentRow() - 1, LogTableModel::TimeColumn);
    QTRY_VERIFY(page.model()->data(before, LogTableModel::LoadedRole).toBool());
    QVERIFY(page.model()->data(before, LogTableModel::TimeRole).toLongLong() < at.value);
}

void TestLogsPage::filterBoxesOfferTheIncidentsValues()
{
    LogsPage page;
    QSignalSpy facets(page.model(), &LogTableModel::facetsChanged);
    openPage(page);
    QTRY_COMPARE(facets.count(), 1);
    LogFilterBar* bar = page.filterBar();
    const LogFacets& known = page.model()->facets();
    QVERIFY(!known.hosts.isEmpty());
    QVERIFY(!known.services.isEmpty());
    // The empty first item is "any".
    QCOMPARE(bar->hostBox()->count(), known.hosts.size() + 1);
    QCOMPARE(bar->hostBox()->itemText(1), known.hosts.first());
    QCOMPARE(bar->serviceBox()->count(), known.services.size() + 1);
    QCOMPARE(bar->sourceBox()->count(), 3); // all files, then the two imported
    QVERIFY(bar->sourceBox()->itemText(1).startsWith(QStringLiteral("auth-service.jsonl")));
    // Choosing a file filters at once and counts its entries.
    bar->sourceBox()->setCurrentIndex(2);
    QCOMPARE(page.model()->query().sourceId, known.sources[1].id);
    QTRY_VERIFY(!page.model()->isCounting());
    QCOMPARE(page.model()->rowCount(), int(known.sources[1].entries));
    QVERIFY(page.statusText().endsWith(QStringLiteral("matches")));
    // A host typed or chosen, through the same box.
    bar->sourceBox()->setCurrentIndex(0);
    bar->hostBox()->setCurrentIndex(1);
    QTRY_COMPARE(page.model()->query().host, known.hosts.first());
    QTRY_VERIFY(!page.model()->isCounting());
    QVERIFY(page.model()->rowCount() > 0);
    QVERIFY(page.model()->rowCount() < m_entries);
}

void TestLogsPage::copiesTheChosenRows()
{
    LogsPage page;
    openPage(page);
    QSignalSpy copied(&page, &LogsPage::copied);
    QTableView* table = page.view();
    const auto rowPoint = [table](int row) { return table->visualRect(table->model()->index(row, 1)).center(); };
    // Rows 1..4 by click and Shift+click, then row 3 out again with Ctrl+click.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rowPoint(1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ShiftModifier, rowPoint(4));
    QCOMPARE(page.tableView()->selection().count(), 4);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 4);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, rowPoint(3));
    QCOMPARE(page.tableView()->selection().count(), 3);
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    QTRY_COMPARE(copied.count(), 1);
    const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    for (const auto& [line, row] : {std::pair {0, 1}, std::pair {1, 2}, std::pair {2, 4}}) {
        const QStringList fields = lines[line].split(u'\t');
        QCOMPARE(fields.size(), 5);
        QCOMPARE(fields[0], page.model()->data(page.model()->index(row, LogTableModel::TimeColumn)).toString());
        QCOMPARE(fields[1], page.model()->data(page.model()->index(row, LogTableModel::LevelColumn)).toString());
        QCOMPARE(fields[4], page.model()->data(page.model()->index(row, LogTableModel::MessageColumn)).toString());
    }
    QCOMPARE(page.noteText(), QStringLiteral("Copied 3 entries"));
    // Shift+Down extends through the keyboard, across the screenful's edge.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rowPoint(0));
    for (int i = 0; i < 60; ++i)
        QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(page.tableView()->selection().count(), 61);
    QCOMPARE(page.currentRow(), 60);
}

void TestLogsPage::copyIsCappedAndSaysSo()
{
    QVERIFY(m_entries > LogsPage::kMaxCopiedRows);
    LogsPage page;
    openPage(page);
    QSignalSpy copied(&page, &LogsPage::copied);
    page.view()->setFocus();
    QTest::keyClick(page.view(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(page.tableView()->selection().count(), m_entries);
    QTest::keyClick(page.view(), Qt::Key_C, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(copied.count(), 1, 10000);
    QCOMPARE(QGuiApplication::clipboard()->text().count(u'\n'), LogsPage::kMaxCopiedRows);
    QCOMPARE(page.noteText(),
             QStringLiteral("Copied the first %1 of %2 chosen entries")
                 .arg(QLocale().toString(LogsPage::kMaxCopiedRows), QLocale().toString(m_entries)));
}

QTEST_MAIN(TestLogsPage)
#include "TestLogsPage.moc"
