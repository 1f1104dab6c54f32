// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreError.h"
#include "StoreFailure.h"

#include <QTest>

#include <sqlite3.h>

using namespace debrief;

class TestStoreFailure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saysWhyWithoutSqlite_data();
    void saysWhyWithoutSqlite();
    void saysWhyAReadFailedWithoutSqlite();
};

void TestStoreFailure::saysWhyWithoutSqlite_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::newRow("full") << SQLITE_FULL << QStringLiteral("the disk holding the store is full");
    QTest::newRow("busy") << SQLITE_BUSY << QStringLiteral("another program is writing to the store");
    QTest::newRow("busy, extended") << SQLITE_BUSY_SNAPSHOT << QStringLiteral("another program is writing");
    QTest::newRow("read-only") << SQLITE_READONLY << QStringLiteral("the store cannot be written");
    QTest::newRow("read-only, extended") << SQLITE_READONLY_DBMOVED << QStringLiteral("the store cannot be written");
    QTest::newRow("damaged") << SQLITE_CORRUPT << QStringLiteral("the store file is damaged");
    QTest::newRow("disk error") << SQLITE_IOERR_WRITE << QStringLiteral("could not be written");
    QTest::newRow("not from SQLite") << 0 << QStringLiteral("the store refused the data");
}

void TestStoreFailure::saysWhyWithoutSqlite()
{
    QFETCH(int, code);
    QFETCH(QString, reason);
    const QString said = StoreFailure::describe(StoreError(QStringLiteral("statement failed: disk I/O error"), code));
    QVERIFY2(said.contains(reason), qPrintable(said));
    QVERIFY2(said.endsWith(QStringLiteral("nothing was stored")) || said.contains(QStringLiteral("nothing was stored")),
             qPrintable(said));
    QVERIFY(!said.contains(QStringLiteral("statement")));
    QVERIFY(!said.contains(QStringLiteral("I/O")));
}

// A read names what went wrong without SQLite's words, and keeps Debrief's own reasons as they are.
void TestStoreFailure::saysWhyAReadFailedWithoutSqlite()
{
    const auto said = [](int code) {
        return StoreFailure::describeRead(
            StoreError(QStringLiteral("cannot prepare statement: no such column: type (SELECT ...)"), code));
    };
    QVERIFY(said(SQLITE_ERROR).contains(QStringLiteral("not laid out as this Debrief writes them")));
    QVERIFY(!said(SQLITE_ERROR).contains(QStringLiteral("no such column")));
    QVERIFY(said(SQLITE_CORRUPT).contains(QStringLiteral("damaged")));
    QVERIFY(said(SQLITE_BUSY).contains(QStringLiteral("try again")));
    QVERIFY(said(SQLITE_IOERR_READ).contains(QStringLiteral("could not be read")));
    const StoreError own(QStringLiteral("store.sqlite: the store has schema version 13, newer than this Debrief (12)"));
    QCOMPARE(StoreFailure::describeRead(own), own.message());
}

QTEST_GUILESS_MAIN(TestStoreFailure)
#include "TestStoreFailure.moc"
