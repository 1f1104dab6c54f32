// SPDX-License-Identifier: GPL-3.0-or-later
// What the importer does with input that is not a tidy postmortem: it refuses what cannot be
// text, repairs what can, and never crashes or takes quadratic time on large documents.
#include "MarkdownExporter.h"
#include "PostmortemImporter.h"

#include <QTest>

using namespace debrief;

namespace {

bool hasDiagnostic(const PostmortemImportResult& r, Severity severity, int line = -1)
{
    return std::any_of(r.diagnostics.cbegin(), r.diagnostics.cend(), [&](const ImportDiagnostic& d) {
        return d.severity == severity && (line < 0 || d.line == line);
    });
}

} // namespace

class TestImporterBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refused_data();
    void refused();
    void invalidUtf8IsRepaired();
    void noHeadings();
    void brokenTables_data();
    void brokenTables();
    void impossibleTime();
    void hugeDocument();
    void hugeSingleLine();
    void controlCharactersInAHeading();
};

void TestImporterBadInput::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty file");
    QTest::newRow("whitespace") << QByteArray(" \n\n\t\n") << QStringLiteral("empty file");
    QTest::newRow("nul") << QByteArray("# Summary\n\0\0\0 text", 18)
                         << QStringLiteral("binary file: not a Markdown or text document");
    QByteArray noise;
    for (int i = 0; i < 4096; ++i)
        noise.append(char((i * 7919) % 31 + 1));
    QTest::newRow("control bytes") << noise << QStringLiteral("binary file: not a Markdown or text document");
}

void TestImporterBadInput::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const PostmortemImportResult r = PostmortemImporter::import(bytes, QStringLiteral("bad.md"));
    QVERIFY(!r.ok);
    QVERIFY(!r.diagnostics.isEmpty());
    QCOMPARE(r.diagnostics.first().severity, Severity::Error);
    QCOMPARE(r.diagnostics.first().line, 0);
    QCOMPARE(r.diagnostics.first().message, message);
}

void TestImporterBadInput::invalidUtf8IsRepaired()
{
    const QByteArray bytes("# Summary\n\nThe caf\xE9 service \xFF\xFE failed.\n\n# Impact\n\nNone.\n");
    const PostmortemImportResult r = PostmortemImporter::import(bytes, QStringLiteral("latin1.md"));
    QVERIFY(r.ok);
    QCOMPARE(r.repairedBytes, 3);
    QVERIFY(hasDiagnostic(r, Severity::Warning, 3));
    QVERIFY(r.incident.summary.contains(QChar::ReplacementCharacter));
    QCOMPARE(r.incident.impact, QStringLiteral("None."));
}

void TestImporterBadInput::noHeadings()
{
    const QByteArray bytes("The database fell over on Tuesday and we restarted it.\n\nNobody knows why yet.\n");
    const PostmortemImportResult r = PostmortemImporter::import(bytes, QStringLiteral("notes.md"));
    QVERIFY(r.ok);
    QVERIFY(hasDiagnostic(r, Severity::Warning));
    QVERIFY(r.incident.summary.contains(QStringLiteral("restarted it")));
    QVERIFY(r.incident.summary.contains(QStringLiteral("Nobody knows why yet.")));
    QVERIFY(!r.incident.title.isEmpty());
}

void TestImporterBadInput::brokenTables_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("kept");
    QTest::newRow("no delimiter row") << QByteArray("# Timeline\n\n| Time | Event |\n| 10:00 | started |\n")
                                      << QStringLiteral("started");
    QTest::newRow("ragged rows") << QByteArray(
        "# Timeline\n\n| Time | Event |\n| --- | --- |\n| 10:00 |\n| 11:00 | b | c | d |\n")
                                 << QStringLiteral("b");
    QTest::newRow("no time column") << QByteArray("# Action Items\n\n| Foo | Bar |\n| --- | --- |\n| x1 | y1 |\n")
                                    << QStringLiteral("y1");
}

void TestImporterBadInput::brokenTables()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, kept);
    const PostmortemImportResult r = PostmortemImporter::import(bytes, QStringLiteral("table.md"));
    QVERIFY(r.ok);
    QString all;
    for (const TimelineEvent& e : r.incident.timeline)
        all += e.text + u' ';
    for (const UnknownSection& u : r.incident.unknownSections)
        all += u.markdown + u' ';
    QVERIFY2(all.contains(kept), qPrintable(all));
}

void TestImporterBadInput::impossibleTime()
{
    const QByteArray bytes("# Summary\n\nOn 2024-08-10.\n\n# Timeline\n\n- 19:00 UTC: alert fired\n- 25:99 UTC: "
                           "something odd\n- 21:00 UTC: resolved\n");
    const PostmortemImportResult r = PostmortemImporter::import(bytes, QStringLiteral("odd.md"));
    QVERIFY(r.ok);
    QCOMPARE(r.incident.timeline.size(), 3);
    QVERIFY(!r.incident.timeline[1].at);
    QVERIFY(r.incident.timeline[1].text.contains(QStringLiteral("something odd")));
    QVERIFY(r.incident.timeline[1].text.contains(QStringLiteral("25:99")));
    QVERIFY(hasDiagnostic(r, Severity::Warning, 8));
}

void TestImporterBadInput::hugeDocument()
{
    QByteArray bytes("# Big incident\n\n## Summary\n\nOn August 10, 2024.\n\n## Timeline\n\n");
    const QByteArray entry("- 10:15 UTC: the service **kept** failing with [errors](http://x) and more & more text\n");
    const QByteArray para("Some prose that nobody will read, repeated to fill the file with words.\n\n");
    while (bytes.size() < 50 * 1024 * 1024) {
        for (int i = 0; i < 50; ++i)
            bytes += entry;
        bytes += "\n## Notes\n\n";
        for (int i = 0; i < 20; ++i)
            bytes += para;
        bytes += "## Timeline\n\n";
    }
    // No wall-clock bound here (speed is for benchmarks, and a sanitizer build on a shared machine is
    // no measure): ctest's per-test timeout stops an importer that went quadratic.
    const PostmortemImportResult r = PostmortemImporter::import(bytes, QStringLiteral("big.md"));
    QVERIFY(r.ok);
    QVERIFY(r.incident.timeline.size() > 100000);
}

void TestImporterBadInput::hugeSingleLine()
{
    QByteArray bytes("# Summary\n\n");
    while (bytes.size() < 5 * 1024 * 1024)
        bytes += "word *emph* `code` &amp; [link](http://example.com) ";
    const PostmortemImportResult r = PostmortemImporter::import(bytes, QStringLiteral("line.md"));
    QVERIFY(r.ok);
    QVERIFY(r.incident.summary.size() > 4 * 1024 * 1024);
}

// Found by the fuzzer: a heading full of control characters, written twice by the report (as the
// section's heading and in the root causes' "Stated in"), made the report look binary on import.
void TestImporterBadInput::controlCharactersInAHeading()
{
    QByteArray bytes("# Outage\n\n## Summary\n\n");
    for (int i = 0; i < 12; ++i)
        bytes += "The login page returned errors for users in Europe after a load balancer change.\n";
    bytes += "\n## Root ";
    bytes += QByteArray(80, '\x1c');
    bytes += " Cause(s)\n\n* A health check path that did not exist.\n\n## Timeline\n\n- 10:00 UTC: paged\n";
    const PostmortemImportResult first = PostmortemImporter::import(bytes, QStringLiteral("ctl.md"));
    QVERIFY(first.ok);
    const QString report = MarkdownExporter::exportIncident(first.incident);
    QVERIFY(report.count(QChar(0x1c)) <= 80); // the heading is written without them
    const PostmortemImportResult again = PostmortemImporter::import(report.toUtf8(), QStringLiteral("ctl.md"));
    QVERIFY2(again.ok, qPrintable(again.diagnostics.value(0).message));
}

QTEST_GUILESS_MAIN(TestImporterBadInput)
#include "TestImporterBadInput.moc"
