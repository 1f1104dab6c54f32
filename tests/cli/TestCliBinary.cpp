// SPDX-License-Identifier: GPL-3.0-or-later
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The real debrief-cli binary end to end: exit codes, the stdout/stderr split of the contract,
// the DEBRIEF_STORE variable.
class TestCliBinary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importThenLintThroughTheEnvironmentStore();
    void errorsGoToStderrWithExitCode2();

private:
    struct Result
    {
        int code;
        QByteArray out;
        QByteArray err;
    };
    Result run(const QStringList& arguments, const QString& store = {});
    QTemporaryDir m_dir;
};

TestCliBinary::Result TestCliBinary::run(const QStringList& arguments, const QString& store)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DEBRIEF_STORE"), store);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DEBRIEF_CLI_BINARY), arguments);
    if (!process.waitForFinished(60000))
        qFatal("debrief-cli did not finish");
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestCliBinary::importThenLintThroughTheEnvironmentStore()
{
    const QString store = m_dir.filePath(QStringLiteral("env.sqlite"));
    const Result import
        = run({QStringLiteral("import"), QStringLiteral(DEBRIEF_TEST_DATA "/postmortem/reference.md")}, store);
    QCOMPARE(import.code, 0);
    QCOMPARE(import.out, QByteArray("1\n")); // the id alone on stdout
    QVERIFY(!import.err.isEmpty()); // the summary goes to stderr
    const Result lint = run({QStringLiteral("lint"), QStringLiteral("1")}, store);
    QCOMPARE(lint.code, 1);
    QVERIFY(lint.out.contains("conflicting-root-causes"));
}

void TestCliBinary::errorsGoToStderrWithExitCode2()
{
    const QString store = m_dir.filePath(QStringLiteral("errors.sqlite"));
    const Result missing = run({QStringLiteral("import"), QStringLiteral("/nonexistent/pm.md")}, store);
    QCOMPARE(missing.code, 2);
    QVERIFY(missing.out.isEmpty());
    QVERIFY2(missing.err.startsWith("debrief-cli: /nonexistent/pm.md:0: "), missing.err.constData());
    const Result usage = run({QStringLiteral("--bogus")}, store);
    QCOMPARE(usage.code, 2);
}

QTEST_GUILESS_MAIN(TestCliBinary)
#include "TestCliBinary.moc"
