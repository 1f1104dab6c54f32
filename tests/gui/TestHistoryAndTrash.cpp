// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestStore.h"
#include "HistoryDialog.h"
#include "ImportController.h"
#include "IncidentEditor.h"
#include "IncidentListModel.h"
#include "IncidentView.h"
#include "MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace debrief;
using namespace debrief::testing;

// What the window does so that nothing is lost: Edit › Delete Incident (and Delete on the list)
// asks, moves the incident to the trash and is undone by Ctrl+Z; Incident › Replace Document keeps
// the document before in the history and Incident › History restores it; an import error states its
// reason in the message itself.
class TestHistoryAndTrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deleteIsUndoable();
    void deleteKeyOnTheListAsksFirst();
    void replacedDocumentIsRestoredFromTheHistory();
    void historyDialogListsVersionsOldestFirst();
    void importErrorStatesItsReason();
};

namespace {

// Answers the next modal message box with `button` once it is shown.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box)
            box->button(button)->click();
    });
}

} // namespace

void TestHistoryAndTrash::deleteIsUndoable()
{
    GuiTestStore store;
    MainWindow window;
    window.setToday(guiTestToday());
    QVERIFY(window.openStore(store.path()));
    QVERIFY(window.selectIncident(store.login()));
    QCOMPARE(window.incidentModel()->rowCount(), 2);
    QVERIFY(window.deleteCurrentIncident(false));
    QCOMPARE(window.incidentModel()->rowCount(), 1);
    QCOMPARE(window.incidentModel()->rowOf(store.login()), -1);
    QVERIFY(window.editor()->undoStack()->text(0).contains(QStringLiteral("Authentication outage")));

    window.editor()->undoStack()->undo();
    QCOMPARE(window.incidentModel()->rowCount(), 2);
    QCOMPARE(window.currentIncident(), store.login());
    QCOMPARE(window.incidentView()->incident().timeline.size(), loginOutage().timeline.size());
    window.editor()->undoStack()->redo();
    QCOMPARE(window.incidentModel()->rowCount(), 1);
}

void TestHistoryAndTrash::deleteKeyOnTheListAsksFirst()
{
    GuiTestStore store;
    MainWindow window;
    window.setToday(guiTestToday());
    QVERIFY(window.openStore(store.path()));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTableView* list = nullptr;
    for (QTableView* view : window.findChildren<QTableView*>()) {
        if (view->accessibleName() == QLatin1String("Incidents"))
            list = view;
    }
    QVERIFY(list);
    list->setFocus();
    QAction* deleteKey = nullptr;
    for (QAction* action : list->actions()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Delete))
            deleteKey = action;
    }
    QVERIFY(deleteKey);
    QSignalSpy triggered(deleteKey, &QAction::triggered);
    answerNextMessageBox(QMessageBox::Cancel);
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(triggered.size(), 1);
    QCOMPARE(window.incidentModel()->rowCount(), 2); // cancelled: nothing deleted
    // The offscreen platform does not give the window back its activation when the box closes.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    list->setFocus();
    answerNextMessageBox(QMessageBox::Yes);
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(triggered.size(), 2);
    QCOMPARE(window.incidentModel()->rowCount(), 1);
}

void TestHistoryAndTrash::replacedDocumentIsRestoredFromTheHistory()
{
    GuiTestStore store;
    MainWindow window;
    window.setToday(guiTestToday());
    QVERIFY(window.openStore(store.path()));
    QVERIFY(window.selectIncident(store.login()));
    const QString title = window.incidentView()->incident().title;

    QSignalSpy finished(window.importer(), &ImportController::finished);
    QVERIFY(window.replaceDocumentFrom(QStringLiteral(DEBRIEF_TEST_DATA "/postmortem/google-sre.md")));
    QVERIFY(finished.wait(60000));
    const auto summary = finished.first().first().value<ImportSummary>();
    QVERIFY2(summary.errors.isEmpty(), qPrintable(summary.errors.join(u'\n')));
    QCOMPARE(window.incidentModel()->rowCount(), 2); // replaced, not a new incident
    QCOMPARE(window.currentIncident(), store.login());
    QVERIFY(window.incidentView()->incident().title != title);

    // Version 1 is the document before the replace, version 2 the file.
    QVERIFY(window.restoreVersion(1));
    QCOMPARE(window.currentIncident(), store.login());
    QCOMPARE(window.incidentView()->incident().title, title);
    QCOMPARE(window.incidentView()->incident().actionItems.size(), loginOutage().actionItems.size());
}

void TestHistoryAndTrash::historyDialogListsVersionsOldestFirst()
{
    QVector<DocumentVersion> versions(2);
    versions[0].version = 1;
    versions[0].source = QStringLiteral("postmortem.md");
    versions[0].summary = QStringLiteral("Outage: 7 timeline entries");
    versions[1].version = 2;
    versions[1].source = QStringLiteral("edits since version 1");
    HistoryDialog dialog(QStringLiteral("Outage"), versions);
    QCOMPARE(dialog.versionList()->topLevelItemCount(), 2);
    QCOMPARE(dialog.versionList()->topLevelItem(0)->text(2), QStringLiteral("postmortem.md"));
    QCOMPARE(dialog.versionList()->topLevelItem(1)->text(2), QStringLiteral("edits since version 1"));
    // The newest is selected, Restore chooses it.
    QVERIFY(dialog.restoreButton()->isEnabled());
    dialog.versionList()->setCurrentItem(dialog.versionList()->topLevelItem(0));
    QTimer::singleShot(0, dialog.restoreButton(), &QAbstractButton::click);
    QCOMPARE(dialog.exec(), int(QDialog::Accepted));
    QCOMPARE(dialog.chosenVersion(), std::optional<int>(1));

    HistoryDialog empty(QStringLiteral("Outage"), {});
    QVERIFY(!empty.restoreButton()->isEnabled());
}

void TestHistoryAndTrash::importErrorStatesItsReason()
{
    const QString reason = QStringLiteral("/tmp/services: not a postmortem, log or metrics file that Debrief can read");
    const QString text = MainWindow::importErrorText({reason});
    QVERIFY2(text.contains(reason), qPrintable(text));
    QStringList many;
    for (int i = 0; i < MainWindow::kErrorsShown + 2; ++i)
        many << QStringLiteral("file%1: bad").arg(i);
    const QString long_ = MainWindow::importErrorText(many);
    QVERIFY(long_.contains(QStringLiteral("file0: bad")));
    QVERIFY(!long_.contains(QStringLiteral("file%1: bad").arg(MainWindow::kErrorsShown)));
    QVERIFY(long_.contains(QStringLiteral("2 more")));
}

QTEST_MAIN(TestHistoryAndTrash)
#include "TestHistoryAndTrash.moc"
