// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppPalette.h"
#include "GuiTestStore.h"
#include "IncidentListModel.h"
#include "IncidentView.h"
#include "MainWindow.h"
#include "OverviewPage.h"
#include "PostmortemEdits.h"
#include "RootCausePage.h"
#include "Screenshot.h"
#include "TimelineModel.h"
#include "TimelinePage.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QSplitter>
#include <QtTest>

using namespace debrief;
using namespace debrief::testing;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensAStoreAndShowsAnIncident();
    void visitsEveryTab();
    void showsLintFindings();
    void rendersAScreenshot();
    void rendersWithTheDarkPalette();
    void refusesAFileThatIsNotAStore();
    void refusesAnUnknownIncident();
    void projectorView();
    void newIncidentFromScratch();
    void showsWhatAnotherProgramChanged();
};

void TestMainWindow::opensAStoreAndShowsAnIncident()
{
    GuiTestStore store;
    MainWindow window;
    window.setToday(guiTestToday());
    QString error;
    QVERIFY2(window.openStore(store.path(), &error), qPrintable(error));
    QCOMPARE(window.storePath(), store.path());
    QCOMPARE(window.incidentModel()->rowCount(), 2);
    // Newest first: the August incident is shown before the June one.
    QCOMPARE(window.currentIncident(), store.login());
    QVERIFY(window.selectIncident(store.checkout()));
    QCOMPARE(window.currentIncident(), store.checkout());
    QCOMPARE(window.incidentView()->incident().title, QStringLiteral("Checkout latency"));
    QVERIFY(window.windowTitle().contains(QStringLiteral("Checkout latency")));
}

void TestMainWindow::visitsEveryTab()
{
    GuiTestStore store;
    MainWindow window;
    window.setToday(guiTestToday());
    QVERIFY(window.openStore(store.path()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    IncidentView* view = window.incidentView();
    QCOMPARE(window.pageActions().size(), view->count());
    for (int i = 0; i < window.pageActions().size(); ++i) {
        QAction* action = window.pageActions()[i];
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->trigger();
        QCOMPARE(int(view->currentPage()), i);
        QVERIFY(view->currentWidget()->isVisible());
        QVERIFY(!view->currentWidget()->accessibleName().isEmpty());
    }
    // Switching tabs directly keeps the View menu's check mark in step.
    view->setCurrentIndex(int(IncidentPage::Timeline));
    QVERIFY(window.pageActions()[int(IncidentPage::Timeline)]->isChecked());

    QCOMPARE(view->timelinePage()->model()->rowCount(), 6);
    QCOMPARE(view->rootCausePage()->rootCauseCount(), 2);
}

void TestMainWindow::showsLintFindings()
{
    GuiTestStore store;
    MainWindow window;
    QVERIFY(window.openStore(store.path()));
    QVERIFY(window.selectIncident(store.login()));
    // The linter may still be a stub elsewhere in the tree: the list shows either its findings or the
    // "no findings" line, never nothing.
    QVERIFY(window.incidentView()->overviewPage()->findingsList()->count() >= 1);
}

void TestMainWindow::rendersAScreenshot()
{
    GuiTestStore store;
    MainWindow window;
    window.setToday(guiTestToday());
    QVERIFY(window.openStore(store.path()));
    window.showPage(IncidentPage::Actions);
    const QString path = store.tempFile(QStringLiteral("shot.png"));
    QCOMPARE(Screenshot::render(window, path, QSize(1200, 800)), QString());

    const QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1200, 800));
    // A real rendering has more than one colour; a blank grab would not.
    const QRgb first = image.pixel(0, 0);
    bool varied = false;
    for (int y = 0; y < image.height() && !varied; y += 7) {
        for (int x = 0; x < image.width() && !varied; x += 7)
            varied = image.pixel(x, y) != first;
    }
    QVERIFY(varied);
}

namespace {
qreal meanLightness(const QImage& image)
{
    qreal sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); y += 5) {
        for (int x = 0; x < image.width(); x += 5) {
            sum += image.pixelColor(x, y).lightnessF();
            ++count;
        }
    }
    return sum / count;
}
} // namespace

void TestMainWindow::rendersWithTheDarkPalette()
{
    // `--palette dark` on every page: mostly dark surfaces, no page left light by a hard-coded colour.
    GuiTestStore store;
    const QPalette original = QApplication::palette();
    AppPalette::apply(PaletteChoice::Dark);
    {
        MainWindow window;
        window.setToday(guiTestToday());
        QVERIFY(window.openStore(store.path()));
        for (int page = 0; page <= int(kLastIncidentPage); ++page) {
            window.showPage(IncidentPage(page));
            const QString path = store.tempFile(QStringLiteral("dark-%1.png").arg(page));
            QCOMPARE(Screenshot::render(window, path, QSize(1200, 800)), QString());
            const qreal lightness = meanLightness(QImage(path));
            QVERIFY2(
                lightness < 0.3,
                qPrintable(
                    QStringLiteral("%1: mean lightness %2").arg(incidentPageName(IncidentPage(page))).arg(lightness)));
        }
    }
    QApplication::setPalette(original);
}

void TestMainWindow::refusesAFileThatIsNotAStore()
{
    GuiTestStore store;
    const QString junk = store.tempFile(QStringLiteral("junk.sqlite"));
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();

    MainWindow window;
    QVERIFY(window.openStore(store.path()));
    QString error;
    QVERIFY(!window.openStore(junk, &error));
    QVERIFY(!error.isEmpty());
    // The store that was open stays open.
    QCOMPARE(window.storePath(), store.path());
    QCOMPARE(window.incidentModel()->rowCount(), 2);
}

void TestMainWindow::refusesAnUnknownIncident()
{
    GuiTestStore store;
    MainWindow window;
    QVERIFY(window.openStore(store.path()));
    QVERIFY(!window.selectIncident(IncidentId {9999}));
    QCOMPARE(window.currentIncident(), store.login());
}

// For a knowledge-sharing session: F9 hides the incident list so the incident gets the width, and
// Full Screen uses the platform's key.
void TestMainWindow::projectorView()
{
    GuiTestStore store;
    MainWindow window;
    QVERIFY(window.openStore(store.path()));
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* list = window.findChild<QAction*>(QStringLiteral("actionIncidentList"));
    auto* full = window.findChild<QAction*>(QStringLiteral("actionFullScreen"));
    QVERIFY(list && full);
    QCOMPARE(full->shortcut(), QKeySequence(QKeySequence::FullScreen));
    const int before = window.incidentView()->width();
    list->trigger();
    QTRY_VERIFY(window.incidentView()->width() > before + 200);
    QVERIFY(!window.findChild<QSplitter*>(QStringLiteral("MainSplitter"))->widget(0)->isVisible());
    list->trigger();
    QTRY_COMPARE(window.incidentView()->width(), before);
}

// File › New Incident: the incident is stored at once, listed and shown, ready to be written.
void TestMainWindow::newIncidentFromScratch()
{
    GuiTestStore store;
    MainWindow window;
    window.setToday(guiTestToday());
    QVERIFY(window.openStore(store.path()));
    const int before = window.incidentModel()->rowCount();
    QVERIFY(window.findChild<QAction*>(QStringLiteral("actionNew")));
    Incident draft;
    draft.title = QStringLiteral("Queue backlog in billing");
    draft.status = QStringLiteral("open");
    draft.severity = QStringLiteral("SEV3");
    draft.date = guiTestToday();
    const IncidentId id = window.createIncident(draft);
    QVERIFY(id.isValid());
    QCOMPARE(window.incidentModel()->rowCount(), before + 1);
    QCOMPARE(window.currentIncident(), id);
    QCOMPARE(window.incidentView()->incident().title, draft.title);
    Database db(store.path());
    const std::optional<Incident> stored = IncidentRepository(db).load(id);
    QVERIFY(stored);
    QCOMPARE(stored->severity, QStringLiteral("SEV3"));
    QVERIFY(stored->timeline.isEmpty());
    // Written from here on like any other: the timeline page takes an entry.
    QCOMPARE(window.incidentView()->timelinePage()->model()->rowCount(), 0);
}

// A CLI edit made while the window is open (another connection) is shown without a restart, on the
// incident and page the user was on; nothing changes while nothing was changed.
void TestMainWindow::showsWhatAnotherProgramChanged()
{
    GuiTestStore store;
    MainWindow window;
    window.setToday(guiTestToday());
    QVERIFY(window.openStore(store.path()));
    QVERIFY(window.selectIncident(store.checkout()));
    window.showPage(IncidentPage::Actions);
    const int before = window.incidentView()->incident().actionItems.size();
    window.showChangesMadeElsewhere();
    QCOMPARE(window.incidentView()->incident().actionItems.size(), before);
    {
        Database cli(store.path());
        ActionItem item;
        item.title = QStringLiteral("Add a latency alert");
        PostmortemEdits(cli).insertActionItem(store.checkout(), 0, item);
    }
    window.showChangesMadeElsewhere();
    QCOMPARE(window.currentIncident(), store.checkout());
    QCOMPARE(window.incidentView()->currentPage(), IncidentPage::Actions);
    QCOMPARE(window.incidentView()->incident().actionItems.size(), before + 1);
    QCOMPARE(window.incidentView()->incident().actionItems.constFirst().title, QStringLiteral("Add a latency alert"));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
