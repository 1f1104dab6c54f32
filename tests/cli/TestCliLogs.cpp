// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

// Log files through the CLI: import into an incident, show's evidence, search with its filters.
class TestCliLogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importsLogsIntoTheIncident();
    void logWithoutIncidentIsRefused();
    void reimportNeedsForce();
    void searchFindsAPhrase();
    void searchFiltersByLevelAndTime();
    void searchRejectsABadQuery();
    void searchTakesPastedText_data();
    void searchTakesPastedText();
    void searchWithARegex();
    void formatsListsEveryLogFormat();

private:
    test::CliRun cli(const QStringList& arguments) { return test::runCli(m_store, arguments); }
    QJsonArray searchJson(const QStringList& arguments);

    QTemporaryDir m_dir;
    QString m_store;
    const QString m_nginx = QStringLiteral(DEBRIEF_TEST_DATA "/logs/nginx-combined/nginx-access.log");
    const QString m_java = QStringLiteral(DEBRIEF_TEST_DATA "/logs/log4j/java-apps.log");
};

void TestCliLogs::init()
{
    // One store per data row too: each row imports again.
    m_store = m_dir.filePath(
        QStringLiteral("%1-%2.sqlite").arg(QTest::currentTestFunction(), QString::number(qHash(QTest::currentDataTag()))));
    const test::CliRun run
        = cli({QStringLiteral("import"), QStringLiteral(DEBRIEF_TEST_DATA "/postmortem/reference.md")});
    QCOMPARE(run.out.trimmed(), QStringLiteral("1"));
}

QJsonArray TestCliLogs::searchJson(const QStringList& arguments)
{
    const test::CliRun run = cli(QStringList {QStringLiteral("search"), QStringLiteral("1")} + arguments
                                 + QStringList {QStringLiteral("--json")});
    if (run.code != 0)
        qWarning("%s", qPrintable(run.err));
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

void TestCliLogs::importsLogsIntoTheIncident()
{
    const test::CliRun run
        = cli({QStringLiteral("import"), QStringLiteral("--incident"), QStringLiteral("1"), m_nginx, m_java});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out.trimmed(), QStringLiteral("1"));
    QVERIFY2(run.err.contains(QStringLiteral("200 entries as nginx-combined")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("7 entries as log4j")), qPrintable(run.err));

    const QJsonObject show
        = QJsonDocument::fromJson(
              cli({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")}).out.toUtf8())
              .object();
    const QJsonObject evidence = show[QStringLiteral("evidence")].toObject();
    QCOMPARE(evidence[QStringLiteral("log_entries")].toInt(), 207);
    const QJsonArray sources = evidence[QStringLiteral("log_sources")].toArray();
    QCOMPARE(sources.size(), 2);
    QCOMPARE(sources[0][QStringLiteral("format")].toString(), QStringLiteral("nginx-combined"));
    QCOMPARE(sources[0][QStringLiteral("entries")].toInt(), 200);
    QCOMPARE(sources[0][QStringLiteral("first_at")].toString(), QStringLiteral("2026-11-24T02:08:06Z"));
    QCOMPARE(sources[0][QStringLiteral("last_at")].toString(), QStringLiteral("2026-11-24T02:08:19Z"));
}

void TestCliLogs::logWithoutIncidentIsRefused()
{
    const test::CliRun run = cli({QStringLiteral("import"), m_nginx});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--incident")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCliLogs::reimportNeedsForce()
{
    const QStringList import {QStringLiteral("import"), QStringLiteral("--incident"), QStringLiteral("1"), m_nginx};
    QCOMPARE(cli(import).code, 0);
    const test::CliRun again = cli(import);
    QCOMPARE(again.code, 2);
    QVERIFY2(again.err.contains(QStringLiteral("already imported")), qPrintable(again.err));
    QCOMPARE(cli(import + QStringList {QStringLiteral("--force")}).code, 0);
    QCOMPARE(searchJson({QString(), QStringLiteral("--limit"), QStringLiteral("1000")}).size(), 200);
}

void TestCliLogs::searchFindsAPhrase()
{
    cli({QStringLiteral("import"), QStringLiteral("--incident"), QStringLiteral("1"), m_nginx, m_java});
    const QJsonArray hits = searchJson({QStringLiteral("\"connection is not available\"")});
    QCOMPARE(hits.size(), 2);
    for (const QJsonValue& hit : hits) {
        QVERIFY(hit[QStringLiteral("message")].toString().contains(QStringLiteral("Connection is not available")));
        QVERIFY(hit[QStringLiteral("source")].toString().endsWith(QStringLiteral("java-apps.log")));
        for (const char* key : {"id", "at", "level", "host", "service", "message", "source"})
            QVERIFY2(hit.toObject().contains(QLatin1String(key)), key);
    }
    QVERIFY(hits[0][QStringLiteral("at")].toString() <= hits[1][QStringLiteral("at")].toString());
}

void TestCliLogs::searchFiltersByLevelAndTime()
{
    cli({QStringLiteral("import"), QStringLiteral("--incident"), QStringLiteral("1"), m_nginx});
    // The 50 requests for /login were answered 401 (warning) and the 50 for /boom 502 (error).
    QCOMPARE(searchJson({QStringLiteral("login")}).size(), 50);
    QCOMPARE(searchJson({QString(), QStringLiteral("--level"), QStringLiteral("error"), QStringLiteral("--limit"),
                         QStringLiteral("1000")})
                 .size(),
             50);
    const QJsonArray early = searchJson({QString(), QStringLiteral("--to"), QStringLiteral("2026-11-24T02:08:07Z"),
                                         QStringLiteral("--limit"), QStringLiteral("1000")});
    QVERIFY(!early.isEmpty());
    for (const QJsonValue& hit : early)
        QVERIFY(hit[QStringLiteral("at")].toString() < QStringLiteral("2026-11-24T02:08:07Z"));
    QCOMPARE(searchJson({QString(), QStringLiteral("--limit"), QStringLiteral("7")}).size(), 7);
}

void TestCliLogs::searchRejectsABadQuery()
{
    const test::CliRun run = cli({QStringLiteral("search"), QStringLiteral("1"), QStringLiteral("AND OR")});
    QCOMPARE(run.code, 2);
    QCOMPARE(run.err.trimmed(),
             QStringLiteral("debrief-cli: cannot read the search 'AND OR': AND at column 1 needs a search term before it"));
    const test::CliRun quote = cli({QStringLiteral("search"), QStringLiteral("1"), QStringLiteral("error \"timeout")});
    QCOMPARE(quote.code, 2);
    QVERIFY2(quote.err.contains(QStringLiteral("unbalanced quote at column 7")), qPrintable(quote.err));
    QVERIFY2(!quote.err.contains(QStringLiteral("fts5")) && !quote.err.contains(QStringLiteral("syntax error")),
             qPrintable(quote.err));
    const test::CliRun regex = cli({QStringLiteral("search"), QStringLiteral("1"), QStringLiteral("--regex"),
                                    QStringLiteral("time(d out")});
    QCOMPARE(regex.code, 2);
    QCOMPARE(regex.err.trimmed(), QStringLiteral("debrief-cli: cannot read the regular expression 'time(d out':"
                                                 " missing closing parenthesis at column 11"));
    const test::CliRun both = cli({QStringLiteral("search"), QStringLiteral("1"), QStringLiteral("x"),
                                   QStringLiteral("--regex"), QStringLiteral("y")});
    QCOMPARE(both.code, 2);
    QCOMPARE(cli({QStringLiteral("search"), QStringLiteral("1"), QStringLiteral("x"), QStringLiteral("--from"),
                  QStringLiteral("yesterday")})
                 .code,
             2);
    QCOMPARE(cli({QStringLiteral("search"), QStringLiteral("1"), QStringLiteral("x"), QStringLiteral("--level"),
                  QStringLiteral("loud")})
                 .code,
             2);
}

void TestCliLogs::searchTakesPastedText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("hits");
    QTest::newRow("a path") << QStringLiteral("/login") << 50;
    QTest::newRow("a request line") << QStringLiteral("GET /login HTTP/1.1") << 50;
    QTest::newRow("not a longer path") << QStringLiteral("/logi") << 0;
    QTest::newRow("a host") << QStringLiteral("127.0.0.1") << 200;
    QTest::newRow("a pool and its number") << QStringLiteral("HikariPool-1 - Connection") << 2;
    // The logger of one entry (its service) and in the stack trace of the next.
    QTest::newRow("a class") << QStringLiteral("com.zaxxer.hikari.pool.HikariPool") << 2;
    QTest::newRow("a status") << QStringLiteral("HTTP/1.1 401") << 50;
}

void TestCliLogs::searchTakesPastedText()
{
    QFETCH(QString, text);
    QFETCH(int, hits);
    cli({QStringLiteral("import"), QStringLiteral("--incident"), QStringLiteral("1"), m_nginx, m_java});
    const QJsonArray found = searchJson({text, QStringLiteral("--limit"), QStringLiteral("1000")});
    QCOMPARE(found.size(), hits);
}

void TestCliLogs::searchWithARegex()
{
    cli({QStringLiteral("import"), QStringLiteral("--incident"), QStringLiteral("1"), m_nginx, m_java});
    const QJsonArray denied = searchJson({QStringLiteral("--regex"), QStringLiteral("^GET /(login|boom) "),
                                          QStringLiteral("--limit"), QStringLiteral("1000")});
    QCOMPARE(denied.size(), 100);
    // Pages of the store are joined: the limit is met across them, in time order.
    const QJsonArray some = searchJson({QStringLiteral("--regex"), QStringLiteral("HTTP/1\\.1 5\\d\\d"),
                                        QStringLiteral("--level"), QStringLiteral("error"), QStringLiteral("--limit"),
                                        QStringLiteral("7")});
    QCOMPARE(some.size(), 7);
    for (qsizetype i = 1; i < some.size(); ++i)
        QVERIFY(some[i - 1][QStringLiteral("at")].toString() <= some[i][QStringLiteral("at")].toString());
    const test::CliRun lines = cli({QStringLiteral("search"), QStringLiteral("1"), QStringLiteral("--regex"),
                                    QStringLiteral("timed out after \\d+ms"), QStringLiteral("--limit"),
                                    QStringLiteral("1")});
    QCOMPARE(lines.code, 0);
    QCOMPARE(lines.out.count(u'\n'), 1);
    QVERIFY2(lines.err.contains(QStringLiteral("--limit shows more")), qPrintable(lines.err));
}

void TestCliLogs::formatsListsEveryLogFormat()
{
    const test::CliRun run = cli({QStringLiteral("formats")});
    for (const char* name : {"syslog-rfc3164", "syslog-rfc5424", "nginx-combined", "common-log", "nginx-error",
                             "apache-error", "json-lines", "kubernetes-cri", "logfmt", "log4j", "generic"})
        QVERIFY2(run.out.contains(QLatin1String(name)), name);
}

QTEST_GUILESS_MAIN(TestCliLogs)
#include "TestCliLogs.moc"
