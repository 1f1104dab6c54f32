// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionItemsFilter.h"
#include "ActionItemsModel.h"
#include "ActionItemsPage.h"
#include "GuiTestStore.h"
#include "IncidentDetailsDialog.h"
#include "IncidentEditor.h"
#include "IncidentView.h"
#include "MainWindow.h"
#include "MarkdownEditDialog.h"
#include "MeasuresPanel.h"
#include "RootCausePage.h"
#include "TimelineModel.h"
#include "SuggestionReview.h"
#include "TimelinePage.h"
#include "WhyChainView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace debrief;
using namespace debrief::testing;

namespace {

Incident reload(const QString& path, IncidentId id)
{
    Database db(path);
    return *IncidentRepository(db).load(id);
}

// An editor writing to a fresh test store through its own connection.
struct EditorOnStore
{
    GuiTestStore store;
    Database db {store.path()};
    IncidentEditor editor;

    EditorOnStore() { editor.setDatabase(&db); }
};

// The window on the store's login incident, at `page`.
bool openAt(MainWindow& window, const GuiTestStore& store, IncidentPage page)
{
    window.setToday(guiTestToday());
    if (!window.openStore(store.path()) || !window.selectIncident(store.login()))
        return false;
    window.showPage(page);
    return true;
}

} // namespace

// Editing through the IncidentEditor and the window: every edit is in the store at once (a new
// connection sees it), Undo and Redo walk over all edits, a failed write changes nothing, and the
// action-items page edits, adds, removes and filters through it.
class TestIncidentEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editUndoRedoReopen();
    void removeAndUndoBringsTheSameRowBack();
    void failedWriteLeavesTheStackAsItWas();
    void acceptedSuggestionTakesItsPlaceInTime();
    void pageEditsThroughTheWindow();
    void pageFilters();
    void timelineEditsThroughTheWindow();
    void rootCauseEditsThroughTheWindow();
    void whysThroughTheWindow();
    void conflictingCausesStandSideBySide();
    void rejectedSuggestionIsStoredAndUndone();
    void measureBecomesAnActionItem();
    void detailsDialogEditsAsOneStep();
    void markdownShowsNoRawHtml();
    void typedTimes_data();
    void typedTimes();
};

void TestIncidentEditor::editUndoRedoReopen()
{
    EditorOnStore fixture;
    auto& [store, db, editor] = fixture;
    QSignalSpy changed(&editor, &IncidentEditor::changed);
    const ActionItem before = IncidentRepository(db).load(store.login())->actionItems[0];
    ActionItem after = before;
    after.owner = QStringLiteral("dana");
    after.status = ActionStatus::Done;
    editor.updateActionItem(store.login(), before, after);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(reload(store.path(), store.login()).actionItems[0], after);

    editor.undoStack()->undo();
    QCOMPARE(reload(store.path(), store.login()).actionItems[0], before);
    editor.undoStack()->redo();
    QCOMPARE(reload(store.path(), store.login()).actionItems[0], after);
    QCOMPARE(changed.size(), 3);

    editor.setText(store.login(), IncidentTextField::Title, QStringLiteral("Authentication outage"),
                   QStringLiteral("Login outage, 2024-08-10"));
    QCOMPARE(editor.undoStack()->count(), 2);
    QCOMPARE(reload(store.path(), store.login()).title, QStringLiteral("Login outage, 2024-08-10"));
    editor.undoStack()->undo();
    editor.undoStack()->undo();
    const Incident reopened = reload(store.path(), store.login());
    QCOMPARE(reopened.title, QStringLiteral("Authentication outage"));
    QCOMPARE(reopened.actionItems[0], before);
}

void TestIncidentEditor::removeAndUndoBringsTheSameRowBack()
{
    EditorOnStore fixture;
    auto& [store, db, editor] = fixture;
    const Incident original = *IncidentRepository(db).load(store.login());
    editor.removeTimelineEvent(store.login(), 1, original.timeline[1]);
    QCOMPARE(reload(store.path(), store.login()).timeline.size(), original.timeline.size() - 1);
    // An edit of a neighbour in between: undo must unwind both, in order.
    TimelineEvent edited = original.timeline[0];
    edited.text = QStringLiteral("Alert on failed logins");
    editor.updateTimelineEvent(store.login(), original.timeline[0], edited);
    editor.undoStack()->undo();
    editor.undoStack()->undo();
    QCOMPARE(reload(store.path(), store.login()).timeline, original.timeline);

    ActionItem added;
    added.title = QStringLiteral("Alert on pool saturation");
    editor.addActionItem(store.login(), 0, added);
    const qint64 firstId = reload(store.path(), store.login()).actionItems[0].id;
    editor.undoStack()->undo();
    QCOMPARE(reload(store.path(), store.login()).actionItems, original.actionItems);
    editor.undoStack()->redo();
    QCOMPARE(reload(store.path(), store.login()).actionItems[0].id, firstId); // the same row again
}

void TestIncidentEditor::failedWriteLeavesTheStackAsItWas()
{
    EditorOnStore fixture;
    auto& [store, db, editor] = fixture;
    QSignalSpy failed(&editor, &IncidentEditor::failed);
    ActionItem ghost;
    ghost.id = 424242;
    ghost.title = QStringLiteral("ghost");
    ActionItem after = ghost;
    after.owner = QStringLiteral("nobody");
    editor.updateActionItem(store.login(), ghost, after);
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("424242")));
    QCOMPARE(editor.undoStack()->count(), 0);
}

void TestIncidentEditor::acceptedSuggestionTakesItsPlaceInTime()
{
    EditorOnStore fixture;
    auto& [store, db, editor] = fixture;
    const Incident incident = *IncidentRepository(db).load(store.login());
    SuggestedEvent suggestion;
    suggestion.at = utc(20, 45);
    suggestion.text = QStringLiteral("Failed logins fell to 1/2.2 at 20:45:00");
    suggestion.kind = TimelineKind::Mitigation;
    editor.acceptSuggestion(incident, suggestion);
    const Incident after = reload(store.path(), store.login());
    QCOMPARE(after.timeline.size(), incident.timeline.size() + 1);
    for (int i = 1; i < after.timeline.size(); ++i) {
        if (after.timeline[i].at && after.timeline[i - 1].at)
            QVERIFY(*after.timeline[i - 1].at <= *after.timeline[i].at);
    }
    const auto accepted = std::find_if(after.timeline.begin(), after.timeline.end(),
                                       [&](const TimelineEvent& e) { return e.text == suggestion.text; });
    QVERIFY(accepted != after.timeline.end());
    QCOMPARE(accepted->kind, TimelineKind::Mitigation);
    QCOMPARE(*accepted->at, suggestion.at);
}

void TestIncidentEditor::pageEditsThroughTheWindow()
{
    GuiTestStore store;
    MainWindow window;
    QVERIFY(openAt(window, store, IncidentPage::Actions));
    ActionItemsPage* page = window.incidentView()->actionItemsPage();
    QTableView* view = page->view();
    const QModelIndex owner = view->model()->index(0, ActionItemsModel::OwnerColumn);
    QVERIFY(view->model()->flags(owner) & Qt::ItemIsEditable);
    QVERIFY(view->model()->setData(owner, QStringLiteral("erin")));
    QCOMPARE(reload(store.path(), store.login()).actionItems[0].owner, QStringLiteral("erin"));
    QCOMPARE(view->model()->index(0, ActionItemsModel::OwnerColumn).data().toString(), QStringLiteral("erin"));

    const int rows = page->model()->rowCount();
    page->addItem();
    QCOMPARE(page->model()->rowCount(), rows + 1);
    QCOMPARE(reload(store.path(), store.login()).actionItems.size(), rows + 1);

    window.editor()->undoStack()->undo(); // the added item
    window.editor()->undoStack()->undo(); // the owner
    QCOMPARE(page->model()->rowCount(), rows);
    QVERIFY(page->model()->index(0, ActionItemsModel::OwnerColumn).data().toString() != QStringLiteral("erin"));
    QCOMPARE(window.incidentView()->currentPage(), IncidentPage::Actions);
}

void TestIncidentEditor::pageFilters()
{
    GuiTestStore store;
    Database db(store.path());
    ActionItemsPage page;
    const Incident incident = *IncidentRepository(db).load(store.login());
    page.setItems(incident.actionItems, guiTestToday(), incident.id);
    const int all = page.view()->model()->rowCount();
    page.showChooser()->setCurrentIndex(page.showChooser()->findData(int(ActionItemsFilter::Show::Overdue)));
    QCOMPARE(page.view()->model()->rowCount(), page.model()->overdueCount());
    page.showChooser()->setCurrentIndex(page.showChooser()->findData(int(ActionItemsFilter::Show::Open)));
    const int open = int(std::count_if(incident.actionItems.begin(), incident.actionItems.end(),
                                       [](const ActionItem& i) { return i.isOpen(); }));
    QCOMPARE(page.view()->model()->rowCount(), open);
    QVERIFY(open < all && page.model()->overdueCount() < open);
}

void TestIncidentEditor::timelineEditsThroughTheWindow()
{
    GuiTestStore store;
    MainWindow window;
    QVERIFY(openAt(window, store, IncidentPage::Timeline));
    TimelinePage* page = window.incidentView()->timelinePage();
    TimelineModel* model = page->model();
    const QVector<TimelineEvent> original = model->events();
    QVERIFY(original.size() >= 3);

    // Kind, time and text of the first entry, each stored at once.
    QVERIFY(model->setData(model->index(0, TimelineModel::KindColumn), int(TimelineKind::Communication)));
    QVERIFY(model->setData(model->index(0, TimelineModel::TimeColumn), QStringLiteral("19:05")));
    QVERIFY(!model->setData(model->index(0, TimelineModel::TimeColumn), QStringLiteral("teatime")));
    Incident stored = reload(store.path(), store.login());
    QCOMPARE(stored.timeline[0].kind, TimelineKind::Communication);
    QCOMPARE(*stored.timeline[0].at, utc(19, 5));

    // Add after the first, move it down, remove the last; then undo all five edits.
    page->view()->setCurrentIndex(model->index(0, TimelineModel::TextColumn));
    page->addEntry();
    QCOMPARE(model->rowCount(), original.size() + 1);
    QCOMPARE(reload(store.path(), store.login()).timeline[1].text, QStringLiteral("New entry"));
    page->view()->setCurrentIndex(model->index(1, TimelineModel::TextColumn));
    page->moveSelectedEntry(1);
    QCOMPARE(reload(store.path(), store.login()).timeline[2].text, QStringLiteral("New entry"));
    page->view()->setCurrentIndex(model->index(model->rowCount() - 1, TimelineModel::TextColumn));
    page->removeSelectedEntry();
    QCOMPARE(model->rowCount(), original.size());
    for (int i = 0; i < 5; ++i)
        window.editor()->undoStack()->undo();
    QCOMPARE(reload(store.path(), store.login()).timeline, original);
    QCOMPARE(model->events(), original);
}

void TestIncidentEditor::rootCauseEditsThroughTheWindow()
{
    GuiTestStore store;
    MainWindow window;
    QVERIFY(openAt(window, store, IncidentPage::RootCause));
    RootCausePage* page = window.incidentView()->rootCausePage();
    const Incident original = reload(store.path(), store.login());
    QVERIFY(original.rootCauses.size() >= 2);

    page->editRootCause(0, QStringLiteral("The deploy cut the **pool** from 50 to 5."));
    QCOMPARE(reload(store.path(), store.login()).rootCauses[0].text,
             QStringLiteral("The deploy cut the **pool** from 50 to 5."));
    page->addRootCause(QStringLiteral("No alert on pool saturation."));
    QCOMPARE(page->rootCauseCount(), original.rootCauses.size() + 1);
    page->removeRootCause(1);
    page->editResolution(QStringLiteral("Pool size restored to 50 in v2.14.1."));
    const Incident edited = reload(store.path(), store.login());
    QCOMPARE(edited.rootCauses.size(), original.rootCauses.size());
    QCOMPARE(edited.rootCauses.constLast().text, QStringLiteral("No alert on pool saturation."));
    QCOMPARE(edited.resolution, QStringLiteral("Pool size restored to 50 in v2.14.1."));
    for (int i = 0; i < 4; ++i)
        window.editor()->undoStack()->undo();
    const Incident undone = reload(store.path(), store.login());
    QCOMPARE(undone.rootCauses, original.rootCauses);
    QCOMPARE(undone.resolution, original.resolution);
    QCOMPARE(page->rootCauseCount(), original.rootCauses.size());
}

void TestIncidentEditor::whysThroughTheWindow()
{
    GuiTestStore store;
    MainWindow window;
    QVERIFY(openAt(window, store, IncidentPage::RootCause));
    RootCausePage* page = window.incidentView()->rootCausePage();
    // The page is rebuilt after every edit: find the chain again each time.
    const auto chain = [page] { return page->findChild<WhyChainView*>(); };
    const auto texts = [&store] {
        QStringList out;
        for (const WhyStep& w : reload(store.path(), store.login()).whys)
            out << w.question + QStringLiteral(" | ") + w.answer;
        return out;
    };
    const QStringList original = texts();
    QVERIFY(chain());

    chain()->addStep(WhyStep {0, QStringLiteral("Why did logins fail?"), QStringLiteral("Pool exhausted."), 0});
    chain()->addStep(WhyStep {0, QStringLiteral("Why was it exhausted?"), QString(), 0});
    chain()->editStep(int(original.size()) + 1,
                      WhyStep {reload(store.path(), store.login()).whys.constLast().id,
                               QStringLiteral("Why was it exhausted?"), QStringLiteral("Max was 5."), 0});
    chain()->moveStep(int(original.size()) + 1, -1);
    QCOMPARE(texts().mid(original.size()), QStringList({QStringLiteral("Why was it exhausted? | Max was 5."),
                                                        QStringLiteral("Why did logins fail? | Pool exhausted.")}));
    // Each step shows on the page as a numbered row.
    int rows = 0;
    for (const QFrame* row : chain()->findChildren<QFrame*>(Qt::FindDirectChildrenOnly))
        rows += row->accessibleName().startsWith(QStringLiteral("Why ")) ? 1 : 0;
    QCOMPARE(rows, original.size() + 2);
    chain()->removeStep(int(original.size()));
    QCOMPARE(texts().size(), original.size() + 1);

    for (int i = 0; i < 5; ++i)
        window.editor()->undoStack()->undo();
    QCOMPARE(texts(), original);
    for (int i = 0; i < 5; ++i)
        window.editor()->undoStack()->redo();
    QCOMPARE(texts().mid(original.size()), QStringList({QStringLiteral("Why did logins fail? | Pool exhausted.")}));
}

void TestIncidentEditor::conflictingCausesStandSideBySide()
{
    GuiTestStore store;
    MainWindow window;
    window.resize(1400, 900);
    QVERIFY(window.openStore(store.path()));
    QVERIFY(window.selectIncident(store.login()));
    window.showPage(IncidentPage::RootCause);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    RootCausePage* page = window.incidentView()->rootCausePage();
    QVector<QWidget*> cards;
    for (QWidget* w : page->findChildren<QWidget*>()) {
        if (w->accessibleName().startsWith(QStringLiteral("Root cause stated in")))
            cards << w;
    }
    QCOMPARE(cards.size(), 2);
    // The linter finds them in conflict, so they share a row: same top, one left of the other.
    QCOMPARE(cards[0]->mapTo(page, QPoint()).y(), cards[1]->mapTo(page, QPoint()).y());
    QVERIFY(cards[0]->mapTo(page, QPoint()).x() + cards[0]->width() <= cards[1]->mapTo(page, QPoint()).x());
}

void TestIncidentEditor::rejectedSuggestionIsStoredAndUndone()
{
    EditorOnStore fixture;
    auto& [store, db, editor] = fixture;
    SuggestedEvent suggestion;
    suggestion.at = utc(18, 47);
    suggestion.text = QStringLiteral("auth_db_pool_max_connections fell to 1/10");
    suggestion.kind = TimelineKind::Note;
    editor.rejectSuggestion(store.login(), suggestion);
    {
        Database other(store.path()); // another connection: it is in the file
        QCOMPARE(SuggestionReview(other).rejected(store.login()),
                 QVector<RejectedSuggestion>({{suggestion.at, TimelineKind::Note}}));
    }
    editor.undoStack()->undo();
    QVERIFY(SuggestionReview(db).rejected(store.login()).isEmpty());
    editor.undoStack()->redo();
    QCOMPARE(SuggestionReview(db).rejected(store.login()).size(), 1);
}

void TestIncidentEditor::measureBecomesAnActionItem()
{
    GuiTestStore store;
    MainWindow window;
    QVERIFY(openAt(window, store, IncidentPage::Actions));
    MeasuresPanel* panel = window.incidentView()->actionItemsPage()->measuresPanel();
    // Two groups of one section: no section row, the groups at the top with their items below.
    QCOMPARE(panel->measureCount(), 5);
    QCOMPARE(panel->trackedCount(), 0);
    QCOMPARE(panel->tree()->topLevelItemCount(), 2);
    QTreeWidgetItem* alert = panel->tree()->topLevelItem(1)->child(0);
    QCOMPARE(alert->text(0), QStringLiteral("Alert on pool utilisation"));
    const int itemsBefore = int(reload(store.path(), store.login()).actionItems.size());

    panel->tree()->setCurrentItem(alert);
    panel->trackSelected();
    const Incident tracked = reload(store.path(), store.login());
    QCOMPARE(tracked.actionItems.size(), itemsBefore + 1);
    QCOMPARE(tracked.actionItems.constLast().title, QStringLiteral("Alert on pool utilisation"));
    QCOMPARE(tracked.actionItems.constLast().status, ActionStatus::Open);
    QCOMPARE(panel->trackedCount(), 1);
    // Tracked once is enough: asking again adds nothing.
    panel->tree()->setCurrentItem(panel->tree()->topLevelItem(1)->child(0));
    panel->trackSelected();
    QCOMPARE(reload(store.path(), store.login()).actionItems.size(), itemsBefore + 1);

    window.editor()->undoStack()->undo();
    QCOMPARE(reload(store.path(), store.login()).actionItems.size(), itemsBefore);
    QCOMPARE(panel->trackedCount(), 0);
}

void TestIncidentEditor::detailsDialogEditsAsOneStep()
{
    EditorOnStore fixture;
    auto& [store, db, editor] = fixture;
    const Incident before = *IncidentRepository(db).load(store.login());
    QVERIFY(before.startedAt && before.endedAt);

    IncidentDetailsDialog dialog(before);
    dialog.findChild<QLineEdit*>(QStringLiteral("title"))->setText(QStringLiteral("  Login outage,  2024-08-10 "));
    const auto boxes = dialog.findChildren<QComboBox*>();
    QCOMPARE(boxes.size(), 2);
    boxes[0]->setCurrentText(QStringLiteral("SEV1"));
    boxes[1]->setCurrentText(QStringLiteral("mitigated"));
    const auto times = dialog.findChildren<QDateTimeEdit*>();
    const auto known = dialog.findChildren<QCheckBox*>();
    QCOMPARE(times.size(), 2);
    QCOMPARE(times[0]->dateTime(), before.startedAt->toDateTime());
    // An end before the start is refused in the dialog.
    times[1]->setDateTime(before.startedAt->toDateTime().addSecs(-60));
    QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    known[1]->setChecked(false); // the end is not known yet
    QVERIFY(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    times[0]->setDateTime(QDateTime(QDate(2024, 8, 10), QTime(18, 47), QTimeZone::utc()));

    const Incident after = dialog.edited();
    QCOMPARE(after.title, QStringLiteral("Login outage, 2024-08-10"));
    QCOMPARE(after.severity, QStringLiteral("SEV1"));
    QCOMPARE(after.status, QStringLiteral("mitigated"));
    QCOMPARE(after.startedAt, std::optional<UtcMillis>(utc(18, 47)));
    QVERIFY(!after.endedAt);
    QCOMPARE(after.timeline, before.timeline);

    editor.editDetails(before, after);
    QCOMPARE(editor.undoStack()->count(), 1);
    const Incident stored = reload(store.path(), store.login());
    QCOMPARE(stored.title, after.title);
    QCOMPARE(stored.severity, after.severity);
    QCOMPARE(stored.startedAt, after.startedAt);
    QVERIFY(!stored.endedAt);
    editor.undoStack()->undo();
    const Incident undone = reload(store.path(), store.login());
    QCOMPARE(undone.title, before.title);
    QCOMPARE(undone.status, before.status);
    QCOMPARE(undone.endedAt, before.endedAt);
    // Nothing changed, nothing stored: no empty step on the stack.
    editor.editDetails(before, before);
    QCOMPARE(editor.undoStack()->index(), 0);
}

void TestIncidentEditor::markdownShowsNoRawHtml()
{
    const QString html = MarkdownEditDialog::toHtml(QStringLiteral("**bold** <img src=x onerror=alert(1)>"));
    QVERIFY(html.contains(QStringLiteral("font-weight")) || html.contains(QStringLiteral("<b>")));
    QVERIFY2(!html.contains(QStringLiteral("<img")), qPrintable(html));
}

void TestIncidentEditor::typedTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected"); // 0: not a time
    QTest::newRow("hours and minutes") << QStringLiteral("19:05") << utc(19, 5).value;
    QTest::newRow("one-digit hour") << QStringLiteral("9:05") << utc(9, 5).value;
    QTest::newRow("seconds") << QStringLiteral("19:05:30") << utc(19, 5).value + 30000;
    QTest::newRow("date and time") << QStringLiteral("2024-08-11 00:15") << utc(0, 15).value + 86400000;
    QTest::newRow("ISO") << QStringLiteral("2024-08-10T21:00:00") << utc(21, 0).value;
    QTest::newRow("words") << QStringLiteral("after lunch") << qint64(0);
    QTest::newRow("hour out of range") << QStringLiteral("25:00") << qint64(0);
}

void TestIncidentEditor::typedTimes()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const std::optional<UtcMillis> at = TimelineModel::parseTime(text, QDate(2024, 8, 10));
    QCOMPARE(at ? at->value : qint64(0), expected);
}

QTEST_MAIN(TestIncidentEditor)
#include "TestIncidentEditor.moc"
