// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

// Metrics exports through the CLI: detected by content, stored in an incident, listed by `series`.
class TestCliMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importsAndListsSeries();
    void snapshotTakesTheGivenTime();
    void errorAnswerStoresNothing();

private:
    test::CliRun cli(const QStringList& arguments) { return test::runCli(m_store, arguments); }
    QJsonArray seriesJson();

    QTemporaryDir m_dir;
    QString m_store;
};

void TestCliMetrics::init()
{
    m_store = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
    QCOMPARE(
        cli({QStringLiteral("import"), QStringLiteral(DEBRIEF_TEST_DATA "/postmortem/reference.md")}).out.trimmed(),
        QStringLiteral("1"));
}

QJsonArray TestCliMetrics::seriesJson()
{
    return QJsonDocument::fromJson(
               cli({QStringLiteral("series"), QStringLiteral("1"), QStringLiteral("--json")}).out.toUtf8())
        .array();
}

void TestCliMetrics::importsAndListsSeries()
{
    const test::CliRun run
        = cli({QStringLiteral("import"), QStringLiteral("--incident"), QStringLiteral("1"),
               QStringLiteral(DEBRIEF_TEST_DATA "/metrics/prometheus-json/range_quantile_nan.json")});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.err.contains(QStringLiteral("1 series, 29 points (8 gaps) as prometheus-json")), qPrintable(run.err));
    const QJsonArray series = seriesJson();
    QCOMPARE(series.size(), 1);
    QCOMPARE(series[0][QStringLiteral("points")].toInt(), 29);
    QCOMPARE(series[0][QStringLiteral("gaps")].toInt(), 8);
    for (const char* key : {"id", "name", "labels", "points", "first_at", "last_at", "min", "max"})
        QVERIFY2(series[0].toObject().contains(QLatin1String(key)), key);
    QVERIFY(series[0][QStringLiteral("min")].toDouble() <= series[0][QStringLiteral("max")].toDouble());

    const QJsonObject evidence
        = QJsonDocument::fromJson(
              cli({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")}).out.toUtf8())
              .object()[QStringLiteral("evidence")]
              .toObject();
    QCOMPARE(evidence[QStringLiteral("metric_series")].toInt(), 1);
    QCOMPARE(evidence[QStringLiteral("metric_points")].toInt(), 29);
}

void TestCliMetrics::snapshotTakesTheGivenTime()
{
    const test::CliRun run = cli({QStringLiteral("import"), QStringLiteral("--incident"), QStringLiteral("1"),
                                  QStringLiteral("--at"), QStringLiteral("2024-08-10T19:00:30Z"),
                                  QStringLiteral(DEBRIEF_TEST_DATA "/metrics/prometheus-text/node_exporter.prom")});
    QCOMPARE(run.code, 0);
    const QJsonArray series = seriesJson();
    QCOMPARE(series.size(), 147);
    for (const QJsonValue& s : series)
        QCOMPARE(s[QStringLiteral("first_at")].toString(), QStringLiteral("2024-08-10T19:00:30Z"));
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--incident"), QStringLiteral("1"), QStringLiteral("--at"),
                  QStringLiteral("teatime"),
                  QStringLiteral(DEBRIEF_TEST_DATA "/metrics/prometheus-text/node_exporter.prom")})
                 .code,
             2);
}

void TestCliMetrics::errorAnswerStoresNothing()
{
    const QString file = QStringLiteral(DEBRIEF_TEST_DATA "/metrics/prometheus-json/error_bad_data.json");
    const test::CliRun run = cli({QStringLiteral("import"), QStringLiteral("--incident"), QStringLiteral("1"), file});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QStringLiteral("debrief-cli: %1:").arg(file)), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("bad_data")), qPrintable(run.err));
    QCOMPARE(seriesJson().size(), 0);
}

QTEST_GUILESS_MAIN(TestCliMetrics)
#include "TestCliMetrics.moc"
