// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestStore.h"
#include "IncidentListModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QtTest>

using namespace debrief;
using namespace debrief::testing;

class TestIncidentListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheIncidentsOfAStore();
    void showsActionItemCounts();
    void coloursOverdueOnly();
    void sortsByValue();
    void findsRowsById();
};

namespace {
QVector<IncidentSummary> storedSummaries(const GuiTestStore& store)
{
    Database db(store.path());
    return IncidentRepository(db).list(guiTestToday());
}

QString cell(const IncidentListModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}
} // namespace

void TestIncidentListModel::listsTheIncidentsOfAStore()
{
    GuiTestStore store;
    QVERIFY(store.isValid());
    IncidentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIncidents(storedSummaries(store));

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(IncidentListModel::ColumnCount));
    const int row = model.rowOf(store.login());
    QVERIFY(row >= 0);
    QCOMPARE(cell(model, row, IncidentListModel::TitleColumn), QStringLiteral("Authentication outage"));
    QCOMPARE(cell(model, row, IncidentListModel::DateColumn), QStringLiteral("2024-08-10"));
    QCOMPARE(cell(model, row, IncidentListModel::DurationColumn), QStringLiteral("2 h"));
    QCOMPARE(cell(model, row, IncidentListModel::SeverityColumn), QStringLiteral("SEV1"));
    QCOMPARE(cell(model, row, IncidentListModel::StatusColumn), QStringLiteral("Resolved"));
    QCOMPARE(model.index(row, 0).data(IncidentListModel::IncidentIdRole).toLongLong(), store.login().value);

    const int other = model.rowOf(store.checkout());
    QCOMPARE(cell(model, other, IncidentListModel::StatusColumn), QStringLiteral("Mitigated"));
    QCOMPARE(cell(model, other, IncidentListModel::DurationColumn), QStringLiteral("—"));
    QCOMPARE(model.headerData(IncidentListModel::TitleColumn, Qt::Horizontal).toString(), QStringLiteral("Incident"));
}

void TestIncidentListModel::showsActionItemCounts()
{
    IncidentSummary open;
    open.id = IncidentId {1};
    open.actionItems = 4;
    open.openActionItems = 2;
    open.overdueActionItems = 1;
    IncidentSummary done = open;
    done.id = IncidentId {2};
    done.openActionItems = 0;
    done.overdueActionItems = 0;
    IncidentSummary none;
    none.id = IncidentId {3};
    IncidentListModel model;
    model.setIncidents({open, done, none});

    QCOMPARE(cell(model, 0, IncidentListModel::ActionsColumn), QStringLiteral("2 open · 1 overdue"));
    QCOMPARE(cell(model, 1, IncidentListModel::ActionsColumn), QStringLiteral("all done"));
    QCOMPARE(cell(model, 2, IncidentListModel::ActionsColumn), QStringLiteral("—"));
    QCOMPARE(cell(model, 2, IncidentListModel::TitleColumn), QStringLiteral("(untitled incident)"));
    QCOMPARE(model.index(0, IncidentListModel::ActionsColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("2 of 4 action items open, 1 overdue"));
}

void TestIncidentListModel::coloursOverdueOnly()
{
    GuiTestStore store;
    IncidentListModel model;
    model.setIncidents(storedSummaries(store));
    const int login = model.rowOf(store.login());
    const int checkout = model.rowOf(store.checkout());

    QCOMPARE(cell(model, login, IncidentListModel::ActionsColumn), QStringLiteral("2 open · 1 overdue"));
    const QVariant overdue = model.index(login, IncidentListModel::ActionsColumn).data(Qt::ForegroundRole);
    QVERIFY(overdue.canConvert<QColor>());
    QVERIFY(overdue.value<QColor>().red() > overdue.value<QColor>().green());
    QVERIFY(!model.index(checkout, IncidentListModel::ActionsColumn).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(login, IncidentListModel::TitleColumn).data(Qt::ForegroundRole).isValid());
}

void TestIncidentListModel::sortsByValue()
{
    GuiTestStore store;
    IncidentListModel model;
    model.setIncidents(storedSummaries(store));
    const int login = model.rowOf(store.login());
    const int checkout = model.rowOf(store.checkout());
    const auto sortValue
        = [&](int row, int column) { return model.index(row, column).data(IncidentListModel::SortRole); };
    QCOMPARE(sortValue(login, IncidentListModel::DateColumn).toDate(), QDate(2024, 8, 10));
    QCOMPARE(sortValue(login, IncidentListModel::DurationColumn).toInt(), 120);
    QCOMPARE(sortValue(checkout, IncidentListModel::DurationColumn).toInt(), -1);
}

void TestIncidentListModel::findsRowsById()
{
    IncidentListModel model;
    QCOMPARE(model.rowOf(IncidentId {7}), -1);
    QCOMPARE(model.incidentAt(0), IncidentId {});
    IncidentSummary summary;
    summary.id = IncidentId {7};
    model.setIncidents({summary});
    QCOMPARE(model.rowOf(IncidentId {7}), 0);
    QCOMPARE(model.incidentAt(0), IncidentId {7});
}

QTEST_MAIN(TestIncidentListModel)
#include "TestIncidentListModel.moc"
