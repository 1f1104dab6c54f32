// SPDX-License-Identifier: GPL-3.0-or-later
// W3C extended logs on real IIS lines (real-corpus/07) and malformed ones.
#include "W3cExtendedFormat.h"
#include "StructuredLogTestSupport.h"

#include <QTest>

using namespace debrief;
using namespace debrief::test;

namespace {

const QByteArray kHeader = "#Software: Microsoft Internet Information Services 8.5\n"
                           "#Version: 1.0\n"
                           "#Date: 2015-01-13 00:32:17\n"
                           "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip "
                           "cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status sc-bytes cs-bytes "
                           "time-taken\n";

} // namespace

class TestW3cExtendedFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requests();
    void fieldsChangeMidFile();
    void malformed_data();
    void malformed();
    void scores();
};

void TestW3cExtendedFormat::requests()
{
    const auto records = parseText(
        W3cExtendedFormat(),
        kHeader
            + "2015-01-13 00:32:17 100.79.192.81 GET /robots.txt - 80 - 157.55.39.146 "
              "Mozilla/5.0+(compatible;+bingbot/2.0;++http://www.bing.com/bingbot.htm) - 404 0 2 1405 242 283\n"
              "2015-01-13 00:32:26 100.79.192.81 GET /p/eToken1.png - 80 - 207.46.13.64 Mozilla/5.0 - 503 0 2 1405 245 157");
    QCOMPARE(records.size(), 6);
    for (int i = 0; i < 4; ++i)
        QVERIFY(records[i].nonEntry);
    QCOMPARE(records[4].at, std::optional<qint64>(utc("2015-01-13T00:32:17Z")));
    QCOMPARE(records[4].level, LogLevel::Warning);
    QCOMPARE(records[4].host, QStringLiteral("100.79.192.81"));
    QCOMPARE(records[4].message, QStringLiteral("GET /robots.txt 404"));
    QCOMPARE(fieldsOf(records[4]).value(QStringLiteral("c-ip")).toString(), QStringLiteral("157.55.39.146"));
    QVERIFY(fieldsOf(records[4]).value(QStringLiteral("cs-username")).isUndefined()); // "-" is no value
    QCOMPARE(records[5].level, LogLevel::Error);
}

void TestW3cExtendedFormat::fieldsChangeMidFile()
{
    const auto records = parseText(W3cExtendedFormat(), "#Fields: date time cs-method\n2015-01-13 00:32:17 GET\n"
                                                        "#Fields: time date sc-status\n00:32:18 2015-01-13 200");
    QCOMPARE(records.size(), 4);
    QCOMPARE(records[3].at, std::optional<qint64>(utc("2015-01-13T00:32:18Z")));
    QCOMPARE(records[3].message, QStringLiteral("200"));
}

void TestW3cExtendedFormat::malformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("no #Fields yet") << QByteArray("2015-01-13 00:32:17 100.79.192.81 GET /robots.txt");
    QTest::newRow("too few values") << QByteArray("#Fields: date time cs-method c-ip\n2015-01-13 00:32:17 GET");
    QTest::newRow("too many values") << QByteArray("#Fields: date time\n2015-01-13 00:32:17 GET");
    QTest::newRow("bad date") << QByteArray("#Fields: date time\n2015-13-13 00:32:17");
    QTest::newRow("no time column") << QByteArray("#Fields: cs-method\nGET");
}

void TestW3cExtendedFormat::malformed()
{
    QFETCH(QByteArray, text);
    const auto records = parseText(W3cExtendedFormat(), text);
    QVERIFY(!records.isEmpty());
    QVERIFY(records.back().unparsed && !records.back().nonEntry);
    QCOMPARE(records.back().message, QString::fromUtf8(text.mid(text.lastIndexOf('\n') + 1)));
}

void TestW3cExtendedFormat::scores()
{
    const W3cExtendedFormat format;
    QCOMPARE(format.matchLine("#Fields: date time cs-method"), 1.0);
    QCOMPARE(format.matchLine("2015-01-13 00:32:17 100.79.192.81 GET /robots.txt - 80 - 157.55.39.146"), 0.6);
    QCOMPARE(format.matchLine("2015-01-13 00:32:17 backup finished"), 0.0);
    QCOMPARE(format.matchLine("# a comment"), 0.0);
}

QTEST_GUILESS_MAIN(TestW3cExtendedFormat)
#include "TestW3cExtendedFormat.moc"
