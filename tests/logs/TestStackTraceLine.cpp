// SPDX-License-Identifier: GPL-3.0-or-later
// Trace lines of several languages, from the real corpus (15, 16, 17, 18, 21), and lines that are not.
#include "StackTraceLine.h"

#include <QTest>

using namespace debrief;

class TestStackTraceLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lines_data();
    void lines();
};

void TestStackTraceLine::lines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("trace");
    QTest::newRow("java frame") << QByteArray("\tat org.springframework.test.context.TestContext(X.java:12)") << true;
    QTest::newRow("java exception") << QByteArray("java.lang.IllegalStateException: ApplicationContext failure") << true;
    QTest::newRow("php frame") << QByteArray("#0 /srv/vendor/Container.php(795): build('x')") << true;
    QTest::newRow("php marker") << QByteArray("[stacktrace]") << true;
    QTest::newRow("python file") << QByteArray("File \"/usr/share/vdsm/vdsm\", line 72, in run") << true;
    QTest::newRow("python error") << QByteArray("libvirtError: Failed to connect socket") << true;
    QTest::newRow("go goroutine") << QByteArray("goroutine 4 [running]:") << true;
    QTest::newRow("go function") << QByteArray("main.main.func1(0xc420024120)") << true;
    QTest::newRow("go package path") << QByteArray("go.opentelemetry.io/collector/exporter.NewQueueSender.func3") << true;
    QTest::newRow("sentence") << QByteArray("Connection refused by upstream") << false;
    QTest::newRow("error word in text") << QByteArray("An Error: happened") << false;
    QTest::newRow("hashtag") << QByteArray("#hashtag text") << false;
    QTest::newRow("version") << QByteArray("v1.2") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestStackTraceLine::lines()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, trace);
    QCOMPARE(StackTraceLine::looksLike(line), trace);
}

QTEST_GUILESS_MAIN(TestStackTraceLine)
#include "TestStackTraceLine.moc"
