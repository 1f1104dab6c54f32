// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestStore.h"
#include "ImportController.h"
#include "IncidentListModel.h"
#include "LogRepository.h"
#include "MainWindow.h"

#include <QSignalSpy>
#include <QtTest>

using namespace debrief;
using namespace debrief::testing;

namespace {

QString demoFile(const char* name)
{
    return QStringLiteral(DEBRIEF_DEMO_DIR "/") + QLatin1String(name);
}

qint64 logSources(const QString& store, IncidentId incident)
{
    Database db(store);
    return LogRepository(db).sources(incident).size();
}

} // namespace

// Imports through the window's worker (as File › Import and a drop do) and the export: the window
// stays responsive, progress is reported, errors and cancels store nothing, and the report is
// written.
class TestImportAndExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsLogsIntoTheShownIncident();
    void badFileIsReportedAndStoresNothing();
    void cancelStoresNothing();
    void newPostmortemBecomesAnIncident();
    void exportsTheReport();
};

void TestImportAndExport::importsLogsIntoTheShownIncident()
{
    GuiTestStore store;
    MainWindow window;
    QVERIFY(window.openStore(store.path()));
    QVERIFY(window.selectIncident(store.login()));
    QSignalSpy progress(window.importer(), &ImportController::progressed);
    QSignalSpy finished(window.importer(), &ImportController::finished);
    QVERIFY(window.importFiles({demoFile("auth-service.jsonl"), demoFile("prometheus-db-pool.json")}));
    QVERIFY(window.importer()->isRunning());
    QVERIFY(finished.wait(60000));
    const auto summary = finished.first().first().value<ImportSummary>();
    QVERIFY2(summary.errors.isEmpty(), qPrintable(summary.errors.join(u'\n')));
    QCOMPARE(summary.imported.size(), 2);
    QVERIFY(summary.imported[0].contains(QStringLiteral("9418 log entries as json-lines")));
    QVERIFY(progress.size() >= 2);
    QCOMPARE(logSources(store.path(), store.login()), 1);
    QCOMPARE(window.currentIncident(), store.login());
}

void TestImportAndExport::badFileIsReportedAndStoresNothing()
{
    GuiTestStore store;
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("pool.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1723316400,"1"],)");
    file.close();
    MainWindow window;
    QVERIFY(window.openStore(store.path()));
    QVERIFY(window.selectIncident(store.login()));
    QSignalSpy finished(window.importer(), &ImportController::finished);
    QVERIFY(window.importFiles({bad}));
    QVERIFY(finished.wait(60000));
    const auto summary = finished.first().first().value<ImportSummary>();
    QCOMPARE(summary.errors.size(), 1);
    QVERIFY2(summary.errors[0].startsWith(bad), qPrintable(summary.errors[0]));
    QVERIFY(summary.imported.isEmpty());
}

void TestImportAndExport::cancelStoresNothing()
{
    GuiTestStore store;
    QTemporaryDir dir;
    // Big enough that the import is still running when the cancel arrives.
    const QString big = dir.filePath(QStringLiteral("big.log"));
    QFile file(big);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < 400000; ++i)
        file.write(QStringLiteral("Aug 10 19:%1:%2 web1 nginx[42]: request %3 served\n")
                       .arg(i / 6000 % 60, 2, 10, QLatin1Char('0'))
                       .arg(i / 100 % 60, 2, 10, QLatin1Char('0'))
                       .arg(i)
                       .toUtf8());
    file.close();
    MainWindow window;
    QVERIFY(window.openStore(store.path()));
    QVERIFY(window.selectIncident(store.login()));
    QSignalSpy progress(window.importer(), &ImportController::progressed);
    QSignalSpy finished(window.importer(), &ImportController::finished);
    QVERIFY(window.importFiles({big}));
    QVERIFY(!window.importFiles({big})); // one import at a time
    window.importer()->cancel();
    QVERIFY(finished.wait(60000));
    const auto summary = finished.first().first().value<ImportSummary>();
    QVERIFY(summary.cancelled);
    QVERIFY(summary.errors.isEmpty());
    QCOMPARE(logSources(store.path(), store.login()), 0);
}

void TestImportAndExport::newPostmortemBecomesAnIncident()
{
    GuiTestStore store;
    MainWindow window;
    QVERIFY(window.openStore(store.path()));
    const int before = window.incidentModel()->rowCount();
    QSignalSpy finished(window.importer(), &ImportController::finished);
    QVERIFY(window.importFiles({demoFile("postmortem.md"), demoFile("nginx-access.log")}));
    QVERIFY(finished.wait(60000));
    const auto summary = finished.first().first().value<ImportSummary>();
    QVERIFY2(summary.errors.isEmpty(), qPrintable(summary.errors.join(u'\n')));
    QCOMPARE(window.incidentModel()->rowCount(), before + 1);
    QVERIFY(summary.incident);
    QCOMPARE(window.currentIncident(), *summary.incident);
    // The log file followed the postmortem into its new incident.
    QCOMPARE(logSources(store.path(), *summary.incident), 1);
}

void TestImportAndExport::exportsTheReport()
{
    GuiTestStore store;
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(window.openStore(store.path()));
    QVERIFY(window.selectIncident(store.login()));
    QSignalSpy exported(&window, &MainWindow::exported);
    const QString path = dir.filePath(QStringLiteral("report.md"));
    window.exportMarkdownTo(path);
    QVERIFY(exported.wait(30000));
    QCOMPARE(exported.first().at(1).toString(), QString());
    QFile report(path);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(report.readAll());
    QVERIFY(text.startsWith(QStringLiteral("# Authentication outage")));
    QVERIFY(text.contains(QStringLiteral("## Timeline")));

    window.exportMarkdownTo(dir.filePath(QStringLiteral("no/such/dir/report.md")));
    QVERIFY(exported.wait(30000));
    QVERIFY(!exported.last().at(1).toString().isEmpty());
}

QTEST_MAIN(TestImportAndExport)
#include "TestImportAndExport.moc"
