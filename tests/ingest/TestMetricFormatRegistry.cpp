// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricFormatRegistry.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace debrief;

// The registry of metric formats: every format's own sample is detected as that format and
// parses, every fixture is detected as the format of its folder, and unknown input is refused.
class TestMetricFormatRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFormatDetectsAndParsesItsSample_data();
    void everyFormatDetectsAndParsesItsSample();
    void fixturesAreDetectedAsTheirFolder_data();
    void fixturesAreDetectedAsTheirFolder();
    void findsFormatsByName();
    void unknownContentIsRefused_data();
    void unknownContentIsRefused();
};

void TestMetricFormatRegistry::everyFormatDetectsAndParsesItsSample_data()
{
    QTest::addColumn<QString>("name");
    for (const MetricFormat* format : MetricFormatRegistry::builtIn().formats())
        QTest::newRow(qPrintable(format->name())) << format->name();
}

void TestMetricFormatRegistry::everyFormatDetectsAndParsesItsSample()
{
    QFETCH(QString, name);
    const MetricFormatRegistry& registry = MetricFormatRegistry::builtIn();
    const MetricFormat* format = registry.find(name);
    QVERIFY(format);
    const QByteArray sample = format->sample().toUtf8();
    const MetricFormatDetection detection = registry.detect(sample);
    QVERIFY2(detection.format, qPrintable(detection.error));
    QCOMPARE(detection.format->name(), name);
    QVERIFY(detection.confidence >= MetricFormatRegistry::kMinConfidence);
    MetricParseContext context;
    context.snapshotAt = 1723316400000;
    const MetricParseResult parsed = format->parse(sample, context);
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    QVERIFY(!parsed.series.isEmpty());
}

void TestMetricFormatRegistry::fixturesAreDetectedAsTheirFolder_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("format");
    const QDir root(QStringLiteral(DEBRIEF_TEST_DATA "/metrics"));
    for (const QString& folder : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QDirIterator it(root.filePath(folder), QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            QTest::newRow(qPrintable(root.relativeFilePath(path))) << path << folder;
        }
    }
}

void TestMetricFormatRegistry::fixturesAreDetectedAsTheirFolder()
{
    QFETCH(QString, path);
    QFETCH(QString, format);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const MetricFormatDetection detection
        = MetricFormatRegistry::builtIn().detect(file.read(MetricFormatRegistry::kHeadBytes));
    QVERIFY2(detection.format, qPrintable(detection.error));
    QCOMPARE(detection.format->name(), format);
}

void TestMetricFormatRegistry::findsFormatsByName()
{
    const MetricFormatRegistry& registry = MetricFormatRegistry::builtIn();
    QCOMPARE(registry.names(),
             QStringList({QStringLiteral("prometheus-json"), QStringLiteral("cloudwatch-json"),
                          QStringLiteral("datadog-json"), QStringLiteral("prometheus-text"),
                          QStringLiteral("influx-csv"), QStringLiteral("grafana-csv"), QStringLiteral("csv")}));
    QCOMPARE(registry.find(QStringLiteral("Grafana-CSV"))->name(), QStringLiteral("grafana-csv"));
    QVERIFY(!registry.find(QStringLiteral("nginx-combined")));
}

void TestMetricFormatRegistry::unknownContentIsRefused_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blank") << QByteArray("\n \n");
    QTest::newRow("prose") << QByteArray("We had an outage.\nUsers could not log in for a while.\n");
    QTest::newRow("nginx log") << QByteArray(
        "10.0.0.1 - - [10/Aug/2024:19:00:01 +0000] \"GET /login HTTP/1.1\" 502 157 \"-\" \"curl/8.0\"\n");
}

void TestMetricFormatRegistry::unknownContentIsRefused()
{
    QFETCH(QByteArray, head);
    const MetricFormatDetection detection = MetricFormatRegistry::builtIn().detect(head);
    QVERIFY(!detection.format);
    QVERIFY2(detection.error.startsWith(QLatin1String("unknown metrics format")), qPrintable(detection.error));
}

QTEST_GUILESS_MAIN(TestMetricFormatRegistry)
#include "TestMetricFormatRegistry.moc"
