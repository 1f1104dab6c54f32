// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyslogRfc5424Format.h"
#include "SyslogWebTestSupport.h"

#include <QTest>

using namespace debrief;
using namespace debrief::test;

class TestSyslogRfc5424Format : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesLine_data();
    void parsesLine();
    void nilTimestampHasNoTime();
    void fixture();
    void samplesDetectAsThisFormat();
    void malformedLinesStayRaw_data();
    void malformedLinesStayRaw();

private:
    SyslogRfc5424Format m_format;
};

void TestSyslogRfc5424Format::parsesLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("at");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("fields");

    // The examples of RFC 5424 section 6.5 (with their BOM written as bytes).
    QTest::newRow("rfc example 1") << QByteArray("<34>1 2003-10-11T22:14:15.003Z mymachine.example.com su - ID47 - "
                                                 "\xEF\xBB\xBF'su root' failed for lonvick on /dev/pts/8")
                                   << "2003-10-11T22:14:15.003Z" << int(LogLevel::Critical) << "mymachine.example.com"
                                   << "su"
                                   << "'su root' failed for lonvick on /dev/pts/8"
                                   << R"({"facility":4,"msgid":"ID47"})";
    QTest::newRow("rfc example 2") << QByteArray("<165>1 2003-08-24T05:14:15.000003-07:00 192.0.2.1 myproc 8710 - - "
                                                 "%% It's time to make the do-nuts.")
                                   << "2003-08-24T12:14:15Z" << int(LogLevel::Notice) << "192.0.2.1"
                                   << "myproc"
                                   << "%% It's time to make the do-nuts."
                                   << R"({"facility":20,"procid":"8710"})";
    QTest::newRow("rfc example 3 structured data")
        << QByteArray("<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 [exampleSDID@32473 "
                      "iut=\"3\" eventSource=\"Application\" eventID=\"1011\"] \xEF\xBB\xBF"
                      "An application event log")
        << "2003-10-11T22:14:15.003Z" << int(LogLevel::Notice) << "mymachine.example.com"
        << "evntslog"
        << "An application event log"
        << R"({"facility":20,"msgid":"ID47","exampleSDID@32473":{"iut":"3","eventSource":"Application","eventID":"1011"}})";
    QTest::newRow("rfc example 4 two elements, no msg")
        << QByteArray("<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 [exampleSDID@32473 "
                      "iut=\"3\"][examplePriority@32473 class=\"high\"]")
        << "2003-10-11T22:14:15.003Z" << int(LogLevel::Notice) << "mymachine.example.com"
        << "evntslog" << QString()
        << R"({"facility":20,"msgid":"ID47","exampleSDID@32473":{"iut":"3"},"examplePriority@32473":{"class":"high"}})";
    QTest::newRow("escapes in values")
        << QByteArray(R"(<131>1 2024-08-10T19:00:01Z h app 1 - [a@1 q="say \"hi\"" b="x\]y" c="C:\\tmp" d="\n"] m)")
        << "2024-08-10T19:00:01Z" << int(LogLevel::Error) << "h"
        << "app"
        << "m"
        << R"({"facility":16,"procid":"1","a@1":{"q":"say \"hi\"","b":"x]y","c":"C:\\tmp","d":"\\n"}})";
    QTest::newRow("element without params") << QByteArray("<14>1 2024-08-10T19:00:01+00:00 h app - - [meta] x")
                                            << "2024-08-10T19:00:01Z" << int(LogLevel::Info) << "h"
                                            << "app"
                                            << "x"
                                            << R"({"facility":1,"meta":{}})";
    QTest::newRow("nil host and app") << QByteArray("<15>1 2024-08-10T19:00:01.5+05:30 - - - - - hello")
                                      << "2024-08-10T13:30:01.500Z" << int(LogLevel::Debug) << QString() << QString()
                                      << "hello"
                                      << R"({"facility":1})";
    QTest::newRow("rsyslog relayed 3164 message")
        << QByteArray("<28>1 2026-11-24T10:45:16+00:00 vm pgbouncer 12573 - -  "
                      "WARNING: pool exhausted")
        << "2026-11-24T10:45:16Z" << int(LogLevel::Warning) << "vm"
        << "pgbouncer"
        << "WARNING: pool exhausted"
        << R"({"facility":3,"procid":"12573"})";
    QTest::newRow("unicode") << QByteArray("<14>1 2024-08-10T19:00:01Z h app - - - \xEF\xBB\xBFZürich ✓")
                             << "2024-08-10T19:00:01Z" << int(LogLevel::Info) << "h"
                             << "app" << QString::fromUtf8("Zürich ✓") << R"({"facility":1})";
}

void TestSyslogRfc5424Format::parsesLine()
{
    QFETCH(QByteArray, line);
    const std::optional<LogRecord> record = parseOne(m_format, line);
    QVERIFY(record);
    QVERIFY(!record->unparsed);
    QFETCH(QString, at);
    QCOMPARE(record->at, std::optional<qint64>(isoMillis(at)));
    QCOMPARE(record->timeText, QString::fromUtf8(line.split(' ').at(1)));
    QTEST(int(record->level), "level");
    QTEST(record->host, "host");
    QTEST(record->service, "service");
    QTEST(record->message, "message");
    QTEST(record->fields, "fields");
    // Whatever the escapes, the fields must be valid JSON.
    QFETCH(QString, fields);
    QCOMPARE(fieldsOf(*record), QJsonDocument::fromJson(fields.toUtf8()).object());
    QVERIFY(!fieldsOf(*record).isEmpty());
}

void TestSyslogRfc5424Format::nilTimestampHasNoTime()
{
    const std::optional<LogRecord> record = parseOne(m_format, "<14>1 - h app - - - no clock");
    QVERIFY(record);
    QVERIFY(!record->unparsed);
    QCOMPARE(record->at, std::nullopt);
    QCOMPARE(record->timeText, QString());
    QCOMPARE(record->message, QStringLiteral("no clock"));
}

void TestSyslogRfc5424Format::fixture()
{
    const QVector<LogRecord> records
        = parseText(m_format, readFixture(QStringLiteral("syslog-rfc5424/rsyslog-protocol23.log")));
    QCOMPARE(records.size(), 41);
    QCOMPARE(unparsedCount(records), 0);
    QCOMPARE(records.front().at, isoMillis(QStringLiteral("2026-11-24T10:45:16.300Z")));
    QCOMPARE(records.front().timeText, QStringLiteral("2026-11-24T10:45:16.300244+00:00"));
    QCOMPARE(records.back().at, isoMillis(QStringLiteral("2026-11-24T10:45:17Z")));
    // Severities sent by logger: emerg, alert and daemon.crit; local0.err and mail.err; daemon.warning.
    QCOMPARE(countLevel(records, LogLevel::Critical), 3);
    QCOMPARE(countLevel(records, LogLevel::Error), 2);
    QCOMPARE(countLevel(records, LogLevel::Warning), 1);
    QCOMPARE(countLevel(records, LogLevel::Notice), 1);
    QCOMPARE(countLevel(records, LogLevel::Debug), 1);
    const QJsonObject first = fieldsOf(records.front());
    QCOMPARE(first.value(QStringLiteral("msgid")).toString(), QStringLiteral("LOGIN"));
    const QJsonObject auth = first.value(QStringLiteral("auth@32473")).toObject();
    QCOMPARE(auth.value(QStringLiteral("user")).toString(), QStringLiteral("alice"));
    QCOMPARE(auth.value(QStringLiteral("reason")).toString(), QStringLiteral("bad \"password\" [x]"));
    QCOMPARE(first.value(QStringLiteral("timeQuality")).toObject().value(QStringLiteral("tzKnown")).toString(),
             QStringLiteral("1"));
    QCOMPARE(records.front().service, QStringLiteral("app"));
    QCOMPARE(records.front().message, QStringLiteral("login failed for alice"));
}

void TestSyslogRfc5424Format::samplesDetectAsThisFormat()
{
    for (const QString& sample : m_format.samples()) {
        const QByteArray line = sample.toUtf8();
        QCOMPARE(bestFormatFor(line), m_format.name());
        const std::optional<LogRecord> record = parseOne(m_format, line);
        QVERIFY(record);
        QVERIFY2(!record->unparsed, line.constData());
    }
}

void TestSyslogRfc5424Format::malformedLinesStayRaw_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("only a pri") << QByteArray("<34>");
    QTest::newRow("pri and version") << QByteArray("<34>1");
    QTest::newRow("no version") << QByteArray("<34> 2003-10-11T22:14:15.003Z h su - ID47 - x");
    QTest::newRow("version 0") << QByteArray("<34>0 2003-10-11T22:14:15.003Z h su - ID47 - x");
    QTest::newRow("missing structured data") << QByteArray("<34>1 2003-10-11T22:14:15.003Z h su - ID47");
    QTest::newRow("unclosed element") << QByteArray("<34>1 2003-10-11T22:14:15.003Z h su - ID47 [a b=\"c\" x");
    QTest::newRow("unclosed value") << QByteArray("<34>1 2003-10-11T22:14:15.003Z h su - ID47 [a b=\"c] x");
    QTest::newRow("unquoted value") << QByteArray("<34>1 2003-10-11T22:14:15.003Z h su - ID47 [a b=c] x");
    QTest::newRow("no space after structured data") << QByteArray("<34>1 2003-10-11T22:14:15.003Z h su - ID47 [a]x");
    QTest::newRow("no space after nil data") << QByteArray("<34>1 2003-10-11T22:14:15.003Z h su - ID47 -x");
    QTest::newRow("Feb 30") << QByteArray("<34>1 2003-02-30T22:14:15Z h su - ID47 - x");
    QTest::newRow("25:61:00") << QByteArray("<34>1 2003-10-11T25:61:00Z h su - ID47 - x");
    QTest::newRow("no zone") << QByteArray("<34>1 2003-10-11T22:14:15 h su - ID47 - x");
    QTest::newRow("rfc 3164") << QByteArray("<34>Oct 11 22:14:15 mymachine su: 'su root' failed");
    QTest::newRow("double space in header") << QByteArray("<34>1 2003-10-11T22:14:15Z  h su - ID47 - x");
    for (const QByteArray& hostile : hostileLines())
        QTest::newRow(qPrintable(QStringLiteral("hostile %1 bytes").arg(hostile.size()))) << hostile;
    QTest::newRow("10 MB of structured data")
        << QByteArray("<34>1 2003-10-11T22:14:15Z h su - ID47 [a b=\"") + QByteArray(10 * 1024 * 1024, '\\');
}

void TestSyslogRfc5424Format::malformedLinesStayRaw()
{
    QFETCH(QByteArray, line);
    QCOMPARE(m_format.matchLine(line), 0.0);
    const QVector<LogRecord> records = parseText(m_format, line);
    QVERIFY(!records.isEmpty());
    QCOMPARE(unparsedCount(records), records.size());
}

QTEST_GUILESS_MAIN(TestSyslogRfc5424Format)
#include "TestSyslogRfc5424Format.moc"
