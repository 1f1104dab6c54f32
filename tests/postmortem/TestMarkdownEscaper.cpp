// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostileTexts.h"
#include "MarkdownEscaper.h"
#include "MarkdownProbe.h"

#include <QRegularExpression>
#include <QTest>

using namespace debrief;
using namespace debrief::testing;

namespace { } // namespace

class TestMarkdownEscaper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blockIsIdempotent_data();
    void blockIsIdempotent();
    void blockKeepsOrdinaryMarkdown();
    void inlineText_data();
    void inlineText();
    void dangerousDestinations_data();
    void dangerousDestinations();
};

void TestMarkdownEscaper::blockIsIdempotent_data()
{
    QTest::addColumn<QString>("markdown");
    for (const QString& t : hostileTexts())
        QTest::newRow(qPrintable(t.left(30))) << t;
    QTest::newRow("all") << hostileTexts().join(u'\n');
    QTest::newRow("unclosed tilde fence") << QStringLiteral("~~~~ sh\n# not a heading\n~~~");
}

// Prose is re-imported verbatim: escaping it again must change nothing, or the round trip drifts.
void TestMarkdownEscaper::blockIsIdempotent()
{
    QFETCH(QString, markdown);
    const QString once = MarkdownEscaper::block(markdown);
    QCOMPARE(MarkdownEscaper::block(once), once);
    const MarkdownProbe probe = MarkdownProbe::parse(once);
    QCOMPARE(probe.rawHtml, 0);
    QVERIFY2(probe.linksOnlyToHttps(), qPrintable(probe.hrefs.join(u' ')));
    QVERIFY(probe.headings.filter(QRegularExpression(QStringLiteral("^[12]:"))).isEmpty());
}

void TestMarkdownEscaper::dangerousDestinations_data()
{
    QTest::addColumn<QString>("destination");
    QTest::addColumn<bool>("dangerous");
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << true;
    QTest::newRow("mixed case") << QStringLiteral("JavaScript:alert(1)") << true;
    QTest::newRow("vbscript") << QStringLiteral("vbscript:msgbox") << true;
    QTest::newRow("data") << QStringLiteral("data:text/html,x") << true;
    QTest::newRow("entity") << QStringLiteral("java&#115;cript:x") << true;
    QTest::newRow("hex entity") << QStringLiteral("&#x6A;avascript:x") << true;
    QTest::newRow("colon entity") << QStringLiteral("javascript&colon;x") << true;
    QTest::newRow("tab entity") << QStringLiteral("java&Tab;script:x") << true;
    QTest::newRow("escaped colon") << QStringLiteral("javascript\\:x") << true;
    QTest::newRow("angle") << QStringLiteral("&lt;javascript:x>") << true;
    QTest::newRow("leading space") << QStringLiteral(" \tjavascript:x") << true;
    QTest::newRow("https") << QStringLiteral("https://example.com/javascript:") << false;
    QTest::newRow("relative") << QStringLiteral("docs/data.md") << false;
    QTest::newRow("mailto") << QStringLiteral("mailto:oncall@example.com") << false;
}

void TestMarkdownEscaper::dangerousDestinations()
{
    QFETCH(QString, destination);
    QFETCH(bool, dangerous);
    QCOMPARE(MarkdownEscaper::isDangerousDestination(destination), dangerous);
}

void TestMarkdownEscaper::blockKeepsOrdinaryMarkdown()
{
    const QString prose
        = QStringLiteral("Some *emphasis*, a [link](https://example.com), `code`.\n\n"
                         "- a list\n  - nested\n\n### A subsection\n\n| a | b |\n| --- | --- |\n| 1 | 2 |");
    QCOMPARE(MarkdownEscaper::block(QStringLiteral("\n\n") + prose + QStringLiteral("  \n\n")), prose);
}

void TestMarkdownEscaper::inlineText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("markdown");
    QTest::newRow("plain") << QStringLiteral("Issue detected.") << QStringLiteral("Issue detected.");
    QTest::newRow("pipe") << QStringLiteral("a | b") << QStringLiteral("a \\| b");
    QTest::newRow("newlines") << QStringLiteral("a\r\nb\nc") << QStringLiteral("a b c");
    QTest::newRow("html") << QStringLiteral("<b>") << QStringLiteral("&lt;b>");
    QTest::newRow("entity") << QStringLiteral("&lt; & co") << QStringLiteral("&amp;lt; & co");
    QTest::newRow("heading") << QStringLiteral("# x") << QStringLiteral("\\# x");
    QTest::newRow("list") << QStringLiteral("- x") << QStringLiteral("\\- x");
    QTest::newRow("ordered") << QStringLiteral("12. x") << QStringLiteral("12\\. x");
    QTest::newRow("quote") << QStringLiteral("> x") << QStringLiteral("\\> x");
    QTest::newRow("identifier") << QStringLiteral("db_pool_size") << QStringLiteral("db_pool_size");
    QTest::newRow("emphasis") << QStringLiteral("_a_ *b*") << QStringLiteral("\\_a\\_ \\*b\\*");
    QTest::newRow("link") << QStringLiteral("[x](javascript:y)") << QStringLiteral("\\[x\\](javascript:y)");
}

void TestMarkdownEscaper::inlineText()
{
    QFETCH(QString, text);
    QFETCH(QString, markdown);
    QCOMPARE(MarkdownEscaper::inlineText(text), markdown);
}

QTEST_GUILESS_MAIN(TestMarkdownEscaper)
#include "TestMarkdownEscaper.moc"
