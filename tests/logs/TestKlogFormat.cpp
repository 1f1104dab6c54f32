// SPDX-License-Identifier: GPL-3.0-or-later
// klog/glog on real lines (tests/data/logs/real-corpus 01, 02, 19) and on malformed headers.
#include "KlogFormat.h"
#include "StructuredLogTestSupport.h"

#include <QTest>

using namespace debrief;
using namespace debrief::test;

class TestKlogFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lines_data();
    void lines();
    void malformed_data();
    void malformed();
    void continuationsJoin();
    void terminalSessionIsNoEntry();
    void yearRollsOver();
};

void TestKlogFormat::lines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<qint64>("at");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("fields");
    QTest::newRow("controller-manager") << QByteArray("I1025 16:06:03.138991       1 serving.go:348] Generated self-signed cert in-memory")
                                        << utc("2024-10-25T16:06:03.138Z") << int(LogLevel::Info) << "serving.go"
                                        << "Generated self-signed cert in-memory"
                                        << R"({"thread":"1","source":"serving.go:348"})";
    QTest::newRow("glog wide thread") << QByteArray("E0517 15:04:22.619632 1952452992 logging_unittest.cc:253] Log every 3, iteration 19")
                                      << utc("2024-05-17T15:04:22.619Z") << int(LogLevel::Error) << "logging_unittest.cc"
                                      << "Log every 3, iteration 19"
                                      << R"({"thread":"1952452992","source":"logging_unittest.cc:253"})";
    QTest::newRow("kubelet structured") << QByteArray(R"(W1022 16:45:57.520748     854 server.go:469] "Golang settings" GOGC="")")
                                        << utc("2024-10-22T16:45:57.520Z") << int(LogLevel::Warning) << "server.go"
                                        << R"("Golang settings" GOGC="")"
                                        << R"({"thread":"854","source":"server.go:469"})";
    QTest::newRow("fatal, no fraction") << QByteArray("F0101 00:00:00 7 main.go:1] boom") << utc("2024-01-01T00:00:00.000Z")
                                        << int(LogLevel::Critical) << "main.go" << "boom"
                                        << R"({"thread":"7","source":"main.go:1"})";
}

void TestKlogFormat::lines()
{
    QFETCH(QByteArray, line);
    QFETCH(qint64, at);
    QFETCH(int, level);
    QFETCH(QString, service);
    QFETCH(QString, message);
    QFETCH(QString, fields);
    LogParseContext context;
    context.defaultYear = 2024;
    const auto records = parseText(KlogFormat(), line, context);
    QCOMPARE(records.size(), 1);
    QVERIFY(!records[0].unparsed);
    QCOMPARE(records[0].at, std::optional<qint64>(at));
    QCOMPARE(int(records[0].level), level);
    QCOMPARE(records[0].service, service);
    QCOMPARE(records[0].message, message);
    QCOMPARE(records[0].fields, fields);
    QCOMPARE(KlogFormat().matchLine(line), 1.0);
}

void TestKlogFormat::malformed_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("level letter unknown") << QByteArray("X1025 16:06:03.138991 1 serving.go:348] msg");
    QTest::newRow("month 13") << QByteArray("I1325 16:06:03.138991 1 serving.go:348] msg");
    QTest::newRow("no bracket") << QByteArray("I1025 16:06:03.138991 1 serving.go:348 msg");
    QTest::newRow("no thread") << QByteArray("I1025 16:06:03.138991 serving.go:348] msg");
    QTest::newRow("space in source") << QByteArray("I1025 16:06:03.138991 1 serv ing.go:348] msg");
    QTest::newRow("cut short") << QByteArray("I1025 16:06");
    QTest::newRow("word") << QByteArray("Info 16:06:03.138991 1 serving.go:348] msg");
}

void TestKlogFormat::malformed()
{
    QFETCH(QByteArray, line);
    QCOMPARE(KlogFormat().matchLine(line), 0.0);
    const auto records = parseText(KlogFormat(), line);
    QCOMPARE(records.size(), 1);
    QVERIFY(records[0].unparsed);
    QCOMPARE(records[0].message, QString::fromUtf8(line));
}

void TestKlogFormat::continuationsJoin()
{
    // glog writes the later lines of a multi-line message without a header.
    const auto records = parseText(KlogFormat(), "E0517 15:04:22.619632 1 a.cc:1] first\nsecond line\n\tthird\n"
                                                 "I0517 15:04:22.619700 1 a.cc:2] next");
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].message, QStringLiteral("first\nsecond line\n\tthird"));
    QCOMPARE(unparsedCount(records), 0);
}

void TestKlogFormat::terminalSessionIsNoEntry()
{
    // The shape of real-corpus/01: a prompt, a command's table, the prompt of `kubectl logs`, the
    // log, a closing prompt.
    const auto records = parseText(KlogFormat(), "sre@k8s-controller-01:~$ kubectl get pods\n"
                                                 "NAMESPACE     NAME     READY   STATUS\n"
                                                 "kube-system   etcd-1   1/1     Running\n"
                                                 "sre@k8s-controller-01:~$ kubectl logs kcm\n"
                                                 "I1025 16:06:03.138991       1 serving.go:348] Generated\n"
                                                 "sre@k8s-controller-01:~$ ");
    QCOMPARE(records.size(), 6);
    int nonEntries = 0;
    for (const LogRecord& r : records)
        nonEntries += r.nonEntry ? 1 : 0;
    QCOMPARE(nonEntries, 5);
    QVERIFY(!records[4].unparsed);
    QCOMPARE(records[4].message, QStringLiteral("Generated"));
}

void TestKlogFormat::yearRollsOver()
{
    LogParseContext context;
    context.defaultYear = 2023;
    const auto records = parseText(KlogFormat(), "I1231 23:59:59.000000 1 a.go:1] old\nI0101 00:00:01.000000 1 a.go:2] new",
                                   context);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[1].at, std::optional<qint64>(utc("2024-01-01T00:00:01.000Z")));
}

QTEST_GUILESS_MAIN(TestKlogFormat)
#include "TestKlogFormat.moc"
