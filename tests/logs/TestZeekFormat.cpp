// SPDX-License-Identifier: GPL-3.0-or-later
// Zeek TSV on real http.log lines (real-corpus/08, cut to a few columns) and malformed ones.
#include "ZeekFormat.h"
#include "StructuredLogTestSupport.h"

#include <QTest>

using namespace debrief;
using namespace debrief::test;

class TestZeekFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records();
    void declaredSeparator();
    void malformed_data();
    void malformed();
    void scores();
};

void TestZeekFormat::records()
{
    const auto records = parseText(ZeekFormat(), "#separator \\x09\n"
                                                 "#set_separator\t,\n"
                                                 "#fields\tts\tuid\tmethod\thost\turi\tstatus_code\tusername\n"
                                                 "#types\ttime\tstring\tstring\tstring\tstring\tcount\tstring\n"
                                                 "1320279566.452687\tCwFs1P2UcUdlSxD2La\tGET\twww.reddit.com\t/\t200\t-\n"
                                                 "#close\t2017-04-16-21-36-10");
    QCOMPARE(records.size(), 6);
    QCOMPARE(records[4].nonEntry, false);
    QCOMPARE(records[4].at, std::optional<qint64>(1320279566452LL));
    QCOMPARE(records[4].timeText, QStringLiteral("1320279566.452687"));
    QCOMPARE(records[4].message, QStringLiteral("GET www.reddit.com / 200"));
    QCOMPARE(fieldsOf(records[4]).value(QStringLiteral("uid")).toString(), QStringLiteral("CwFs1P2UcUdlSxD2La"));
    QVERIFY(fieldsOf(records[4]).value(QStringLiteral("username")).isUndefined());
    int nonEntries = 0;
    for (const LogRecord& r : records)
        nonEntries += r.nonEntry ? 1 : 0;
    QCOMPARE(nonEntries, 5);
}

void TestZeekFormat::declaredSeparator()
{
    const auto records = parseText(ZeekFormat(), "#separator |\n#fields|ts|query\n1320279566.5|example.com");
    QCOMPARE(records.size(), 3);
    QCOMPARE(records[2].at, std::optional<qint64>(1320279566500LL));
    QCOMPARE(records[2].message, QStringLiteral("example.com"));
}

void TestZeekFormat::malformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("no #fields") << QByteArray("1320279566.452687\tCwFs1P2UcUdlSxD2La");
    QTest::newRow("column count") << QByteArray("#fields\tts\tuid\n1320279566.452687");
    QTest::newRow("ts not a time") << QByteArray("#fields\tts\tuid\n12345\tx");
    QTest::newRow("no ts column") << QByteArray("#fields\tuid\tquery\nx\ty");
}

void TestZeekFormat::malformed()
{
    QFETCH(QByteArray, text);
    const auto records = parseText(ZeekFormat(), text);
    QVERIFY(records.back().unparsed && !records.back().nonEntry);
}

void TestZeekFormat::scores()
{
    const ZeekFormat format;
    QCOMPARE(format.matchLine("#fields\tts\tuid"), 1.0);
    QCOMPARE(format.matchLine("1320279566.452687\tCwFs1P2UcUdlSxD2La\t192.168.2.76"), 0.7);
    QCOMPARE(format.matchLine("1320279566 CwFs1P2UcUdlSxD2La"), 0.0);
}

QTEST_GUILESS_MAIN(TestZeekFormat)
#include "TestZeekFormat.moc"
