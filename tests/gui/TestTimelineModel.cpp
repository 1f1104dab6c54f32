// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestStore.h"
#include "TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QIcon>
#include <QtTest>

using namespace debrief;
using namespace debrief::testing;

class TestTimelineModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheStoredTimeline();
    void marksUntimedEntries();
    void colorsKinds();
    void showsDatesAcrossDays();
    void explainsTimesInToolTips();
};

namespace {
QVector<TimelineEvent> storedTimeline(const GuiTestStore& store)
{
    Database db(store.path());
    const std::optional<Incident> incident = IncidentRepository(db).load(store.login());
    return incident ? incident->timeline : QVector<TimelineEvent> {};
}

QString cell(const TimelineModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}
} // namespace

void TestTimelineModel::showsTheStoredTimeline()
{
    GuiTestStore store;
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvents(storedTimeline(store));

    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(cell(model, 0, TimelineModel::TimeColumn), QStringLiteral("19:00"));
    QCOMPARE(cell(model, 0, TimelineModel::KindColumn), QStringLiteral("Detection"));
    QCOMPARE(cell(model, 0, TimelineModel::TextColumn), QStringLiteral("Monitoring alert: spike in failed logins."));
    QCOMPARE(cell(model, 2, TimelineModel::KindColumn), QStringLiteral("Red herring"));
    QCOMPARE(model.index(2, 0).data(TimelineModel::KindNameRole).toString(), QStringLiteral("red_herring"));
    QCOMPARE(cell(model, 5, TimelineModel::TimeColumn), QStringLiteral("21:00"));
    QCOMPARE(model.headerData(TimelineModel::TimeColumn, Qt::Horizontal).toString(), QStringLiteral("Time (UTC)"));
}

void TestTimelineModel::marksUntimedEntries()
{
    GuiTestStore store;
    TimelineModel model;
    model.setEvents(storedTimeline(store));
    QCOMPARE(model.untimedCount(), 2);
    QCOMPARE(cell(model, 1, TimelineModel::TimeColumn), QStringLiteral("Actions Taken"));
    QVERIFY(model.index(1, TimelineModel::TimeColumn).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(!model.index(0, TimelineModel::TimeColumn).data(Qt::FontRole).isValid());

    model.setEvents({timelineEvent({}, {}, QStringLiteral("No label"), TimelineKind::Note)});
    QCOMPARE(cell(model, 0, TimelineModel::TimeColumn), QStringLiteral("untimed"));
}

void TestTimelineModel::colorsKinds()
{
    TimelineModel model;
    model.setEvents({timelineEvent(utc(19, 0), {}, QStringLiteral("a"), TimelineKind::Detection)});
    const QVariant icon = model.index(0, TimelineModel::KindColumn).data(Qt::DecorationRole);
    QVERIFY(icon.canConvert<QIcon>());
    QVERIFY(!icon.value<QIcon>().isNull());
    QVERIFY(!model.index(0, TimelineModel::TextColumn).data(Qt::DecorationRole).isValid());
}

void TestTimelineModel::showsDatesAcrossDays()
{
    TimelineEvent late = timelineEvent(utc(23, 50), {}, QStringLiteral("late"), TimelineKind::Detection);
    TimelineEvent nextDay = late;
    nextDay.at = UtcMillis {late.at->value + 30 * 60 * 1000 + 5000};
    TimelineModel model;
    model.setEvents({late, nextDay});
    QCOMPARE(cell(model, 0, TimelineModel::TimeColumn), QStringLiteral("2024-08-10 23:50:00"));
    QCOMPARE(cell(model, 1, TimelineModel::TimeColumn), QStringLiteral("2024-08-11 00:20:05"));
}

void TestTimelineModel::explainsTimesInToolTips()
{
    TimelineEvent timed = timelineEvent(utc(19, 0), {}, QStringLiteral("alert"), TimelineKind::Detection);
    timed.sourceLine = 12;
    TimelineModel model;
    model.setEvents({timed});
    const QString tip = model.index(0, TimelineModel::TimeColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("As written: 19:00 (UTC)")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Line 12")), qPrintable(tip));
}

QTEST_MAIN(TestTimelineModel)
#include "TestTimelineModel.moc"
