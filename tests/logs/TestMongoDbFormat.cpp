// SPDX-License-Identifier: GPL-3.0-or-later
// MongoDB's text log on real lines (real-corpus/14), its 4.4+ JSON log as documented, malformed lines.
#include "MongoDbFormat.h"
#include "StructuredLogTestSupport.h"

#include <QTest>

using namespace debrief;
using namespace debrief::test;

class TestMongoDbFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textLog();
    void jsonLog();
    void malformed_data();
    void malformed();
};

void TestMongoDbFormat::textLog()
{
    const auto records = parseText(MongoDbFormat(),
                                   "2020-03-12T00:00:01.935+0000 I  CONTROL  [signalProcessingThread] db version v4.2.11\n"
                                   "2020-03-12T02:00:01.935+0200 W  NETWORK  [conn12] Error sending response\n"
                                   "2020-03-12T00:00:02.000+0000 D2 -        [main] detail");
    QCOMPARE(records.size(), 3);
    QCOMPARE(unparsedCount(records), 0);
    QCOMPARE(records[0].at, std::optional<qint64>(utc("2020-03-12T00:00:01.935Z")));
    QCOMPARE(records[0].service, QStringLiteral("CONTROL"));
    QCOMPARE(records[0].message, QStringLiteral("db version v4.2.11"));
    QCOMPARE(records[0].fields, QStringLiteral(R"({"ctx":"signalProcessingThread"})"));
    QCOMPARE(records[1].at, std::optional<qint64>(utc("2020-03-12T00:00:01.935Z")));
    QCOMPARE(records[1].level, LogLevel::Warning);
    QCOMPARE(records[2].level, LogLevel::Debug);
    QCOMPARE(records[2].service, QString());
}

void TestMongoDbFormat::jsonLog()
{
    const QByteArray line = R"({"t":{"$date":"2020-05-01T15:16:17.180+00:00"},"s":"E","c":"NETWORK","id":12345,)"
                            R"("ctx":"listener","msg":"Listening on","attr":{"address":"127.0.0.1"}})";
    QCOMPARE(MongoDbFormat().matchLine(line), 1.0);
    const auto records = parseText(MongoDbFormat(), line);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].at, std::optional<qint64>(utc("2020-05-01T15:16:17.180Z")));
    QCOMPARE(records[0].level, LogLevel::Error);
    QCOMPARE(records[0].service, QStringLiteral("NETWORK"));
    QCOMPARE(records[0].message, QStringLiteral("Listening on"));
    QCOMPARE(fieldsOf(records[0]).value(QStringLiteral("attr")).toObject().value(QStringLiteral("address")).toString(),
             QStringLiteral("127.0.0.1"));
}

void TestMongoDbFormat::malformed_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("no zone") << QByteArray("2020-03-12T00:00:01.935 I  CONTROL  [main] x");
    QTest::newRow("severity word") << QByteArray("2020-03-12T00:00:01.935+0000 INFO CONTROL  [main] x");
    QTest::newRow("no context") << QByteArray("2020-03-12T00:00:01.935+0000 I  CONTROL  main x");
    QTest::newRow("json without msg") << QByteArray(R"({"t":{"$date":"2020-05-01T15:16:17.180+00:00"},"s":"I"})");
    QTest::newRow("json bad date") << QByteArray(R"({"t":{"$date":"yesterday"},"s":"I","msg":"x"})");
    QTest::newRow("json cut") << QByteArray(R"({"t":{"$date":"2020-05-01T15:16:17)");
}

void TestMongoDbFormat::malformed()
{
    QFETCH(QByteArray, line);
    QCOMPARE(MongoDbFormat().matchLine(line), 0.0);
    const auto records = parseText(MongoDbFormat(), line);
    QCOMPARE(records.size(), 1);
    QVERIFY(records[0].unparsed);
}

QTEST_GUILESS_MAIN(TestMongoDbFormat)
#include "TestMongoDbFormat.moc"
