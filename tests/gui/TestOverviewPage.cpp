// SPDX-License-Identifier: GPL-3.0-or-later
#include "../cli/CliRunner.h"
#include "ActionItemsModel.h"
#include "ActionItemsPage.h"
#include "ChartDataLoader.h"
#include "DisplayText.h"
#include "EvidenceAnalyzer.h"
#include "EvidenceMetrics.h"
#include "FindingNavigator.h"
#include "GuiTestStore.h"
#include "IncidentMetrics.h"
#include "IncidentView.h"
#include "MetricTile.h"
#include "OverviewPage.h"
#include "PostmortemLinter.h"
#include "TimelineModel.h"
#include "TimelinePage.h"

#include <QComboBox>
#include <QListWidget>
#include <QTableView>
#include <QtTest>

using namespace debrief;
using namespace debrief::testing;

// The overview's evidence beside the stated metrics (read off the GUI thread) and its findings as
// links into the other pages of the incident view.
class TestOverviewPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void statedValuesWithNoEvidenceInTheStore();
    void noStoreMeansNoEvidence();
    void evidenceBesideStatedValues();
    void disagreementIsFlagged();
    void anEditIsSetAgainstTheEvidenceAtHand();
    void findingPages_data();
    void findingPages();
    void enterOnActionItemFindingSelectsTheItem();
    void clickOnTimelineFindingSelectsTheEntry();

private:
    static Incident reviewedIncident();
    static QListWidgetItem* findingItem(const QListWidget* list, const QString& rule);
    static Incident loadIncident(const QString& store, IncidentId id);

    QTemporaryDir m_dir;
    QString m_demoStore; // the demo postmortem with its metrics and logs, incident 1
};

void TestOverviewPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demoStore = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const test::CliRun run
        = test::importDemo(m_demoStore, {QStringLiteral("prometheus-db-pool.json"),
                                         QStringLiteral("grafana-auth-overview.csv"), QStringLiteral("auth-service.jsonl")});
    QVERIFY2(run.code == 0, qPrintable(run.err));
}

Incident TestOverviewPage::loadIncident(const QString& store, IncidentId id)
{
    Database db(store);
    return IncidentRepository(db).load(id).value_or(Incident {});
}

// loginOutage() as an imported document: lines for every entry and item, and an open item without
// owner, so that the linter points at rows.
Incident TestOverviewPage::reviewedIncident()
{
    Incident incident = loginOutage();
    for (int i = 0; i < incident.timeline.size(); ++i)
        incident.timeline[i].sourceLine = 10 + i;
    for (int i = 0; i < incident.actionItems.size(); ++i)
        incident.actionItems[i].sourceLine = 40 + i;
    incident.actionItems[1].owner.clear(); // "Load test before sales", in progress
    incident.sections = {DocumentSection {SectionRole::Timeline, QStringLiteral("Timeline"), 9, false},
                         DocumentSection {SectionRole::ActionItems, QStringLiteral("Action Items"), 39, false}};
    return incident;
}

QListWidgetItem* TestOverviewPage::findingItem(const QListWidget* list, const QString& rule)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->toolTip().contains(u'(' + rule + u')'))
            return list->item(row);
    }
    return nullptr;
}

void TestOverviewPage::statedValuesWithNoEvidenceInTheStore()
{
    GuiTestStore store;
    const Incident incident = loadIncident(store.path(), store.login());
    const IncidentMetrics metrics = IncidentMetrics::compute(incident);
    OverviewPage page;
    page.setIncident(incident, metrics, PostmortemLinter::lint(incident), store.path());
    QCOMPARE(page.resolveTile()->evidence(), QStringLiteral("evidence: reading…"));
    QVERIFY(ChartDataLoader::waitUntilIdle());
    QCOMPARE(page.resolveTile()->value(), DisplayText::duration(metrics.timeToResolveMinutes));
    for (MetricTile* tile : {page.detectTile(), page.mitigateTile(), page.resolveTile(), page.durationTile()}) {
        QCOMPARE(tile->evidence(), QStringLiteral("no evidence"));
        QVERIFY(!tile->disagrees());
    }
}

void TestOverviewPage::noStoreMeansNoEvidence()
{
    const Incident incident = loginOutage();
    OverviewPage page;
    page.setIncident(incident, IncidentMetrics::compute(incident), {}, {});
    QCOMPARE(page.durationTile()->evidence(), QStringLiteral("no evidence"));
    QCOMPARE(page.loader()->pendingCount(), 0);
}

void TestOverviewPage::evidenceBesideStatedValues()
{
    const Incident incident = loadIncident(m_demoStore, IncidentId {1});
    QVERIFY(!incident.title.isEmpty());
    const IncidentMetrics stated = IncidentMetrics::compute(incident);
    Database db(m_demoStore);
    const EvidenceMetrics expected = EvidenceMetrics::compute(incident, EvidenceAnalyzer(db).suggestions(incident.id));
    QVERIFY2(expected.timeToResolveMinutes && expected.impactStartedAt, "the demo evidence shows a recovery");

    OverviewPage page;
    page.setIncident(incident, stated, PostmortemLinter::lint(incident), m_demoStore);
    QVERIFY(ChartDataLoader::waitUntilIdle());

    MetricTile* resolve = page.resolveTile();
    QCOMPARE(resolve->value(), DisplayText::duration(stated.timeToResolveMinutes));
    const QString evidence = resolve->evidence();
    QVERIFY2(evidence.startsWith(QStringLiteral("evidence: ") + DisplayText::duration(expected.timeToResolveMinutes)),
             qPrintable(evidence));
    const QString clock = expected.impactStartedAt->toDateTime().toString(QStringLiteral("HH:mm"));
    QVERIFY2(evidence.contains(clock + QStringLiteral(" → ")), qPrintable(evidence));
    const bool disagrees = stated.timeToResolveMinutes
        && std::abs(*stated.timeToResolveMinutes - *expected.timeToResolveMinutes)
            > OverviewPage::kAgreementToleranceMinutes;
    QCOMPARE(resolve->disagrees(), disagrees);
    QCOMPARE(evidence.contains(QStringLiteral("than stated")), disagrees);
    QVERIFY(page.mitigateTile()->evidence().startsWith(QStringLiteral("evidence: ")));
}

// The postmortem claims the resolution an hour after the evidence shows the recovery.
void TestOverviewPage::disagreementIsFlagged()
{
    Incident incident = loadIncident(m_demoStore, IncidentId {1});
    for (TimelineEvent& event : incident.timeline) {
        if (event.kind == TimelineKind::Resolution && event.at)
            event.at = UtcMillis {event.at->value + 60 * 60'000};
    }
    const IncidentMetrics stated = IncidentMetrics::compute(incident);
    QVERIFY(stated.timeToResolveMinutes);
    OverviewPage page;
    page.setIncident(incident, stated, {}, m_demoStore);
    QVERIFY(ChartDataLoader::waitUntilIdle());
    MetricTile* resolve = page.resolveTile();
    QVERIFY2(resolve->disagrees(), qPrintable(resolve->evidence()));
    QVERIFY2(resolve->evidence().contains(QStringLiteral("shorter than stated")), qPrintable(resolve->evidence()));
    QVERIFY(resolve->accessibleDescription().contains(QStringLiteral("disagrees")));
}

// An edit of the incident shown (here: its resolution moved an hour later, then back) changes what
// the evidence is set against, not the evidence: the tiles follow at once, with no worker asked.
void TestOverviewPage::anEditIsSetAgainstTheEvidenceAtHand()
{
    const Incident incident = loadIncident(m_demoStore, IncidentId {1});
    OverviewPage page;
    page.setIncident(incident, IncidentMetrics::compute(incident), {}, m_demoStore);
    QVERIFY(ChartDataLoader::waitUntilIdle());
    QVERIFY(!page.resolveTile()->disagrees());

    Incident edited = incident;
    for (TimelineEvent& event : edited.timeline) {
        if (event.kind == TimelineKind::Resolution && event.at)
            event.at = UtcMillis {event.at->value + 60 * 60'000};
    }
    page.setIncident(edited, IncidentMetrics::compute(edited), {}, m_demoStore);
    QCOMPARE(page.loader()->pendingCount(), 0);
    QVERIFY2(page.resolveTile()->disagrees(), qPrintable(page.resolveTile()->evidence()));
    page.setIncident(incident, IncidentMetrics::compute(incident), {}, m_demoStore);
    QVERIFY(!page.resolveTile()->disagrees());
    // An import into it is new evidence: that is read again.
    page.reloadEvidence();
    QCOMPARE(page.loader()->pendingCount(), 1);
    QVERIFY(ChartDataLoader::waitUntilIdle());
    QVERIFY(!page.resolveTile()->disagrees());
}

void TestOverviewPage::findingPages_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("section");
    QTest::addColumn<int>("page");
    QTest::newRow("untimed entry") << "untimed-entry"
                                   << "Timeline" << int(IncidentPage::Timeline);
    QTest::newRow("no time zone") << "no-timezone"
                                  << "" << int(IncidentPage::Timeline);
    QTest::newRow("root causes") << "conflicting-root-causes"
                                 << "Issue Summary" << int(IncidentPage::RootCause);
    QTest::newRow("resolution") << "resolution-contradicts-timeline"
                                << "Resolution" << int(IncidentPage::RootCause);
    QTest::newRow("no owner") << "action-item-no-owner"
                              << "Action Items" << int(IncidentPage::Actions);
    QTest::newRow("empty timeline section") << "empty-section"
                                            << "timeline" << int(IncidentPage::Timeline);
    QTest::newRow("empty action items") << "empty-section"
                                        << "Action Items" << int(IncidentPage::Actions);
    QTest::newRow("duration stays") << "duration-mismatch"
                                    << "Summary" << int(IncidentPage::Overview);
    QTest::newRow("missing stays") << "missing-section"
                                   << "" << int(IncidentPage::Overview);
}

void TestOverviewPage::findingPages()
{
    QFETCH(QString, rule);
    QFETCH(QString, section);
    QFETCH(int, page);
    const LintFinding finding {rule, Severity::Warning, QStringLiteral("message"), section, 0};
    QCOMPARE(int(FindingNavigator::pageFor(finding, reviewedIncident())), page);
}

void TestOverviewPage::enterOnActionItemFindingSelectsTheItem()
{
    GuiTestStore store;
    Database db(store.path());
    const IncidentId id = IncidentRepository(db).create(reviewedIncident());
    IncidentView view;
    view.setIncident(loadIncident(store.path(), id), guiTestToday(), store.path());
    // The filter hides the item: going to it must show it anyway.
    view.actionItemsPage()->showChooser()->setCurrentIndex(2); // overdue items only
    QListWidget* list = view.overviewPage()->findingsList();
    QListWidgetItem* item = findingItem(list, QStringLiteral("action-item-no-owner"));
    QVERIFY(item);
    QVERIFY(item->text().contains(incidentPageTitle(IncidentPage::Actions)));
    QSignalSpy activated(view.overviewPage(), &OverviewPage::findingActivated);
    list->setCurrentItem(item);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(view.currentPage(), IncidentPage::Actions);
    const QModelIndex current = view.actionItemsPage()->view()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.siblingAtColumn(ActionItemsModel::TitleColumn).data().toString(),
             QStringLiteral("Load test before sales"));
    QVERIFY(view.actionItemsPage()->view()->selectionModel()->isRowSelected(current.row(), current.parent()));
    QVERIFY(ChartDataLoader::waitUntilIdle());
}

void TestOverviewPage::clickOnTimelineFindingSelectsTheEntry()
{
    GuiTestStore store;
    Database db(store.path());
    const IncidentId id = IncidentRepository(db).create(reviewedIncident());
    IncidentView view;
    view.resize(1200, 800);
    view.setIncident(loadIncident(store.path(), id), guiTestToday(), store.path());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QListWidget* list = view.overviewPage()->findingsList();
    QListWidgetItem* item = findingItem(list, QStringLiteral("untimed-entry"));
    QVERIFY(item);
    const QRect rect = list->visualItemRect(item);
    QVERIFY(rect.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(view.currentPage(), IncidentPage::Timeline);
    const QModelIndex current = view.timelinePage()->view()->currentIndex();
    QVERIFY(current.isValid());
    // The first untimed entry of loginOutage() is the second entry, on line 11.
    const QString text = current.siblingAtColumn(TimelineModel::TextColumn).data().toString();
    QVERIFY2(text.contains(QStringLiteral("investigating")) || text.contains(QStringLiteral("DDoS")), qPrintable(text));
    QVERIFY(ChartDataLoader::waitUntilIdle());
}

QTEST_MAIN(TestOverviewPage)
#include "TestOverviewPage.moc"
