// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogFormatRegistry.h"
#include "LogTestSupport.h"

#include <QTest>

using namespace debrief;

class TestLogFormatRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detects_data();
    void detects();
    void findsFormatsByName();
    void everyBuiltInFormatDetectsAndParsesItsSamples_data();
    void everyBuiltInFormatDetectsAndParsesItsSamples();
};

void TestLogFormatRegistry::detects_data()
{
    QTest::addColumn<QByteArrayList>("lines");
    QTest::addColumn<QString>("format");
    QTest::addColumn<double>("confidence");
    QTest::addColumn<QString>("error");
    const QByteArray epoch = "1723316400000 info web nginx started";
    QTest::newRow("specific beats generic on a tie") << QByteArrayList {epoch, epoch} << "test-epoch" << 1.0 << "";
    QTest::newRow("generic when specific fails")
        << QByteArrayList {"12 free text", "13 more", epoch} << "test-generic" << 1.0 << "";
    QTest::newRow("specific within the tie margin")
        << (QByteArrayList(39, epoch) << "9 not epoch") << "test-epoch" << 0.975 << "";
    QTest::newRow("blank and indented lines skipped")
        << QByteArrayList {"", epoch, "    at Foo.bar()", "\t...", "  ", epoch} << "test-epoch" << 1.0 << "";
    QTest::newRow("unknown") << QByteArrayList {"hello", "world"} << "" << 0.0
                             << "unknown log format: no format matches the first 2 lines (closest: "
                                "test-generic at 0%)";
    QTest::newRow("below the minimum confidence")
        << QByteArrayList {"1 a", "b", "c", "d"} << "" << 0.0
        << "unknown log format: no format matches the first 4 lines (closest: test-generic at 25%)";
    QTest::newRow("nothing to sample") << QByteArrayList {"", "   "} << "" << 0.0
                                       << "the file has no lines to detect its format from";
}

void TestLogFormatRegistry::detects()
{
    QFETCH(QByteArrayList, lines);
    QFETCH(QString, format);
    QFETCH(double, confidence);
    QFETCH(QString, error);
    const LogFormatRegistry registry = test::testRegistry();
    const LogFormatDetection detection = registry.detect(lines);
    QCOMPARE(detection.format ? detection.format->name() : QString(), format);
    QCOMPARE(detection.confidence, confidence);
    QCOMPARE(detection.error, error);
}

void TestLogFormatRegistry::findsFormatsByName()
{
    const LogFormatRegistry registry = test::testRegistry();
    QCOMPARE(registry.names(), (QStringList {"test-generic", "test-epoch"}));
    QCOMPARE(registry.find(QStringLiteral("TEST-EPOCH"))->name(), QStringLiteral("test-epoch"));
    QCOMPARE(registry.find(QStringLiteral("nope")), nullptr);
    QCOMPARE(registry.formats().size(), 2);
}

void TestLogFormatRegistry::everyBuiltInFormatDetectsAndParsesItsSamples_data()
{
    QTest::addColumn<QString>("name");
    for (const LogFormat* format : LogFormatRegistry::builtIn().formats())
        QTest::newRow(qPrintable(format->name())) << format->name();
    if (LogFormatRegistry::builtIn().formats().isEmpty())
        QTest::newRow("no built-in formats yet") << QString();
}

void TestLogFormatRegistry::everyBuiltInFormatDetectsAndParsesItsSamples()
{
    QFETCH(QString, name);
    if (name.isEmpty())
        QSKIP("no built-in log formats are registered yet");
    const LogFormatRegistry& registry = LogFormatRegistry::builtIn();
    const LogFormat* format = registry.find(name);
    QVERIFY(format);
    QByteArrayList lines;
    for (const QString& sample : format->samples())
        lines << sample.toUtf8();
    QVERIFY2(!lines.isEmpty(), "a format must carry samples");
    const LogFormatDetection detection = registry.detect(lines);
    QVERIFY2(detection.format, qPrintable(detection.error));
    QCOMPARE(detection.format->name(), name);
    const auto parser = format->createParser(LogParseContext {2024, 0});
    QVector<LogRecord> records;
    for (int i = 0; i < lines.size(); ++i)
        parser->feed(lines[i], i + 1, records);
    parser->finish(records);
    QVERIFY(!records.isEmpty());
    // A directive sample ("#Fields: ...") is kept as a non-entry; every other line must be an entry.
    int entries = 0;
    for (const LogRecord& record : records) {
        QVERIFY2(!record.unparsed || record.nonEntry, qPrintable(record.message));
        entries += record.nonEntry ? 0 : 1;
    }
    QVERIFY(entries > 0);
}

QTEST_GUILESS_MAIN(TestLogFormatRegistry)
#include "TestLogFormatRegistry.moc"
