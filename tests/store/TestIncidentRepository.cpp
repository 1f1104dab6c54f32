// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"
#include "IncidentRepository.h"
#include "StoreError.h"
#include "StoreTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

class TestIncidentRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createThenLoadGivesTheSameIncident();
    void loadOfMissingIncidentIsEmpty();
    void listCountsOpenAndOverdueItems();
    void replaceKeepsIdAndSwapsContent();
    void removeCascadesToContent();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestIncidentRepository::init()
{
    m_path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
}

void TestIncidentRepository::createThenLoadGivesTheSameIncident()
{
    const Incident original = test::sampleIncident();
    IncidentId id;
    {
        Database db(m_path);
        id = IncidentRepository(db).create(original);
    }
    Database reopened(m_path);
    const auto loaded = IncidentRepository(reopened).load(id);
    QVERIFY(loaded);
    QCOMPARE(loaded->id, id);
    QVERIFY(loaded->timeline[0].id > 0);
    QCOMPARE(loaded->actionItems.size(), 2);
    QCOMPARE(loaded->actionItems[0].due, std::optional<QDate>(QDate(2024, 9, 1)));
    QCOMPARE(loaded->actionItems[1].due, std::optional<QDate>());
    QCOMPARE(loaded->timeline[1].at.has_value(), false);
    QCOMPARE(loaded->rootCauses.at(0).label, QStringLiteral("Trigger"));
    QCOMPARE(loaded->actionItems[0].group, QStringLiteral("Detection"));
    QCOMPARE(loaded->actionItems[0].type, QStringLiteral("detect"));
    QCOMPARE(loaded->actionItems[0].notes, QStringLiteral("blocked on the pool resize"));
    QVERIFY(test::withoutIds(*loaded) == test::withoutIds(original));
}

void TestIncidentRepository::loadOfMissingIncidentIsEmpty()
{
    Database db(m_path);
    QVERIFY(!IncidentRepository(db).load(IncidentId{42}));
}

void TestIncidentRepository::listCountsOpenAndOverdueItems()
{
    Database db(m_path);
    IncidentRepository repository(db);
    repository.create(test::sampleIncident());
    Incident later = test::sampleIncident();
    later.title = QStringLiteral("Later incident");
    later.startedAt = UtcMillis{later.startedAt->value + 86400000};
    repository.create(later);

    const auto before = repository.list(QDate(2024, 8, 31));
    QCOMPARE(before.size(), 2);
    QCOMPARE(before[0].title, QStringLiteral("Later incident")); // newest first
    QCOMPARE(before[0].actionItems, 2);
    QCOMPARE(before[0].openActionItems, 1);
    QCOMPARE(before[0].overdueActionItems, 0);
    QCOMPARE(repository.list(QDate(2024, 9, 2))[0].overdueActionItems, 1);
}

void TestIncidentRepository::replaceKeepsIdAndSwapsContent()
{
    Database db(m_path);
    IncidentRepository repository(db);
    const IncidentId id = repository.create(test::sampleIncident());
    Incident replacement = test::sampleIncident();
    replacement.id = id;
    replacement.title = QStringLiteral("Re-imported");
    replacement.timeline.removeLast();
    repository.replace(replacement);
    const auto loaded = repository.load(id);
    QCOMPARE(loaded->title, QStringLiteral("Re-imported"));
    QCOMPARE(loaded->timeline.size(), 1);
    QCOMPARE(repository.list(QDate(2024, 1, 1)).size(), 1);

    replacement.id = IncidentId{id.value + 100};
    QVERIFY_THROWS_EXCEPTION(StoreError, repository.replace(replacement));
}

void TestIncidentRepository::removeCascadesToContent()
{
    Database db(m_path);
    IncidentRepository repository(db);
    const IncidentId id = repository.create(test::sampleIncident());
    repository.remove(id);
    QVERIFY(!repository.exists(id));
    Statement orphans = db.prepare("SELECT (SELECT COUNT(*) FROM timeline_events) + (SELECT COUNT(*) FROM "
                                   "measure_items) + (SELECT COUNT(*) FROM action_items)");
    QVERIFY(orphans.step());
    QCOMPARE(orphans.int64(0), 0);
}

QTEST_GUILESS_MAIN(TestIncidentRepository)
#include "TestIncidentRepository.moc"
