// SPDX-License-Identifier: GPL-3.0-or-later
// The review of suggestions through the window: only the open ones are asked, a rejected one is
// stored and stays rejected after the window is closed and opened again, and Undo brings it back.
#include "ChartDataLoader.h"
#include "GuiTestStore.h"
#include "IncidentEditor.h"
#include "IncidentView.h"
#include "MainWindow.h"
#include "SuggestionPanel.h"
#include "SuggestionReview.h"
#include "TimelinePage.h"

#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>
#include <QtTest>

using namespace debrief;
using namespace debrief::testing;

namespace {

// Errors per second sampled every 15 s from 18:00 to 22:00: 1 at first, 30 from 18:30 (a rise the
// timeline does not mention) and 80 from 19:00 (the detection the timeline has), 1 again at 21:00
// (the resolution it has).
QVector<MetricPoint> errorSteps()
{
    QVector<MetricPoint> points;
    for (qint64 t = utc(18, 0).value; t < utc(22, 0).value; t += 15'000) {
        double value = 1.0;
        if (t >= utc(18, 30).value && t < utc(21, 0).value)
            value = t >= utc(19, 0).value ? 80.0 : 30.0;
        points.append({t, value + double((t / 15'000) % 3) * 0.2});
    }
    return points;
}

QStringList shownTimes(const MainWindow& window)
{
    QStringList times;
    for (const SuggestedEvent& s : window.incidentView()->timelinePage()->suggestionPanel()->suggestions())
        times << s.at.toDateTime().toString(QStringLiteral("HH:mm"));
    return times;
}

} // namespace

class TestSuggestionReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rejectedStaysRejected();

private:
    GuiTestStore m_store;
};

void TestSuggestionReview::initTestCase()
{
    QVERIFY(m_store.isValid());
    QCOMPARE(m_store.addSeries(QStringLiteral("http_errors"), errorSteps()).points, errorSteps().size());
}

void TestSuggestionReview::rejectedStaysRejected()
{
    {
        MainWindow window;
        QVERIFY(window.openStore(m_store.path()));
        QVERIFY(window.selectIncident(m_store.login()));
        window.showPage(IncidentPage::Timeline);
        window.show(); // the page reads the evidence once it is shown
        QVERIFY(ChartDataLoader::waitUntilIdle());
        // 19:00 and 21:00 have timeline entries; 18:30 has none and is the one asked.
        QCOMPARE(shownTimes(window), QStringList({QStringLiteral("18:30")}));

        SuggestionPanel* panel = window.incidentView()->timelinePage()->suggestionPanel();
        panel->list()->setCurrentRow(0);
        QTest::mouseClick(panel->rejectButton(), Qt::LeftButton);
        QVERIFY(ChartDataLoader::waitUntilIdle());
        QVERIFY(shownTimes(window).isEmpty());
        Database db(m_store.path());
        QCOMPARE(SuggestionReview(db).rejected(m_store.login()).size(), 1);

        window.editor()->undoStack()->undo();
        QVERIFY(ChartDataLoader::waitUntilIdle());
        QCOMPARE(shownTimes(window), QStringList({QStringLiteral("18:30")}));
        window.editor()->undoStack()->redo();
        QVERIFY(ChartDataLoader::waitUntilIdle());
        QVERIFY(shownTimes(window).isEmpty());
    }
    MainWindow reopened;
    QVERIFY(reopened.openStore(m_store.path()));
    QVERIFY(reopened.selectIncident(m_store.login()));
    reopened.showPage(IncidentPage::Timeline);
    reopened.show();
    QVERIFY(ChartDataLoader::waitUntilIdle());
    QVERIFY(reopened.incidentView()->timelinePage()->evidenceRequested());
    QVERIFY(shownTimes(reopened).isEmpty());
}

QTEST_MAIN(TestSuggestionReview)
#include "TestSuggestionReview.moc"
