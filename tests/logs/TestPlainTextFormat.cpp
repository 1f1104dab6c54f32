// SPDX-License-Identifier: GPL-3.0-or-later
// Plain text around stack traces: Fluent Bit's multiline example (real-corpus/18: a Java exception
// and a Go panic among untimed lines), a Python traceback, and the files this format must not claim.
#include "LogFormatRegistry.h"
#include "PlainTextFormat.h"
#include "StructuredLogTestSupport.h"

#include <QTest>

using namespace debrief;
using namespace debrief::test;

namespace {

QString detectedName(const QByteArray& text)
{
    QList<QByteArray> lines;
    for (const QByteArray& line : text.split('\n')) {
        if (!line.trimmed().isEmpty())
            lines << line;
    }
    const LogFormatDetection detection = LogFormatRegistry::builtIn().detect(lines);
    return detection.format ? detection.format->name() : QStringLiteral("(none)");
}

} // namespace

class TestPlainTextFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void javaAndGoPanic();
    void pythonTraceback();
    void detection_data();
    void detection();
    void noTraceNoClaim();
};

void TestPlainTextFormat::javaAndGoPanic()
{
    LogParseContext context;
    context.defaultYear = 2024;
    const QByteArray text = readFixture(QStringLiteral("real-corpus/18-multiline-java-go-panic.log"));
    const auto records = parseText(PlainTextFormat(), text, context);
    QCOMPARE(records.size(), 5);
    QCOMPARE(unparsedCount(records), 0);
    QCOMPARE(records[0].message, QStringLiteral("single line..."));
    QVERIFY(!records[0].at);
    QCOMPARE(records[1].line, 2);
    QCOMPARE(records[1].at, std::optional<qint64>(utc("2024-12-14T06:41:08.000Z")));
    QCOMPARE(records[1].message.count(u'\n'), 5); // the five "at" frames
    QCOMPARE(records[1].level, LogLevel::Error);
    QCOMPARE(records[2].message, QStringLiteral("another line..."));
    QCOMPARE(records[3].line, 9);
    QVERIFY(records[3].message.startsWith(QStringLiteral("panic: my panic\n\ngoroutine 4 [running]:")));
    QCOMPARE(records[3].message.count(u'\n'), 50); // 51 lines, the blank ones between goroutines too
    QCOMPARE(records[4].message, QStringLiteral("one more line, no multiline"));
    QCOMPARE(records[4].line, 60);
}

void TestPlainTextFormat::pythonTraceback()
{
    const auto records = parseText(PlainTextFormat(),
                                   "starting import\n"
                                   "Traceback (most recent call last):\n"
                                   "  File \"/app/run.py\", line 3, in <module>\n"
                                   "    main()\n"
                                   "ValueError: bad row 7\n"
                                   "retrying in 5s\n");
    QCOMPARE(records.size(), 3);
    QCOMPARE(records[1].message.count(u'\n'), 3);
    QVERIFY(records[1].message.endsWith(QStringLiteral("ValueError: bad row 7")));
    QCOMPARE(records[2].message, QStringLiteral("retrying in 5s"));
}

void TestPlainTextFormat::detection_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("format");
    QTest::newRow("fluent-bit example") << readFixture(QStringLiteral("real-corpus/18-multiline-java-go-panic.log"))
                                        << "plain-text";
    // Timed lines with a trace: the format that reads the timed lines keeps the lead.
    QTest::newRow("timed lines win") << QByteArray("2024-08-10 19:00:01 ERROR request failed\n"
                                                   "java.lang.IllegalStateException: pool closed\n"
                                                   "    at com.shop.Pool.get(Pool.java:42)\n"
                                                   "2024-08-10 19:00:02 INFO retrying\n"
                                                   "2024-08-10 19:00:03 INFO ok\n")
                                     << "log4j";
}

void TestPlainTextFormat::detection()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, format);
    QCOMPARE(detectedName(text), format);
}

void TestPlainTextFormat::noTraceNoClaim()
{
    // Prose, a config file, frames without anything announcing them: no claim.
    QCOMPARE(PlainTextFormat().matchDocument("Dear team,\nthe outage was short.\nThanks\n"),
             std::optional<double>(0.0));
    QCOMPARE(PlainTextFormat().matchDocument("[server]\nport = 80\nhost = x\n"), std::optional<double>(0.0));
    QCOMPARE(PlainTextFormat().matchDocument("    at a.B.c(B.java:1)\n    at a.B.d(B.java:2)\n"),
             std::optional<double>(0.0));
    // A panic among many plain lines is still mostly plain text: no claim either.
    QCOMPARE(PlainTextFormat().matchDocument("a\nb\nc\nd\npanic: x\ngoroutine 1 [running]:\n"),
             std::optional<double>(0.0));
}

QTEST_GUILESS_MAIN(TestPlainTextFormat)
#include "TestPlainTextFormat.moc"
