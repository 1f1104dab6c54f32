// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

namespace {

QString demoFile(const char* name)
{
    return QStringLiteral(DEBRIEF_DEMO_DIR "/") + QLatin1String(name);
}

qint64 msOf(const QJsonValue& iso)
{
    return QDateTime::fromString(iso.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

qint64 msOf(const char* iso)
{
    return msOf(QJsonValue(QLatin1String(iso)));
}

} // namespace

// `suggest` and the evidence metrics of `show` on the bundled demo incident: the evidence alone
// (metrics and log rates) must tell the outage's detection at 19:00, the fix at 20:45 and the
// recovery at 21:00, with the series that show each.
class TestCliSuggest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoTellsTheStory();
    void everySuggestionHasItsEvidence();
    void showSetsEvidenceBesideStatedMetrics();
    void noEvidenceNoSuggestion();
    void unknownIncidentIsAUsageError();

private:
    test::CliRun cli(const QStringList& arguments) { return test::runCli(m_store, arguments); }
    QJsonArray suggestions();
    QJsonObject findKind(const QString& kind);

    QTemporaryDir m_dir;
    QString m_store;
};

void TestCliSuggest::initTestCase()
{
    m_store = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QCOMPARE(cli({QStringLiteral("import"), demoFile("postmortem.md")}).out.trimmed(), QStringLiteral("1"));
    const test::CliRun run = cli({QStringLiteral("import"), QStringLiteral("--incident"), QStringLiteral("1"),
                                  demoFile("auth-service.jsonl"), demoFile("nginx-access.log"),
                                  demoFile("prometheus-db-pool.json"), demoFile("grafana-auth-overview.csv")});
    QVERIFY2(run.code == 0, qPrintable(run.err));
}

QJsonArray TestCliSuggest::suggestions()
{
    const test::CliRun run = cli({QStringLiteral("suggest"), QStringLiteral("1"), QStringLiteral("--json")});
    [&] { QCOMPARE(run.code, 0); }();
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

QJsonObject TestCliSuggest::findKind(const QString& kind)
{
    for (const QJsonValue& s : suggestions()) {
        if (s[QStringLiteral("kind")].toString() == kind)
            return s.toObject();
    }
    return {};
}

void TestCliSuggest::demoTellsTheStory()
{
    const QJsonObject detection = findKind(QStringLiteral("detection"));
    const QJsonObject mitigation = findKind(QStringLiteral("mitigation"));
    const QJsonObject resolution = findKind(QStringLiteral("resolution"));
    QVERIFY(!detection.isEmpty() && !mitigation.isEmpty() && !resolution.isEmpty());
    // The evidence's own minute, give or take one scrape: 19:00, 20:45, 21:00.
    const auto near = [](const QJsonObject& s, const char* iso) {
        return std::abs(msOf(s[QStringLiteral("at")]) - msOf(iso)) <= 60 * 1000;
    };
    QVERIFY2(near(detection, "2024-08-10T19:00:00Z"), qPrintable(detection[QStringLiteral("at")].toString()));
    QVERIFY2(near(mitigation, "2024-08-10T20:45:00Z"), qPrintable(mitigation[QStringLiteral("at")].toString()));
    QVERIFY2(near(resolution, "2024-08-10T21:00:00Z"), qPrintable(resolution[QStringLiteral("at")].toString()));
    QVERIFY2(detection[QStringLiteral("text")].toString().contains(QStringLiteral(" rose ")),
             qPrintable(detection[QStringLiteral("text")].toString()));
    // Few and strong: one event per moment, not one per series or per wiggle.
    QVERIFY2(suggestions().size() <= 8, qPrintable(QString::number(suggestions().size())));
    // The postmortem's timeline has entries at 19:00, 20:45 and 21:00: those three are in it, and
    // what the timeline lacks (the 18:47 deploy that cut the pool) is still asked.
    for (const QJsonObject& s : {detection, mitigation, resolution})
        QCOMPARE(s[QStringLiteral("status")].toString(), QStringLiteral("in_timeline"));
    bool deployAsked = false;
    for (const QJsonValue& s : suggestions()) {
        if (msOf(s[QStringLiteral("at")]) < msOf("2024-08-10T18:50:00Z"))
            deployAsked = s[QStringLiteral("status")].toString() == QStringLiteral("open");
    }
    QVERIFY(deployAsked);
    const test::CliRun text = cli({QStringLiteral("suggest"), QStringLiteral("1")});
    QVERIFY2(text.out.contains(QStringLiteral("in timeline")), qPrintable(text.out));
}

void TestCliSuggest::everySuggestionHasItsEvidence()
{
    const QJsonArray all = suggestions();
    QVERIFY(!all.isEmpty());
    bool logRateSeen = false;
    for (const QJsonValue& s : all) {
        for (const char* key : {"at", "text", "kind", "evidence"})
            QVERIFY2(s.toObject().contains(QLatin1String(key)), key);
        const QJsonArray evidence = s[QStringLiteral("evidence")].toArray();
        QVERIFY(!evidence.isEmpty());
        for (const QJsonValue& e : evidence) {
            const QJsonArray points = e[QStringLiteral("points")].toArray();
            QVERIFY(points.size() >= 2);
            // The points surround the change they support.
            const qint64 at = msOf(e[QStringLiteral("at")]);
            QVERIFY(msOf(points.first()[0]) <= at && msOf(points.last()[0]) >= at);
            logRateSeen = logRateSeen || e[QStringLiteral("series")].toString() == QStringLiteral("log_rate");
        }
    }
    QVERIFY(logRateSeen); // the error log lines count as evidence, not only the metrics
}

void TestCliSuggest::showSetsEvidenceBesideStatedMetrics()
{
    const QJsonObject metrics
        = QJsonDocument::fromJson(
              cli({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")}).out.toUtf8())
              .object()[QStringLiteral("metrics")]
              .toObject();
    QCOMPARE(metrics[QStringLiteral("time_to_resolve_minutes")].toInt(), 120); // stated: 19:00 to 21:00
    const QJsonObject evidence = metrics[QStringLiteral("evidence")].toObject();
    QCOMPARE(evidence[QStringLiteral("impact_started_at")].toString(),
             findKind(QStringLiteral("detection"))[QStringLiteral("at")].toString());
    QCOMPARE(evidence[QStringLiteral("recovered_at")].toString(),
             findKind(QStringLiteral("resolution"))[QStringLiteral("at")].toString());
    const int resolve = evidence[QStringLiteral("time_to_resolve_minutes")].toInt();
    QVERIFY2(resolve >= 119 && resolve <= 121, qPrintable(QString::number(resolve)));
    const int mitigate = evidence[QStringLiteral("time_to_mitigate_minutes")].toInt();
    QVERIFY2(mitigate >= 104 && mitigate <= 106, qPrintable(QString::number(mitigate)));
    const test::CliRun text = cli({QStringLiteral("show"), QStringLiteral("1")});
    QVERIFY2(text.out.contains(QStringLiteral("The evidence: impact from 2024-08-10T1")), qPrintable(text.out));
}

void TestCliSuggest::noEvidenceNoSuggestion()
{
    QCOMPARE(cli({QStringLiteral("import"), demoFile("postmortem.md")}).out.trimmed(), QStringLiteral("2"));
    const test::CliRun run = cli({QStringLiteral("suggest"), QStringLiteral("2"), QStringLiteral("--json")});
    QCOMPARE(run.code, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 0);
    const test::CliRun text = cli({QStringLiteral("suggest"), QStringLiteral("2")});
    QVERIFY2(text.err.contains(QStringLiteral("suggests no event")), qPrintable(text.err));
    const QJsonObject evidence
        = QJsonDocument::fromJson(
              cli({QStringLiteral("show"), QStringLiteral("2"), QStringLiteral("--json")}).out.toUtf8())
              .object()[QStringLiteral("metrics")][QStringLiteral("evidence")]
              .toObject();
    QVERIFY(evidence[QStringLiteral("impact_started_at")].isNull());
}

void TestCliSuggest::unknownIncidentIsAUsageError()
{
    QCOMPARE(cli({QStringLiteral("suggest"), QStringLiteral("99")}).code, 2);
    QCOMPARE(cli({QStringLiteral("suggest")}).code, 2);
}

QTEST_GUILESS_MAIN(TestCliSuggest)
#include "TestCliSuggest.moc"
