// SPDX-License-Identifier: GPL-3.0-or-later
// The MySQL slow query and error logs, on real lines (real-corpus/10 and 11), MySQL 8.0's
// documented layout, and malformed input. Two formats of one server in one test: they share the
// fixtures and the shapes of time.
#include "MysqlErrorFormat.h"
#include "MysqlSlowFormat.h"
#include "StructuredLogTestSupport.h"

#include <QTest>

using namespace debrief;
using namespace debrief::test;

class TestMysqlFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slowQueries();
    void slowQueryWithoutItsOwnTime();
    void slowBannerIsNoEntry();
    void errorLines_data();
    void errorLines();
    void innodbReportJoinsItsEntry();
    void malformed_data();
    void malformed();
};

void TestMysqlFormats::slowQueries()
{
    const auto records = parseText(MysqlSlowFormat(), "# Time: 2021-01-26T23:45:57.678222Z\n"
                                                      "# User@Host: owncloud[owncloud] @ localhost []  Id:     2\n"
                                                      "# Schema: owncloud  Last_errno: 0  Killed: 0\n"
                                                      "# Query_time: 0.011853  Lock_time: 0.011542  Rows_sent: 268\n"
                                                      "use owncloud;\n"
                                                      "SET timestamp=1611704757;\n"
                                                      "SELECT *\nFROM `oc_appconfig`;\n"
                                                      "# Time: 091121  3:17:58\n"
                                                      "# User@Host: root[root] @ localhost []\n"
                                                      "SELECT 1;");
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].at, std::optional<qint64>(utc("2021-01-26T23:45:57.678Z")));
    QCOMPARE(records[0].message, QStringLiteral("SELECT *\nFROM `oc_appconfig`;"));
    const QJsonObject fields = fieldsOf(records[0]);
    QCOMPARE(fields.value(QStringLiteral("query_time")).toString(), QStringLiteral("0.011853"));
    QCOMPARE(fields.value(QStringLiteral("rows_sent")).toString(), QStringLiteral("268"));
    QCOMPARE(fields.value(QStringLiteral("user_host")).toString(), QStringLiteral("owncloud[owncloud] @ localhost []"));
    QCOMPARE(records[1].at, std::optional<qint64>(utc("2009-11-21T03:17:58Z")));
}

void TestMysqlFormats::slowQueryWithoutItsOwnTime()
{
    // MySQL writes "# Time:" only when the second changes: a second "# User@Host:" starts an entry.
    const auto records = parseText(MysqlSlowFormat(), "# Time: 2021-01-26T23:45:57Z\n# User@Host: a[a] @ x []\nSELECT 1;\n"
                                                      "# User@Host: b[b] @ y []\nSELECT 2;");
    QCOMPARE(records.size(), 2);
    QVERIFY(!records[1].at);
    QCOMPARE(records[1].message, QStringLiteral("SELECT 2;"));
}

void TestMysqlFormats::slowBannerIsNoEntry()
{
    const auto records = parseText(MysqlSlowFormat(), "/usr/sbin/mysqld, Version: 5.7.31 (MySQL). started with:\n"
                                                      "Tcp port: 3306  Unix socket: /var/run/mysqld/mysqld.sock\n"
                                                      "Time                 Id Command    Argument\n"
                                                      "# Time: 2021-01-26T23:45:57Z\nSELECT 1;");
    QCOMPARE(records.size(), 4);
    QVERIFY(records[0].nonEntry && records[1].nonEntry && records[2].nonEntry);
    QVERIFY(!records[3].unparsed);
}

void TestMysqlFormats::errorLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<qint64>("at");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("message");
    QTest::newRow("5.1 glued InnoDB") << QByteArray("091121 13:17:58InnoDB: Warning: cannot find a free slot")
                                      << utc("2009-11-21T13:17:58Z") << int(LogLevel::Warning) << "InnoDB"
                                      << "Warning: cannot find a free slot";
    QTest::newRow("5.5 note") << QByteArray("120101  9:00:00 [Note] /usr/sbin/mysqld: ready for connections.")
                              << utc("2012-01-01T09:00:00Z") << int(LogLevel::Notice) << "mysqld"
                              << "/usr/sbin/mysqld: ready for connections.";
    QTest::newRow("5.7") << QByteArray("2019-05-08T09:22:33.123456Z 0 [Warning] TIMESTAMP with implicit DEFAULT")
                         << utc("2019-05-08T09:22:33.123Z") << int(LogLevel::Warning) << "mysqld"
                         << "TIMESTAMP with implicit DEFAULT";
    QTest::newRow("8.0") << QByteArray("2020-08-06T14:25:02.835618Z 0 [ERROR] [MY-010119] [Server] Aborting")
                         << utc("2020-08-06T14:25:02.835Z") << int(LogLevel::Error) << "Server" << "Aborting";
}

void TestMysqlFormats::errorLines()
{
    QFETCH(QByteArray, line);
    QFETCH(qint64, at);
    QFETCH(int, level);
    QFETCH(QString, service);
    QFETCH(QString, message);
    const auto records = parseText(MysqlErrorFormat(), line);
    QCOMPARE(records.size(), 1);
    QVERIFY(!records[0].unparsed);
    QCOMPARE(records[0].at, std::optional<qint64>(at));
    QCOMPARE(int(records[0].level), level);
    QCOMPARE(records[0].service, service);
    QCOMPARE(records[0].message, message);
    QVERIFY(MysqlErrorFormat().matchLine(line) >= 0.6);
}

void TestMysqlFormats::innodbReportJoinsItsEntry()
{
    const auto records = parseText(MysqlErrorFormat(), "091121 13:17:58InnoDB: Warning: cannot find a free slot\n"
                                                       "InnoDB: many active transactions running concurrently?\n"
                                                       "--Thread 1808345440 has waited at btr0sea.c line 1127\n"
                                                       "091121 13:17:59 [Note] next");
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].message.count(u'\n'), 2);
    QCOMPARE(MysqlErrorFormat().matchLine("--Thread 1808345440 has waited at btr0sea.c line 1127"), 0.6);
}

void TestMysqlFormats::malformed_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("month 13") << QByteArray("091321 13:17:58 [Note] x");
    QTest::newRow("no thread id") << QByteArray("2019-05-08T09:22:33.123456Z [Warning] x");
    QTest::newRow("cut") << QByteArray("091121 13:1");
    QTest::newRow("slow header alone") << QByteArray("# Query_time: 0.1");
}

void TestMysqlFormats::malformed()
{
    QFETCH(QByteArray, line);
    const auto error = parseText(MysqlErrorFormat(), line);
    QCOMPARE(error.size(), 1);
    QVERIFY(error[0].unparsed);
    const auto slow = parseText(MysqlSlowFormat(), line);
    QCOMPARE(slow.size(), 1);
    QVERIFY(slow[0].unparsed);
}

QTEST_GUILESS_MAIN(TestMysqlFormats)
#include "TestMysqlFormats.moc"
