// SPDX-License-Identifier: GPL-3.0-or-later
// The Document page on an imported document: each line marked by what it became, a line not read
// as what it is made into a timeline entry, action item or root cause in one undoable edit, an
// entry selected on the Timeline page selecting its source line; and the day asked for a document
// that states none.
#include "DocumentDayDialog.h"
#include "DocumentLinesModel.h"
#include "DocumentPage.h"
#include "GuiTestStore.h"
#include "ImportController.h"
#include "IncidentEditor.h"
#include "IncidentListModel.h"
#include "IncidentView.h"
#include "MainWindow.h"
#include "TimelinePage.h"

#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace debrief;
using namespace debrief::testing;

namespace {

// Line 14 is a time in a section the importer keeps verbatim: the line a user makes an entry of.
const QByteArray kDocument = "# Cache outage\n"                          // 1
                             "\n"                                         // 2
                             "## Summary\n"                               // 3
                             "\n"                                         // 4
                             "On 2024-08-10 the cache failed.\n"          // 5
                             "\n"                                         // 6
                             "## Timeline (UTC)\n"                        // 7
                             "\n"                                         // 8
                             "- 14:05 alert fired\n"                      // 9
                             "- 14:20 cache restarted\n"                  // 10
                             "\n"                                         // 11
                             "## Notes\n"                                 // 12
                             "\n"                                         // 13
                             "14:30 the team flushed the cache\n"         // 14
                             "Add an alert on evictions\n";               // 15

QString writeFile(const GuiTestStore& store, const QString& name, const QByteArray& text)
{
    const QString path = store.tempFile(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

ImportSummary importAndWait(MainWindow& window, const QString& path)
{
    QSignalSpy finished(window.importer(), &ImportController::finished);
    if (!window.importFiles({path}) || !finished.wait(60000))
        qFatal("the import did not finish");
    return finished.first().first().value<ImportSummary>();
}

// The window on a store with kDocument imported, the incident it became shown.
bool showImportedDocument(MainWindow& window, const GuiTestStore& store)
{
    window.setToday(guiTestToday());
    if (!window.openStore(store.path()))
        return false;
    const ImportSummary summary = importAndWait(window, writeFile(store, QStringLiteral("cache.md"), kDocument));
    return summary.errors.isEmpty() && summary.incident && window.selectIncident(*summary.incident);
}

DocumentLineRole roleOfLine(DocumentPage* page, int line)
{
    return page->model()->map().lines().at(line - 1).role;
}

} // namespace

class TestDocumentPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void marksEveryLine();
    void makesATimelineEntryOfALineUndoably();
    void clickingALineThenTheButtonMakesTheEntry();
    void makesAnActionItemAndARootCause();
    void anEntrySelectedElsewhereSelectsItsLine();
    void anIncidentWrittenByHandHasNoDocument();
    void asksForTheDayOfADatelessDocument();
};

void TestDocumentPage::marksEveryLine()
{
    GuiTestStore store;
    MainWindow window;
    QVERIFY(showImportedDocument(window, store));
    window.showPage(IncidentPage::Document);
    DocumentPage* page = window.incidentView()->documentPage();
    QCOMPARE(page->model()->rowCount(), 15);
    QCOMPARE(roleOfLine(page, 3), DocumentLineRole::Heading);
    QCOMPARE(roleOfLine(page, 5), DocumentLineRole::Text);
    QCOMPARE(roleOfLine(page, 9), DocumentLineRole::TimelineEntry);
    QCOMPARE(roleOfLine(page, 10), DocumentLineRole::TimelineEntry);
    QCOMPARE(roleOfLine(page, 14), DocumentLineRole::Verbatim);
    QCOMPARE(page->model()->index(13, DocumentLinesModel::RoleColumn).data().toString(), QStringLiteral("Kept verbatim"));
    QVERIFY2(page->summaryLabel()->text().contains(QStringLiteral("Timeline entry 2")),
             qPrintable(page->summaryLabel()->text()));
}

void TestDocumentPage::makesATimelineEntryOfALineUndoably()
{
    GuiTestStore store;
    MainWindow window;
    QVERIFY(showImportedDocument(window, store));
    window.showPage(IncidentPage::Document);
    DocumentPage* page = window.incidentView()->documentPage();

    page->selectLine(14);
    QCOMPARE(page->selectedLine(), 14);
    page->makeTimelineEntry();
    const Incident& edited = window.incidentView()->incident();
    QCOMPARE(edited.timeline.size(), 3);
    const TimelineEvent& made = edited.timeline.at(2); // after the entries above it
    QCOMPARE(made.sourceLine, 14);
    QCOMPARE(made.timeText, QStringLiteral("14:30"));
    QCOMPARE(made.text, QStringLiteral("the team flushed the cache"));
    QVERIFY(made.at);
    QCOMPARE(made.at->toIso(), QStringLiteral("2024-08-10T14:30:00Z"));
    page = window.incidentView()->documentPage();
    QCOMPARE(roleOfLine(page, 14), DocumentLineRole::TimelineEntry);
    QCOMPARE(window.incidentView()->currentPage(), IncidentPage::Document); // the edit keeps the page

    window.editor()->undoStack()->undo();
    QCOMPARE(window.incidentView()->incident().timeline.size(), 2);
    QCOMPARE(roleOfLine(window.incidentView()->documentPage(), 14), DocumentLineRole::Verbatim);
}

// As a user does it: a click on the line, then the button.
void TestDocumentPage::clickingALineThenTheButtonMakesTheEntry()
{
    GuiTestStore store;
    MainWindow window;
    QVERIFY(showImportedDocument(window, store));
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(IncidentPage::Document);
    DocumentPage* page = window.incidentView()->documentPage();
    QTableView* view = page->view();
    const QRect row = view->visualRect(page->model()->index(13, DocumentLinesModel::TextColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, row.center());
    QCOMPARE(page->selectedLine(), 14);
    auto* button = page->findChild<QPushButton*>(QStringLiteral("makeTimelineEntry"));
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(window.incidentView()->incident().timeline.size(), 3);
    QCOMPARE(window.incidentView()->incident().timeline.at(2).sourceLine, 14);
}

void TestDocumentPage::makesAnActionItemAndARootCause()
{
    GuiTestStore store;
    MainWindow window;
    QVERIFY(showImportedDocument(window, store));
    DocumentPage* page = window.incidentView()->documentPage();

    page->selectLine(15);
    page->makeActionItem();
    QCOMPARE(window.incidentView()->incident().actionItems.size(), 1);
    QCOMPARE(window.incidentView()->incident().actionItems.at(0).title, QStringLiteral("Add an alert on evictions"));
    QCOMPARE(roleOfLine(window.incidentView()->documentPage(), 15), DocumentLineRole::ActionItem);

    page->selectLine(5);
    page->makeRootCause();
    QCOMPARE(window.incidentView()->incident().rootCauses.size(), 1);
    QCOMPARE(window.incidentView()->incident().rootCauses.at(0).section, QStringLiteral("Summary"));
    QCOMPARE(window.editor()->undoStack()->count(), 2); // one edit each

    // A heading becomes nothing.
    page->selectLine(3);
    page->makeTimelineEntry();
    QCOMPARE(window.incidentView()->incident().timeline.size(), 2);
}

void TestDocumentPage::anEntrySelectedElsewhereSelectsItsLine()
{
    GuiTestStore store;
    MainWindow window;
    QVERIFY(showImportedDocument(window, store));
    window.showPage(IncidentPage::Timeline);
    QTableView* timeline = window.incidentView()->timelinePage()->view();
    timeline->selectRow(1);
    QCOMPARE(window.incidentView()->documentPage()->selectedLine(), 10);
}

void TestDocumentPage::anIncidentWrittenByHandHasNoDocument()
{
    GuiTestStore store;
    MainWindow window;
    window.setToday(guiTestToday());
    QVERIFY(window.openStore(store.path()));
    QVERIFY(window.selectIncident(store.login()));
    DocumentPage* page = window.incidentView()->documentPage();
    QCOMPARE(page->model()->rowCount(), 0);
    QVERIFY(!page->view()->isVisibleTo(page));
}

void TestDocumentPage::asksForTheDayOfADatelessDocument()
{
    GuiTestStore store;
    MainWindow window;
    window.setToday(guiTestToday());
    QVERIFY(window.openStore(store.path()));
    const int before = window.incidentModel()->rowCount();
    const QString path = writeFile(store, QStringLiteral("dateless.md"),
                                   "# Outage\n\n## Timeline\n\n- 23:50 UTC alert fired\n- 00:10 UTC rolled back\n");
    const ImportSummary first = importAndWait(window, path);
    QCOMPARE(first.dateless.size(), 1);
    QCOMPARE(first.dateless.at(0).times, 2);

    DocumentDayDialog dialog(QStringLiteral("dateless.md"), 2, QDate(2024, 3, 9));
    QCOMPARE(dialog.day(), QDate(2024, 3, 9));

    QSignalSpy finished(window.importer(), &ImportController::finished);
    QVERIFY(window.importWithDay(first.dateless.at(0), dialog.day()));
    QVERIFY(finished.wait(60000));
    const auto second = finished.first().first().value<ImportSummary>();
    QVERIFY2(second.errors.isEmpty(), qPrintable(second.errors.join(u'\n')));
    QVERIFY(second.dateless.isEmpty());
    QCOMPARE(window.incidentModel()->rowCount(), before + 1); // the same incident, not a second one
    QVERIFY(window.selectIncident(first.dateless.at(0).incident));
    const Incident& dated = window.incidentView()->incident();
    QCOMPARE(dated.timeline.at(0).at->toIso(), QStringLiteral("2024-03-09T23:50:00Z"));
    QCOMPARE(dated.timeline.at(1).at->toIso(), QStringLiteral("2024-03-10T00:10:00Z"));
}

QTEST_MAIN(TestDocumentPage)
#include "TestDocumentPage.moc"
