// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestStore.h"
#include "Launcher.h"

#include <QFile>
#include <QImage>
#include <QtTest>

using namespace debrief;
using namespace debrief::testing;

class TestLauncher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTheScreenshot_data();
    void writesTheScreenshot();
    void writesTheScreenshotAtTheGivenSize();
    void failsWithExitCodeTwo_data();
    void failsWithExitCodeTwo();
    void prefersTheStoreOption();
};

namespace {
GuiOptions screenshotOptions(const GuiTestStore& store)
{
    GuiOptions options;
    options.storePath = store.path();
    options.screenshotPath = store.tempFile(QStringLiteral("shot.png"));
    return options;
}
} // namespace

void TestLauncher::writesTheScreenshot_data()
{
    QTest::addColumn<QString>("view");
    for (const QString& name : allIncidentPageNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestLauncher::writesTheScreenshot()
{
    QFETCH(QString, view);
    GuiTestStore store;
    GuiOptions options = screenshotOptions(store);
    options.incident = store.checkout();
    options.page = incidentPageFromName(view);
    QCOMPARE(Launcher(options).run(), 0);
    const QImage image(options.screenshotPath);
    QCOMPARE(image.size(), QSize(1400, 900));
}

void TestLauncher::writesTheScreenshotAtTheGivenSize()
{
    GuiTestStore store;
    GuiOptions options = screenshotOptions(store);
    options.screenshotSize = QSize(1280, 720);
    QCOMPARE(Launcher(options).run(), 0);
    QCOMPARE(QImage(options.screenshotPath).size(), QSize(1280, 720));
}

void TestLauncher::failsWithExitCodeTwo_data()
{
    QTest::addColumn<QString>("store");
    QTest::addColumn<qint64>("incident");
    QTest::addColumn<QString>("screenshot");
    QTest::newRow("missing store") << QStringLiteral("missing.sqlite") << qint64(0) << QStringLiteral("shot.png");
    QTest::newRow("not a store") << QStringLiteral("junk.sqlite") << qint64(0) << QStringLiteral("shot.png");
    QTest::newRow("unknown incident") << QString() << qint64(9999) << QStringLiteral("shot.png");
    QTest::newRow("unwritable image") << QString() << qint64(0) << QStringLiteral("no/such/dir/shot.png");
}

void TestLauncher::failsWithExitCodeTwo()
{
    QFETCH(QString, store);
    QFETCH(qint64, incident);
    QFETCH(QString, screenshot);
    GuiTestStore fixture;
    QFile junk(fixture.tempFile(QStringLiteral("junk.sqlite")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();

    GuiOptions options = screenshotOptions(fixture);
    if (!store.isEmpty())
        options.storePath = fixture.tempFile(store);
    if (incident > 0)
        options.incident = IncidentId {incident};
    options.screenshotPath = fixture.tempFile(screenshot);
    QCOMPARE(Launcher(options).run(), 2);
    QVERIFY(!QFile::exists(options.screenshotPath));
}

void TestLauncher::prefersTheStoreOption()
{
    qputenv("DEBRIEF_STORE", "/elsewhere/env.sqlite");
    GuiOptions options;
    QCOMPARE(Launcher(options).storePath(), QStringLiteral("/elsewhere/env.sqlite"));
    options.storePath = QStringLiteral("/given.sqlite");
    QCOMPARE(Launcher(options).storePath(), QStringLiteral("/given.sqlite"));
    qunsetenv("DEBRIEF_STORE");
}

QTEST_MAIN(TestLauncher)
#include "TestLauncher.moc"
