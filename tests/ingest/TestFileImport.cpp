// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"
#include "EvidenceRepository.h"
#include "FileImport.h"
#include "IncidentRepository.h"

#include <QDate>
#include <QTest>
#include <memory>

using namespace debrief;

// The one import path: each kind routed to its import, one result type, and every refusal
// (unknown kind, no incident for evidence, a document in the way, nothing read) stores nothing.
class TestFileImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void postmortemMakesANewIncident();
    void evidenceNeedsAnIncident();
    void logGoesIntoTheIncident();
    void sameLogTwiceIsAlreadyImported();
    void metricsGoIntoTheIncident();
    void unknownFileIsRefused();
    void nothingReadIsAnError();
    void documentIntoAnIncidentWithOneNeedsReplace();
    void documentsAsNewIncidents();
    void missingFileIsAnError();

private:
    int incidents() { return int(IncidentRepository(*m_db).list(QDate::currentDate()).size()); }
    IncidentId importReference();

    std::unique_ptr<Database> m_db;
    const QString m_reference = QStringLiteral(DEBRIEF_TEST_DATA "/postmortem/reference.md");
    const QString m_log = QStringLiteral(DEBRIEF_TEST_DATA "/logs/nginx-error/nginx-error.log");
    const QString m_metrics = QStringLiteral(DEBRIEF_TEST_DATA "/metrics/csv/sadf-cpu.csv");
    const QString m_services = QStringLiteral(DEBRIEF_TEST_DATA "/refused/services");
};

void TestFileImport::init()
{
    m_db = std::make_unique<Database>(QStringLiteral(":memory:"));
}

IncidentId TestFileImport::importReference()
{
    const FileImportResult result = FileImport::run(*m_db, m_reference, std::nullopt);
    return result.incident.value_or(IncidentId {});
}

void TestFileImport::postmortemMakesANewIncident()
{
    const FileImportResult result = FileImport::run(*m_db, m_reference, std::nullopt);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(result.kind, ImportKind::Postmortem);
    QVERIFY(result.newIncident);
    QCOMPARE(result.reading.timelineEntries(), 7);
    QCOMPARE(result.version, 1);
    QCOMPARE(incidents(), 1);
}

void TestFileImport::evidenceNeedsAnIncident()
{
    const FileImportResult result = FileImport::run(*m_db, m_log, std::nullopt);
    QCOMPARE(result.status, FileImportStatus::NeedsIncident);
    QCOMPARE(result.kind, ImportKind::Log);
    QCOMPARE(incidents(), 0);
}

void TestFileImport::logGoesIntoTheIncident()
{
    const IncidentId id = importReference();
    const FileImportResult result = FileImport::run(*m_db, m_log, id);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(result.kind, ImportKind::Log);
    QCOMPARE(result.entries, 112);
    QCOMPARE(result.incident, std::optional<IncidentId>(id));
}

void TestFileImport::sameLogTwiceIsAlreadyImported()
{
    const IncidentId id = importReference();
    QVERIFY(FileImport::run(*m_db, m_log, id).ok());
    QCOMPARE(FileImport::run(*m_db, m_log, id).status, FileImportStatus::AlreadyImported);
    FileImportOptions force;
    force.force = true;
    QVERIFY(FileImport::run(*m_db, m_log, id, force).ok());
}

void TestFileImport::metricsGoIntoTheIncident()
{
    const IncidentId id = importReference();
    const FileImportResult result = FileImport::run(*m_db, m_metrics, id);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(result.kind, ImportKind::Metric);
    QVERIFY(result.points > 0);
}

void TestFileImport::unknownFileIsRefused()
{
    const IncidentId id = importReference();
    for (const std::optional<IncidentId>& into : {std::optional<IncidentId>(), std::optional<IncidentId>(id)}) {
        const FileImportResult result = FileImport::run(*m_db, m_services, into);
        QCOMPARE(result.status, FileImportStatus::NotRecognised);
        QVERIFY2(result.message().startsWith(m_services + QStringLiteral(": not a postmortem, log or metrics file")),
                 qPrintable(result.message()));
    }
    QCOMPARE(incidents(), 1);
    QCOMPARE(EvidenceRepository(*m_db).summary(id).logEntries, 0);
}

void TestFileImport::nothingReadIsAnError()
{
    // Forced to a log format that reads none of its lines: every line would be kept raw.
    const IncidentId id = importReference();
    FileImportOptions options;
    options.format = QStringLiteral("generic");
    const FileImportResult result = FileImport::run(*m_db, m_services, id, options);
    QCOMPARE(result.status, FileImportStatus::Error);
    QVERIFY2(result.error.contains(QStringLiteral("nothing was stored")), qPrintable(result.error));
    QCOMPARE(EvidenceRepository(*m_db).summary(id).logEntries, 0);
}

void TestFileImport::documentIntoAnIncidentWithOneNeedsReplace()
{
    const IncidentId id = importReference();
    const FileImportResult refused = FileImport::run(*m_db, m_reference, id);
    QCOMPARE(refused.status, FileImportStatus::NeedsReplace);
    FileImportOptions replace;
    replace.replace = true;
    const FileImportResult replaced = FileImport::run(*m_db, m_reference, id, replace);
    QVERIFY2(replaced.ok(), qPrintable(replaced.message()));
    QVERIFY(!replaced.newIncident);
    QCOMPARE(replaced.version, 2);
    QCOMPARE(incidents(), 1);
}

void TestFileImport::documentsAsNewIncidents()
{
    const IncidentId id = importReference();
    FileImportOptions options;
    options.documentsAsNewIncidents = true;
    const FileImportResult result = FileImport::run(*m_db, m_reference, id, options);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QVERIFY(result.newIncident);
    QVERIFY(result.incident != std::optional<IncidentId>(id));
    QCOMPARE(incidents(), 2);
}

void TestFileImport::missingFileIsAnError()
{
    const FileImportResult result = FileImport::run(*m_db, QStringLiteral("/nonexistent/x.log"), std::nullopt);
    QCOMPARE(result.status, FileImportStatus::Error);
    QVERIFY(result.message().startsWith(QStringLiteral("/nonexistent/x.log: ")));
}

QTEST_GUILESS_MAIN(TestFileImport)
#include "TestFileImport.moc"
