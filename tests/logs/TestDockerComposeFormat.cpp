// SPDX-License-Identifier: GPL-3.0-or-later
// docker compose output on real lines (real-corpus/05 Caddy JSON, 06 Flask and Redis with ANSI
// escapes) and malformed prefixes.
#include "DockerComposeFormat.h"
#include "AnsiEscapes.h"
#include "StructuredLogTestSupport.h"

#include <QTest>

using namespace debrief;
using namespace debrief::test;

class TestDockerComposeFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servicesReadByTheirOwnFormat();
    void escapesStrippedAndKept();
    void malformed_data();
    void malformed();
    void ansiStripping_data();
    void ansiStripping();
};

void TestDockerComposeFormat::servicesReadByTheirOwnFormat()
{
    auto records = parseText(
        DockerComposeFormat(),
        R"(caddy  | {"level":"warn","ts":1761019822.3157542,"msg":"Caddyfile input is not formatted","adapter":"caddyfile"})"
        "\n"
        "web-1  |  * Serving Flask app 'app.py'\n"
        "redis-1  | 1:M 25 Apr 2024 05:32:35.019 * monotonic clock: POSIX clock_gettime\n"
        "redis-1  | 1:signal-handler (1714024483) Received SIGTERM scheduling shutdown...\n");
    QCOMPARE(records.size(), 4);
    QCOMPARE(unparsedCount(records), 0);
    // Each service's parser hands over its entries when it knows they are complete.
    std::sort(records.begin(), records.end(), [](const LogRecord& a, const LogRecord& b) { return a.line < b.line; });
    const LogRecord& caddy = records[0];
    QCOMPARE(caddy.service, QStringLiteral("caddy"));
    QCOMPARE(caddy.level, LogLevel::Warning);
    QCOMPARE(caddy.at, std::optional<qint64>(1761019822315LL));
    QCOMPARE(caddy.message, QStringLiteral("Caddyfile input is not formatted"));
    // Flask writes no time: an entry of its service all the same.
    QCOMPARE(records[1].service, QStringLiteral("web-1"));
    QVERIFY(!records[1].at);
    QCOMPARE(records[2].at, std::optional<qint64>(utc("2024-04-25T05:32:35.019Z")));
    QCOMPARE(records[3].at, std::optional<qint64>(1714024483000LL));
}

void TestDockerComposeFormat::escapesStrippedAndKept()
{
    const QByteArray line = "\x1b[2K\x1b[36mweb-1  | \x1b[0m\x1b[31m\x1b[1mWARNING: This is a development server.\x1b[0m";
    const auto records = parseText(DockerComposeFormat(), line);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].service, QStringLiteral("web-1"));
    QCOMPARE(records[0].message, QStringLiteral("WARNING: This is a development server."));
    // The container's line as it wrote it.
    QCOMPARE(fieldsOf(records[0]).value(QStringLiteral("raw")).toString(), QString::fromUtf8(line.mid(line.indexOf("| ") + 2)));
    QVERIFY(DockerComposeFormat().matchLine(line) >= 0.7);
}

void TestDockerComposeFormat::malformed_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("no padding") << QByteArray("web-1| x");
    QTest::newRow("no bar") << QByteArray("web-1   x");
    QTest::newRow("bar glued") << QByteArray("web-1  |x");
    QTest::newRow("space in name") << QByteArray("web 1  | x");
    QTest::newRow("empty name") << QByteArray("  | x");
}

void TestDockerComposeFormat::malformed()
{
    QFETCH(QByteArray, line);
    QCOMPARE(DockerComposeFormat().matchLine(line), 0.0);
    const auto records = parseText(DockerComposeFormat(), line);
    QCOMPARE(records.size(), 1);
    QVERIFY(records[0].unparsed);
}

void TestDockerComposeFormat::ansiStripping_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("colour") << QByteArray("\x1b[31mred\x1b[0m") << QByteArray("red");
    QTest::newRow("erase line") << QByteArray("\x1b[2Kx") << QByteArray("x");
    QTest::newRow("osc title") << QByteArray("\x1b]0;title\x07x") << QByteArray("x");
    QTest::newRow("two-byte") << QByteArray("\x1b(Bx") << QByteArray("x");
    QTest::newRow("cut short") << QByteArray("x\x1b[3") << QByteArray("x");
    QTest::newRow("lone escape") << QByteArray("x\x1b") << QByteArray("x");
}

void TestDockerComposeFormat::ansiStripping()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, text);
    QByteArray out;
    AnsiEscapes::strip(line, out);
    QCOMPARE(out, text);
}

QTEST_GUILESS_MAIN(TestDockerComposeFormat)
#include "TestDockerComposeFormat.moc"
