// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentWords.h"

#include <QTest>

using namespace debrief;

class TestContentWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stem_data();
    void stem();
    void overlap_data();
    void overlap();
};

void TestContentWords::stem_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("stem");
    QTest::newRow("misconfiguration") << QStringLiteral("misconfiguration") << QStringLiteral("config");
    QTest::newRow("configured") << QStringLiteral("configured") << QStringLiteral("config");
    QTest::newRow("deployment") << QStringLiteral("deployment") << QStringLiteral("deploy");
    QTest::newRow("deploy") << QStringLiteral("deploy") << QStringLiteral("deploy");
    QTest::newRow("servers") << QStringLiteral("servers") << QStringLiteral("serv");
    QTest::newRow("database") << QStringLiteral("database") << QStringLiteral("databas");
    QTest::newRow("databases") << QStringLiteral("databases") << QStringLiteral("databas");
    QTest::newRow("users keeps three letters") << QStringLiteral("users") << QStringLiteral("user");
    QTest::newRow("process keeps ss") << QStringLiteral("process") << QStringLiteral("process");
}

void TestContentWords::stem()
{
    QFETCH(QString, word);
    QFETCH(QString, stem);
    QCOMPARE(ContentWords::stem(word), stem);
}

void TestContentWords::overlap_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<double>("overlap");
    QTest::newRow("restated") << QStringLiteral("connection pool misconfigured in deploy")
                              << QStringLiteral("misconfiguration of the database connection pool in the deployment")
                              << 1.0;
    QTest::newRow("reference root causes")
        << QStringLiteral("a misconfiguration in database connection pool that happened in the latest deployment")
        << QStringLiteral("The flash sale generated an unexpected surge in traffic, causing the web servers to "
                          "become overloaded.")
        << 0.0;
    QTest::newRow("filler words only") << QStringLiteral("The issue was fixed")
                                       << QStringLiteral("Issue resolved and fixed") << 0.0;
    QTest::newRow("rollback") << QStringLiteral("rolled back") << QStringLiteral("rollback") << 1.0;
    QTest::newRow("empty") << QString() << QStringLiteral("database") << 0.0;
}

void TestContentWords::overlap()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(double, overlap);
    QCOMPARE(ContentWords::overlap(ContentWords::of(a), ContentWords::of(b)), overlap);
}

QTEST_GUILESS_MAIN(TestContentWords)
#include "TestContentWords.moc"
