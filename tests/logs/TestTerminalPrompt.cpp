// SPDX-License-Identifier: GPL-3.0-or-later
// Shell prompts of pasted terminal sessions, and log lines that merely contain '@' or '$'.
#include "TerminalPrompt.h"

#include <QTest>

using namespace debrief;

class TestTerminalPrompt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lines_data();
    void lines();
};

void TestTerminalPrompt::lines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("prompt");
    QTest::newRow("bash") << QByteArray("sre@k8s-controller-01:~$ kubectl get pods --all-namespaces=true -o wide") << true;
    QTest::newRow("bash, nothing typed") << QByteArray("sre@controller:~/flannel$ ") << true;
    QTest::newRow("root") << QByteArray("root@db1:/var/log# tail -f mysql.log") << true;
    QTest::newRow("rhel") << QByteArray("[root@db1 ~]# journalctl -u mysqld") << true;
    QTest::newRow("zsh") << QByteArray("alice@mbp ~ % docker compose logs") << true;
    QTest::newRow("bare dollar") << QByteArray("$ docker logs api") << true;
    QTest::newRow("powershell") << QByteArray("PS C:\\logs> Get-Content app.log") << true;
    QTest::newRow("email in a log") << QByteArray("user alice@example.com logged in") << false;
    QTest::newRow("email first") << QByteArray("alice@example.com: quota exceeded") << false;
    QTest::newRow("price") << QByteArray("total $ 5") << false;
    QTest::newRow("klog") << QByteArray("I1025 16:06:03.138991       1 serving.go:348] Generated") << false;
    QTest::newRow("syslog") << QByteArray("Oct 22 16:45:56 controller systemd[1]: Started kubelet.service.") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestTerminalPrompt::lines()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, prompt);
    QCOMPARE(TerminalPrompt::isPrompt(line), prompt);
}

QTEST_GUILESS_MAIN(TestTerminalPrompt)
#include "TestTerminalPrompt.moc"
