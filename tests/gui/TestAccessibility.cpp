// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard and screen-reader conventions of the main window: every control a Tab can reach has a
// name, the menus carry the platform's standard shortcuts, and Tab leads from the incident list
// into the page.
#include "../cli/CliRunner.h"
#include "AppIcons.h"
#include "ChartDataLoader.h"
#include "GuiTestStore.h"
#include "IncidentView.h"
#include "MainWindow.h"
#include "ShortcutOverview.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTabBar>
#include <QTemporaryDir>
#include <QtTest>

// Before any use: QFETCH of a page needs the type registered where it is first instantiated.
Q_DECLARE_METATYPE(debrief::IncidentPage)

using namespace debrief;
using namespace debrief::testing;

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyFocusableWidgetHasAName_data();
    void everyFocusableWidgetHasAName();
    void menusHaveTheStandardShortcuts();
    void viewMenuSwitchesPagesAndHelpHasAbout();
    void noTwoActionsShareAShortcut();
    void tabLeadsFromTheListIntoThePage();
    void tabLeavesEveryPage_data();
    void tabLeavesEveryPage();
    void iconsFollowThePalette();

private:
    QTemporaryDir m_dir;
    QString m_demoStore; // the demo incident with its logs and metrics: suggestions, charts, rows
};

void TestAccessibility::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demoStore = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const test::CliRun run = test::importDemo(
        m_demoStore, {QStringLiteral("prometheus-db-pool.json"), QStringLiteral("auth-service.jsonl")});
    QVERIFY2(run.code == 0, qPrintable(run.err));
}

namespace {

// The window on the test store, shown and active: keyboard focus needs an active window.
bool showActive(MainWindow& window, const GuiTestStore& store)
{
    window.setToday(guiTestToday());
    if (!window.openStore(store.path()))
        return false;
    window.resize(1400, 900);
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

// Widgets whose owners still have to name them. Each entry is "PageClass/WidgetClass[objectName]"
// as describe() prints it; remove an entry once its file names the widget. The test fails for any
// unnamed widget not listed here, and also for an entry that no longer matches anything, so the
// list cannot go stale.
const QSet<QString>& knownUnnamed()
{
    static const QSet<QString> list {};
    return list;
}

QString stripped(const QString& text)
{
    QString plain = text;
    plain.remove(u'&');
    return plain.trimmed();
}

bool isBuddyTarget(const QWidget* widget, const QWidget& window)
{
    const QList<QLabel*> labels = window.findChildren<QLabel*>();
    return std::any_of(labels.begin(), labels.end(), [widget](const QLabel* label) {
        return label->buddy() == widget && !stripped(label->text()).isEmpty();
    });
}

bool hasOwnText(const QWidget* widget)
{
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
        return !stripped(button->text()).isEmpty();
    if (const auto* group = qobject_cast<const QGroupBox*>(widget))
        return !stripped(group->title()).isEmpty();
    if (const auto* tabs = qobject_cast<const QTabBar*>(widget)) {
        // A tab bar is read tab by tab: each tab needs its text.
        for (int i = 0; i < tabs->count(); ++i) {
            if (stripped(tabs->tabText(i)).isEmpty())
                return false;
        }
        return tabs->count() > 0;
    }
    return false;
}

bool isNamed(const QWidget* widget, const QWidget& window)
{
    return !widget->accessibleName().trimmed().isEmpty() || isBuddyTarget(widget, window) || hasOwnText(widget);
}

// The part of a composite control that holds the focus (the line edit of a spin box or an editable
// combo box) is named through the control: check the control instead.
const QWidget* namedControl(const QWidget* widget)
{
    const QWidget* parent = widget->parentWidget();
    if (parent
        && (parent->focusProxy() == widget || qobject_cast<const QAbstractSpinBox*>(parent)
            || qobject_cast<const QComboBox*>(parent)))
        return parent;
    // A scroll area's viewport (a chart view's canvas) is announced as the scroll area.
    if (const auto* area = qobject_cast<const QAbstractScrollArea*>(parent); area && area->viewport() == widget)
        return parent;
    return widget;
}

bool reachableByTab(const QWidget* widget, const QWidget& window)
{
    return widget->isVisibleTo(&window) && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus);
}

// "OverviewPage/QListWidget[findings]": the page the widget is on, its class and object name.
QString describe(const QWidget* widget, const IncidentView* view)
{
    QString page = QStringLiteral("MainWindow");
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        if (w->parentWidget() && w->parentWidget()->parentWidget() == view) {
            page = QString::fromLatin1(w->metaObject()->className()).section(QStringLiteral("::"), -1);
            break;
        }
    }
    const QString cls = QString::fromLatin1(widget->metaObject()->className()).section(QStringLiteral("::"), -1);
    return QStringLiteral("%1/%2[%3]").arg(page, cls, widget->objectName());
}

QAction* findAction(const MainWindow& window, const QString& objectName)
{
    const QList<QAction*> actions = window.menuBar()->findChildren<QAction*>(objectName);
    if (!actions.isEmpty())
        return actions.constFirst();
    return window.findChild<QAction*>(objectName);
}

QList<QAction*> menuActions(const MainWindow& window)
{
    QList<QAction*> all;
    for (QAction* menuAction : window.menuBar()->actions()) {
        if (menuAction->menu())
            all += menuAction->menu()->actions();
    }
    return all;
}

QMenu* menuTitled(const MainWindow& window, const QString& title)
{
    for (QAction* menuAction : window.menuBar()->actions()) {
        if (stripped(menuAction->text()) == title)
            return menuAction->menu();
    }
    return nullptr;
}

} // namespace

void TestAccessibility::everyFocusableWidgetHasAName_data()
{
    QTest::addColumn<bool>("demo");
    QTest::newRow("test store") << false;
    QTest::newRow("demo store with evidence") << true;
}

void TestAccessibility::everyFocusableWidgetHasAName()
{
    QFETCH(bool, demo);
    GuiTestStore store;
    MainWindow window;
    window.setToday(guiTestToday());
    QVERIFY(window.openStore(demo ? m_demoStore : store.path()));
    QVERIFY(window.selectIncident(demo ? IncidentId {1} : store.login()));
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The charts and suggestions fill in from workers; their controls appear once they have.
    ChartDataLoader::waitUntilIdle();
    QCoreApplication::processEvents();

    IncidentView* view = window.incidentView();
    QStringList unnamed;
    QSet<QString> allowedSeen;
    int checked = 0;
    for (int page = 0; page < view->count(); ++page) {
        view->setCurrentIndex(page);
        QCoreApplication::processEvents();
        ChartDataLoader::waitUntilIdle();
        QCoreApplication::processEvents();
        for (const QWidget* widget : window.findChildren<QWidget*>()) {
            if (!reachableByTab(widget, window))
                continue;
            const QWidget* control = namedControl(widget);
            ++checked;
            if (isNamed(control, window))
                continue;
            const QString name = describe(control, view);
            if (knownUnnamed().contains(name))
                allowedSeen.insert(name);
            else if (!unnamed.contains(name))
                unnamed << name;
        }
    }
    // A page with controls was really visited: the walk is not vacuous.
    QVERIFY(checked > 20);
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(QStringLiteral("focusable without an accessible name: ") + unnamed.join(u' ')));
    const QSet<QString> stale = knownUnnamed() - allowedSeen;
    QVERIFY2(stale.isEmpty(),
             qPrintable(QStringLiteral("allow-list entries that are named now or gone: ")
                        + QStringList(stale.begin(), stale.end()).join(u' ')));
}

void TestAccessibility::menusHaveTheStandardShortcuts()
{
    MainWindow window;
    const QList<QPair<QString, QKeySequence::StandardKey>> standard {
        {QStringLiteral("actionOpen"), QKeySequence::Open}, {QStringLiteral("actionQuit"), QKeySequence::Quit},
        {QStringLiteral("actionUndo"), QKeySequence::Undo}, {QStringLiteral("actionRedo"), QKeySequence::Redo},
        {QStringLiteral("actionFind"), QKeySequence::Find}, {QStringLiteral("actionHelp"), QKeySequence::HelpContents},
    };
    const QList<QAction*> inMenus = menuActions(window);
    for (const auto& [objectName, key] : standard) {
        QAction* action = findAction(window, objectName);
        QVERIFY2(action, qPrintable(objectName));
        QVERIFY2(inMenus.contains(action), qPrintable(objectName + QStringLiteral(" is not in a menu")));
        QCOMPARE(action->shortcut(), QKeySequence(key));
        QVERIFY(!action->icon().isNull() || objectName == QStringLiteral("actionHelp"));
    }
    // The roles the platform moves (the application menu on macOS) keep their standard keys too.
    for (QAction* action : inMenus) {
        if (action->menuRole() == QAction::QuitRole)
            QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Quit));
    }
    QStringList titles;
    for (QAction* menuAction : window.menuBar()->actions())
        titles << stripped(menuAction->text());
    QCOMPARE(titles,
             (QStringList {QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("Incident"),
                           QStringLiteral("View"), QStringLiteral("Help")}));
    // Every top-level menu has a mnemonic, so that Alt opens it from the keyboard.
    for (QAction* menuAction : window.menuBar()->actions())
        QVERIFY2(menuAction->text().contains(u'&'), qPrintable(menuAction->text()));
}

void TestAccessibility::viewMenuSwitchesPagesAndHelpHasAbout()
{
    GuiTestStore store;
    MainWindow window;
    QVERIFY(window.openStore(store.path()));
    QMenu* viewMenu = menuTitled(window, QStringLiteral("View"));
    QVERIFY(viewMenu);
    QCOMPARE(window.pageActions().size(), window.incidentView()->count());
    for (int i = 0; i < window.pageActions().size(); ++i) {
        QAction* action = window.pageActions()[i];
        QVERIFY(viewMenu->actions().contains(action));
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        QVERIFY(!action->icon().isNull());
    }
    QMenu* help = menuTitled(window, QStringLiteral("Help"));
    QVERIFY(help);
    const QList<QAction*> helpActions = help->actions();
    QVERIFY(std::any_of(helpActions.begin(), helpActions.end(),
                        [](const QAction* a) { return a->menuRole() == QAction::AboutRole; }));
    // Help › Keyboard Shortcuts lists the menus' keys as they are, and the pages' own keys.
    const QString overview = ShortcutOverview::html(*window.menuBar());
    for (const QKeySequence& key : {QKeySequence(QKeySequence::Open), QKeySequence(Qt::CTRL | Qt::Key_6),
                                    QKeySequence(QKeySequence::HelpContents)})
        QVERIFY2(overview.contains(key.toString(QKeySequence::NativeText).toHtmlEscaped()), qPrintable(overview));
    QVERIFY(overview.contains(QStringLiteral("Insert")));
}

void TestAccessibility::noTwoActionsShareAShortcut()
{
    GuiTestStore store;
    MainWindow window;
    QVERIFY(window.openStore(store.path()));
    // Two window-wide actions on one key would make Qt fire neither ("ambiguous shortcut").
    QHash<QKeySequence, QString> seen;
    for (QAction* action : menuActions(window)) {
        for (const QKeySequence& key : action->shortcuts()) {
            QVERIFY2(!seen.contains(key),
                     qPrintable(QStringLiteral("%1 is used by \"%2\" and \"%3\"")
                                    .arg(key.toString(), seen.value(key), action->text())));
            seen.insert(key, action->text());
        }
    }
    QVERIFY(seen.size() >= 12);
}

void TestAccessibility::tabLeadsFromTheListIntoThePage()
{
    GuiTestStore store;
    MainWindow window;
    QVERIFY(showActive(window, store));

    IncidentView* view = window.incidentView();
    for (const IncidentPage page : {IncidentPage::Overview, IncidentPage::Timeline, IncidentPage::RootCause,
                                    IncidentPage::Actions, IncidentPage::Logs, IncidentPage::Metrics,
                                    IncidentPage::Document}) {
        window.showPage(page);
        // Edit › Go to Incident List puts the focus on the list, as Ctrl+L does.
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QWidget* start = QApplication::focusWidget();
        QVERIFY(start);
        QCOMPARE(start->accessibleName(), QStringLiteral("Incidents"));

        bool reachedTabs = false;
        bool reachedPage = false;
        for (int step = 0; step < 40 && !reachedPage; ++step) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget* focus = QApplication::focusWidget();
            QVERIFY(focus);
            reachedTabs = reachedTabs || focus == view->tabBar();
            // The page itself or anything on it; the tab bar must come first.
            reachedPage = view->currentWidget()->isAncestorOf(focus) || focus == view->currentWidget();
            if (reachedPage)
                QVERIFY2(reachedTabs, "Tab reached the page before the tab bar");
        }
        QVERIFY2(reachedTabs, qPrintable(incidentPageName(page)));
        QVERIFY2(reachedPage, qPrintable(incidentPageName(page)));
    }
}

void TestAccessibility::tabLeavesEveryPage_data()
{
    QTest::addColumn<IncidentPage>("page");
    for (int page = 0; page <= int(kLastIncidentPage); ++page)
        QTest::newRow(qPrintable(incidentPageName(IncidentPage(page)))) << IncidentPage(page);
}

// No keyboard trap (WCAG 2.1.2): Tab, pressed often enough, comes back round to the incident list.
// A table that walks its cells with Tab (QTableView's default tabKeyNavigation) holds the focus
// for ever.
void TestAccessibility::tabLeavesEveryPage()
{
    QFETCH(IncidentPage, page);
    GuiTestStore store;
    MainWindow window;
    QVERIFY(showActive(window, store));
    window.showPage(page);
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QWidget* list = QApplication::focusWidget();
    QVERIFY(list);

    QStringList visited;
    bool back = false;
    for (int step = 0; step < 200 && !back; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        back = focus == list;
        if (!back && !visited.contains(focus->accessibleName()))
            visited << focus->accessibleName();
    }
    QVERIFY2(back, qPrintable(QStringLiteral("Tab stays in: ") + visited.join(QStringLiteral(", "))));
}

void TestAccessibility::iconsFollowThePalette()
{
    // The strokes take the palette's text colour: dark on the light palette, light on a dark one.
    const QIcon icon = AppIcons::get(AppIcon::Import);
    QVERIFY(!icon.isNull());
    QCOMPARE(icon.name(), QStringLiteral("import"));
    const auto strokeLightness = [&icon] {
        const QImage image = icon.pixmap(QSize(48, 48)).toImage();
        qreal sum = 0;
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.alpha() > 200) {
                    sum += c.lightnessF();
                    ++count;
                }
            }
        }
        return count > 20 ? sum / count : -1.0;
    };
    const QPalette original = QApplication::palette();
    QPalette light = original;
    light.setColor(QPalette::WindowText, Qt::black);
    QApplication::setPalette(light);
    const qreal onLight = strokeLightness();
    QPalette dark = original;
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(dark);
    const qreal onDark = strokeLightness();
    QApplication::setPalette(original);
    QVERIFY2(onLight >= 0 && onLight < 0.2, qPrintable(QString::number(onLight)));
    QVERIFY2(onDark > 0.8, qPrintable(QString::number(onDark)));
    // High-DPI: a 2x request is drawn at 2x, not scaled up from 1x.
    QCOMPARE(icon.pixmap(QSize(24, 24), 2.0).size(), QSize(48, 48));
    // Every icon of the set exists in the resources.
    for (int i = 0; i <= int(AppIcon::Quit); ++i)
        QVERIFY2(QFile::exists(AppIcons::resourcePath(AppIcon(i))), qPrintable(AppIcons::resourcePath(AppIcon(i))));
    for (const QString& kind : allTimelineKindNames())
        QVERIFY2(!AppIcons::kind(*timelineKindFromName(kind)).isNull(), qPrintable(kind));
}

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
