// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionItemsModel.h"
#include "ActionItemsPage.h"
#include "GuiTestStore.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <QProgressBar>
#include <QtTest>

using namespace debrief;
using namespace debrief::testing;

class TestActionItemsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheStoredItems();
    void coloursOverdueItemsRed();
    void followsToday();
    void countsProgress();
    void pageShowsProgress();
    void groupAndNotesAreShownAndEdited();
};

namespace {
QVector<ActionItem> storedItems(const GuiTestStore& store)
{
    Database db(store.path());
    const std::optional<Incident> incident = IncidentRepository(db).load(store.login());
    return incident ? incident->actionItems : QVector<ActionItem> {};
}

QString cell(const ActionItemsModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}
} // namespace

void TestActionItemsModel::showsTheStoredItems()
{
    GuiTestStore store;
    ActionItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(guiTestToday());
    model.setItems(storedItems(store));

    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(ActionItemsModel::ColumnCount));
    QCOMPARE(cell(model, 0, ActionItemsModel::StatusColumn), QStringLiteral("Open"));
    QCOMPARE(cell(model, 0, ActionItemsModel::TitleColumn), QStringLiteral("Add pool size check to CI"));
    QCOMPARE(cell(model, 0, ActionItemsModel::OwnerColumn), QStringLiteral("alice"));
    QCOMPARE(cell(model, 0, ActionItemsModel::DueColumn), QStringLiteral("2024-09-01"));
    QCOMPARE(cell(model, 0, ActionItemsModel::PriorityColumn), QStringLiteral("P1"));
    QCOMPARE(cell(model, 1, ActionItemsModel::StatusColumn), QStringLiteral("In progress"));
    QCOMPARE(cell(model, 2, ActionItemsModel::StatusColumn), QStringLiteral("Done"));
    QCOMPARE(cell(model, 2, ActionItemsModel::OwnerColumn), QStringLiteral("unassigned"));
    QCOMPARE(cell(model, 2, ActionItemsModel::DueColumn), QStringLiteral("—"));
    QCOMPARE(cell(model, 3, ActionItemsModel::StatusColumn), QStringLiteral("Won't do"));
    QCOMPARE(model.headerData(ActionItemsModel::DueColumn, Qt::Horizontal).toString(), QStringLiteral("Due"));
}

void TestActionItemsModel::coloursOverdueItemsRed()
{
    GuiTestStore store;
    ActionItemsModel model;
    model.setToday(guiTestToday());
    model.setItems(storedItems(store));

    const QModelIndex overdueDue = model.index(0, ActionItemsModel::DueColumn);
    QVERIFY(overdueDue.data(ActionItemsModel::OverdueRole).toBool());
    const QColor red = overdueDue.data(Qt::ForegroundRole).value<QColor>();
    QVERIFY(red.isValid());
    QVERIFY(red.red() > 2 * red.green());
    QVERIFY(overdueDue.data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(overdueDue.data(Qt::ToolTipRole).toString(), QStringLiteral("Overdue by 30 day(s)"));

    // In progress with a future date, and won't-do with a past date: neither is overdue.
    QVERIFY(!model.index(1, ActionItemsModel::DueColumn).data(ActionItemsModel::OverdueRole).toBool());
    QVERIFY(!model.index(1, ActionItemsModel::DueColumn).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(3, ActionItemsModel::DueColumn).data(ActionItemsModel::OverdueRole).toBool());
    QVERIFY(model.index(3, ActionItemsModel::DueColumn).data(Qt::ForegroundRole).value<QColor>() != red);
}

void TestActionItemsModel::followsToday()
{
    GuiTestStore store;
    ActionItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems(storedItems(store));
    model.setToday(QDate(2024, 8, 1));
    QCOMPARE(model.overdueCount(), 0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setToday(QDate(2100, 1, 1));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.overdueCount(), 2);
}

void TestActionItemsModel::countsProgress()
{
    GuiTestStore store;
    ActionItemsModel model;
    model.setToday(guiTestToday());
    model.setItems(storedItems(store));
    QCOMPARE(model.doneCount(), 1);
    QCOMPARE(model.plannedCount(), 3);
    QCOMPARE(model.overdueCount(), 1);
}

void TestActionItemsModel::pageShowsProgress()
{
    GuiTestStore store;
    ActionItemsPage page;
    page.setItems(storedItems(store), guiTestToday());
    QCOMPARE(page.progress()->value(), 1);
    QCOMPARE(page.progress()->maximum(), 3);
    QCOMPARE(page.progress()->text(), QStringLiteral("1 of 3 done"));

    page.setItems({}, guiTestToday());
    QCOMPARE(page.progress()->text(), QStringLiteral("no action items"));
}

// An item read from a table under "### Fixes" with a Notes cell shows both, and an edit of either
// asks for the item with only that changed.
void TestActionItemsModel::groupAndNotesAreShownAndEdited()
{
    ActionItem item;
    item.id = 7;
    item.title = QStringLiteral("Update package:args");
    item.group = QStringLiteral("Fixes");
    item.notes = QStringLiteral("Done");
    ActionItemsModel model;
    model.setItems({item});
    QCOMPARE(cell(model, 0, ActionItemsModel::GroupColumn), QStringLiteral("Fixes"));
    QCOMPARE(cell(model, 0, ActionItemsModel::NotesColumn), QStringLiteral("Done"));
    QCOMPARE(model.headerData(ActionItemsModel::NotesColumn, Qt::Horizontal).toString(), QStringLiteral("Notes"));
    QVector<ActionItem> edits;
    connect(&model, &ActionItemsModel::editRequested, this,
            [&edits](const ActionItem&, const ActionItem& after) { edits << after; });
    QVERIFY(model.setData(model.index(0, ActionItemsModel::NotesColumn), QStringLiteral("landed in #6765"), Qt::EditRole));
    QCOMPARE(edits.size(), 1);
    const ActionItem after = edits.at(0);
    QCOMPARE(after.notes, QStringLiteral("landed in #6765"));
    QCOMPARE(after.group, QStringLiteral("Fixes"));
    QCOMPARE(after.title, item.title);
}

QTEST_MAIN(TestActionItemsModel)
#include "TestActionItemsModel.moc"
