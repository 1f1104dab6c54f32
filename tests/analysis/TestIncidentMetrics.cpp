// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentMetrics.h"

#include <QTest>

using namespace debrief;

namespace {

UtcMillis at(const char* hhmm)
{
    const QTime t = QTime::fromString(QLatin1String(hhmm), QStringLiteral("HH:mm"));
    return UtcMillis::fromDateTime(QDateTime(QDate(2024, 8, 10), t, QTimeZone::utc()));
}

TimelineEvent timed(const char* hhmm, TimelineKind kind, const char* text)
{
    TimelineEvent e;
    e.at = at(hhmm);
    e.kind = kind;
    e.text = QString::fromUtf8(text);
    return e;
}

TimelineEvent untimed(TimelineKind kind, const char* text)
{
    TimelineEvent e;
    e.kind = kind;
    e.text = QString::fromUtf8(text);
    return e;
}

// The timeline of tests/data/postmortem/reference.md as the importer should read it.
Incident reference()
{
    Incident i;
    i.timeline = {
        timed("19:00", TimelineKind::Detection, "Issue detected through monitoring alert"),
        untimed(TimelineKind::Investigation, "Engineering team began investigation"),
        untimed(TimelineKind::RedHerring, "The initial investigation led to considering a DDoS attack"),
        timed("20:00", TimelineKind::Investigation, "After an hour of investigation, focus was shifted"),
        timed("20:30", TimelineKind::Investigation,
              "The development team identified that the issue was database-related"),
        timed("20:45", TimelineKind::Fix, "Code implementation was fixed and tested."),
        timed("21:00", TimelineKind::Resolution, "The issue was resolved"),
    };
    return i;
}

using Opt = std::optional<int>;

} // namespace

class TestIncidentMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compute_data();
    void compute();
    void emptyIncident();
};

void TestIncidentMetrics::compute_data()
{
    QTest::addColumn<Incident>("incident");
    QTest::addColumn<Opt>("detect");
    QTest::addColumn<Opt>("identify");
    QTest::addColumn<Opt>("mitigate");
    QTest::addColumn<Opt>("resolve");

    QTest::newRow("reference") << reference() << Opt(0) << Opt(90) << Opt(105) << Opt(120);

    Incident started = reference();
    started.startedAt = at("18:30");
    QTest::newRow("stated start wins") << started << Opt(30) << Opt(120) << Opt(135) << Opt(150);

    Incident noResolution = reference();
    noResolution.timeline.removeLast();
    noResolution.endedAt = at("21:10");
    QTest::newRow("ended at when no resolution entry") << noResolution << Opt(0) << Opt(90) << Opt(105) << Opt(130);

    Incident vague = reference();
    vague.timeline[4].text = QStringLiteral("The team kept looking at the database");
    QTest::newRow("investigation without a finding") << vague << Opt(0) << Opt() << Opt(105) << Opt(120);

    Incident mitigation = reference();
    mitigation.timeline.insert(4, timed("20:20", TimelineKind::Mitigation, "Traffic shifted to the standby"));
    QTest::newRow("mitigation before fix") << mitigation << Opt(0) << Opt(90) << Opt(80) << Opt(120);

    Incident traced = reference();
    traced.timeline[4].text = QStringLiteral("Errors traced to the connection pool");
    QTest::newRow("traced to") << traced << Opt(0) << Opt(90) << Opt(105) << Opt(120);

    Incident untimedOnly;
    untimedOnly.timeline = {untimed(TimelineKind::Detection, "Alert fired")};
    QTest::newRow("untimed entries only") << untimedOnly << Opt() << Opt() << Opt() << Opt();
}

void TestIncidentMetrics::compute()
{
    QFETCH(Incident, incident);
    QFETCH(Opt, detect);
    QFETCH(Opt, identify);
    QFETCH(Opt, mitigate);
    QFETCH(Opt, resolve);

    const IncidentMetrics m = IncidentMetrics::compute(incident);
    QCOMPARE(m.timeToDetectMinutes, detect);
    QCOMPARE(m.timeToIdentifyMinutes, identify);
    QCOMPARE(m.timeToMitigateMinutes, mitigate);
    QCOMPARE(m.timeToResolveMinutes, resolve);
}

void TestIncidentMetrics::emptyIncident()
{
    const IncidentMetrics m = IncidentMetrics::compute(Incident {});
    QVERIFY(!m.timeToDetectMinutes && !m.timeToIdentifyMinutes && !m.timeToMitigateMinutes && !m.timeToResolveMinutes);
}

QTEST_GUILESS_MAIN(TestIncidentMetrics)
#include "TestIncidentMetrics.moc"
