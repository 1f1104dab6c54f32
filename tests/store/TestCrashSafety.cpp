// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"
#include "IncidentRepository.h"
#include "StoreTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace debrief;

// A process killed with SIGKILL in the middle of writes must leave a store that opens, passes
// integrity_check, and holds only whole incidents.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killDuringWritesLeavesAConsistentStore_data();
    void killDuringWritesLeavesAConsistentStore();
};

namespace {

[[noreturn]] void writeForever(const QString& path)
{
    try {
        Database db(path);
        IncidentRepository repository(db);
        Incident incident = test::sampleIncident();
        // Big enough that a kill lands inside a transaction most of the time.
        for (int i = 0; i < 400; ++i)
            incident.timeline << incident.timeline.constFirst();
        for (;;)
            repository.create(incident);
    } catch (...) {
    }
    _exit(3);
}

} // namespace

void TestCrashSafety::killDuringWritesLeavesAConsistentStore_data()
{
    QTest::addColumn<int>("delayMs");
    QTest::newRow("early") << 30;
    QTest::newRow("later") << 250;
    QTest::newRow("much later") << 700;
}

void TestCrashSafety::killDuringWritesLeavesAConsistentStore()
{
    QFETCH(int, delayMs);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    { Database create(path); } // schema in place before the child starts

    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0)
        writeForever(path);
    QTest::qWait(delayMs);
    QCOMPARE(kill(child, SIGKILL), 0);
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY(WIFSIGNALED(status));

    Database db(path);
    Statement check = db.prepare("PRAGMA integrity_check");
    QVERIFY(check.step());
    QCOMPARE(check.text(0), QStringLiteral("ok"));
    Statement keys = db.prepare("PRAGMA foreign_key_check");
    QVERIFY(!keys.step());
    // Every stored incident is whole: all 402 timeline entries and both action items, or not there.
    IncidentRepository repository(db);
    const auto incidents = repository.list(QDate(2024, 1, 1));
    qInfo("%d whole incidents written before the kill", int(incidents.size()));
    for (const IncidentSummary& summary : incidents) {
        const auto incident = repository.load(summary.id);
        QCOMPARE(incident->timeline.size(), 402);
        QCOMPARE(incident->actionItems.size(), 2);
    }
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
