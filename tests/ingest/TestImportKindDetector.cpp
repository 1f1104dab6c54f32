// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportKindDetector.h"

#include <QDir>
#include <QDirIterator>
#include <QTest>

using namespace debrief;

// Every fixture of the project is told apart by content: postmortems as postmortems, logs as logs,
// metrics exports as metrics.
class TestImportKindDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void gzipIsALog();
    void formatDecides();
    void metricFormatDecides();
    void shortPlainTextIsAPostmortem();
};

void TestImportKindDetector::fixtures_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("kind");
    const auto add = [](const QString& folder, ImportKind kind) {
        QDirIterator it(QStringLiteral(DEBRIEF_TEST_DATA "/") + folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            // The metrics folder also holds the scripts that made its files.
            if (!path.endsWith(QLatin1String("README.md")) && !path.endsWith(QLatin1String(".py"))
                && !path.endsWith(QLatin1String(".sh")))
                QTest::newRow(qPrintable(QDir(QStringLiteral(DEBRIEF_TEST_DATA)).relativeFilePath(path)))
                    << path << int(kind);
        }
    };
    add(QStringLiteral("postmortem"), ImportKind::Postmortem);
    add(QStringLiteral("export"), ImportKind::Postmortem);
    add(QStringLiteral("logs"), ImportKind::Log);
    add(QStringLiteral("metrics"), ImportKind::Metric);
}

void TestImportKindDetector::fixtures()
{
    QFETCH(QString, path);
    QFETCH(int, kind);
    const ImportKindDetection detection = ImportKindDetector::detect(path);
    QVERIFY2(int(detection.kind) == kind, qPrintable(detection.reason));
}

void TestImportKindDetector::gzipIsALog()
{
    const QByteArray gzipHead("\x1f\x8b\x08\x00\x00\x00\x00\x00", 8);
    QCOMPARE(ImportKindDetector::detectBytes(gzipHead, LogFormatRegistry::builtIn()).kind, ImportKind::Log);
}

void TestImportKindDetector::formatDecides()
{
    const QString log = QStringLiteral(DEBRIEF_TEST_DATA "/logs/nginx-combined/nginx-access.log");
    QCOMPARE(ImportKindDetector::detect(log, QStringLiteral("postmortem")).kind, ImportKind::Postmortem);
    const QString postmortem = QStringLiteral(DEBRIEF_TEST_DATA "/postmortem/reference.md");
    QCOMPARE(ImportKindDetector::detect(postmortem, QStringLiteral("generic")).kind, ImportKind::Log);
}

void TestImportKindDetector::metricFormatDecides()
{
    const QString log = QStringLiteral(DEBRIEF_TEST_DATA "/logs/nginx-combined/nginx-access.log");
    QCOMPARE(ImportKindDetector::detect(log, QStringLiteral("csv")).kind, ImportKind::Metric);
}

void TestImportKindDetector::shortPlainTextIsAPostmortem()
{
    // No log format reads prose; the postmortem importer gives the clear answer about it.
    const QByteArray prose("We had an outage.\nUsers could not log in for a while.\n");
    QCOMPARE(ImportKindDetector::detectBytes(prose, LogFormatRegistry::builtIn()).kind, ImportKind::Postmortem);
}

QTEST_GUILESS_MAIN(TestImportKindDetector)
#include "TestImportKindDetector.moc"
