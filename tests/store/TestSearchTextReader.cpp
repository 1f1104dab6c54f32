// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchTextReader.h"

#include <QTest>

using namespace debrief;

class TestSearchTextReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsPastedTextAndOperators_data();
    void readsPastedTextAndOperators();
    void rejectsInTheUsersTerms_data();
    void rejectsInTheUsersTerms();
    void containsPatternKeepsWordEdges_data();
    void containsPatternKeepsWordEdges();
    void fieldValuesAreWholeValues_data();
    void fieldValuesAreWholeValues();
    void operatorsAskTheMessagesOnly();
};

void TestSearchTextReader::readsPastedTextAndOperators_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fts");
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<bool>("prefix");
    const auto row = [](const char* name, const QString& text, const QString& fts, const QString& pasted,
                        bool prefix = false) { QTest::newRow(name) << text << fts << pasted << prefix; };
    row("empty", QString(), QString(), QString());
    row("blank", QStringLiteral("  \t "), QString(), QString());
    row("a host", QStringLiteral("auth-1"), QStringLiteral("\"auth-1\""), QStringLiteral("auth-1"));
    row("a path", QStringLiteral("/api/v1/login"), QStringLiteral("\"/api/v1/login\""), QStringLiteral("/api/v1/login"));
    row("a setting", QStringLiteral("max_connections=5"), QStringLiteral("\"max_connections=5\""),
        QStringLiteral("max_connections=5"));
    row("a column filter", QStringLiteral("user:alice"), QStringLiteral("\"user:alice\""), QStringLiteral("user:alice"));
    row("an address", QStringLiteral("10.0.1.174"), QStringLiteral("\"10.0.1.174\""), QStringLiteral("10.0.1.174"));
    row("words join as written", QStringLiteral(" connection  refused "), QStringLiteral("\"connection  refused\""),
        QStringLiteral("connection  refused"));
    row("a quote inside a word", QStringLiteral("msg=\"connection refused\""),
        QStringLiteral("\"msg=\"\"connection refused\"\"\""), QStringLiteral("msg=\"connection refused\""));
    row("JSON", QStringLiteral("{\"user\":\"alice\"}"), QStringLiteral("\"{\"\"user\"\":\"\"alice\"\"}\""),
        QStringLiteral("{\"user\":\"alice\"}"));
    row("parentheses without operators", QStringLiteral("connect() failed (errno 111)"),
        QStringLiteral("\"connect() failed (errno 111)\""), QStringLiteral("connect() failed (errno 111)"));
    row("FTS5 syntax is text", QStringLiteral("NEAR(a b) ^start col:x"),
        QStringLiteral("\"NEAR(a b) ^start col:x\""), QStringLiteral("NEAR(a b) ^start col:x"));
    row("lower-case operators are words", QStringLiteral("a and b or not c"),
        QStringLiteral("\"a and b or not c\""), QStringLiteral("a and b or not c"));
    row("stars only are text", QStringLiteral("*** FATAL ***"), QStringLiteral("\"*** FATAL ***\""),
        QStringLiteral("*** FATAL ***"));
    row("a star inside a word is text", QStringLiteral("a*b"), QStringLiteral("\"a*b\""), QStringLiteral("a*b"));
    row("a phrase", QStringLiteral("\"connection refused\""), QStringLiteral("\"connection refused\""), QString());
    row("a phrase's doubled quote", QStringLiteral("\"say \"\"hi\"\"\""), QStringLiteral("\"say \"\"hi\"\"\""),
        QString());
    row("a phrase and a word", QStringLiteral("\"connection pool\" exhausted"),
        QStringLiteral("\"connection pool\" AND \"exhausted\""), QString());
    row("prefix", QStringLiteral("sess*"), QStringLiteral("\"sess\"*"), QString(), true);
    row("phrase prefix", QStringLiteral("connection ref*"), QStringLiteral("\"connection ref\"*"), QString(), true);
    row("quoted prefix", QStringLiteral("\"connection ref\"*"), QStringLiteral("\"connection ref\"*"), QString(), true);
    row("a prefix ends its run", QStringLiteral("time* out"), QStringLiteral("\"time\"* AND \"out\""), QString(), true);
    row("AND", QStringLiteral("pool AND timeout"), QStringLiteral("\"pool\" AND \"timeout\""), QString());
    row("OR of pasted terms", QStringLiteral("auth-1 OR /api/v1/login"),
        QStringLiteral("\"auth-1\" OR \"/api/v1/login\""), QString());
    row("NOT joins the words before it", QStringLiteral("connection refused NOT peer"),
        QStringLiteral("\"connection refused\" NOT \"peer\""), QString());
    row("groups with operators", QStringLiteral("(refused OR timeout) AND db"),
        QStringLiteral("( \"refused\" OR \"timeout\" ) AND \"db\""), QString());
    row("a group beside a term", QStringLiteral("db (refused OR timeout)"),
        QStringLiteral("\"db\" AND ( \"refused\" OR \"timeout\" )"), QString());
    row("nested groups", QStringLiteral("((a OR b))"), QStringLiteral("( ( \"a\" OR \"b\" ) )"), QString());
    row("a word's own parenthesis in a group", QStringLiteral("(connect() OR x)"),
        QStringLiteral("( \"connect()\" OR \"x\" )"), QString());
}

void TestSearchTextReader::readsPastedTextAndOperators()
{
    QFETCH(QString, text);
    QFETCH(QString, fts);
    QFETCH(QString, pasted);
    QFETCH(bool, prefix);
    const SearchText read = SearchTextReader::read(text);
    QCOMPARE(read.error, QString());
    QCOMPARE(read.fts, fts);
    QCOMPARE(read.pasted, pasted);
    QCOMPARE(read.prefix, prefix);
}

void TestSearchTextReader::rejectsInTheUsersTerms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("unbalanced quote") << QStringLiteral("error \"timeout")
                                      << QStringLiteral("unbalanced quote at column 7");
    QTest::newRow("quote in a phrase not doubled") << QStringLiteral("\"a\" \"b")
                                                   << QStringLiteral("unbalanced quote at column 5");
    QTest::newRow("operator first") << QStringLiteral("OR timeout")
                                    << QStringLiteral("OR at column 1 needs a search term before it");
    QTest::newRow("NOT first") << QStringLiteral("NOT timeout")
                               << QStringLiteral("NOT at column 1 needs a search term before it");
    QTest::newRow("operator last") << QStringLiteral("pool AND")
                                   << QStringLiteral("AND at column 6 needs a search term after it");
    QTest::newRow("operators in a row") << QStringLiteral("a AND OR b")
                                        << QStringLiteral("OR at column 7 needs a search term before it");
    QTest::newRow("group not closed") << QStringLiteral("a AND (b OR c")
                                      << QStringLiteral("the parenthesis at column 7 is not closed");
    QTest::newRow("inner group not closed") << QStringLiteral("((a OR b)")
                                            << QStringLiteral("the parenthesis at column 1 is not closed");
    QTest::newRow("empty group") << QStringLiteral("a OR ()") << QStringLiteral("empty parentheses at column 6");
    QTest::newRow("operator closes a group") << QStringLiteral("(a OR) b")
                                             << QStringLiteral("OR at column 4 needs a search term after it");
    QTest::newRow("punctuation only") << QStringLiteral("->")
                                      << QStringLiteral("'->' at column 1 has no letters or digits to search for"
                                                        " (a regular expression can find it)");
    QTest::newRow("an empty phrase") << QStringLiteral("a OR \"\"")
                                     << QStringLiteral("'' at column 6 has no letters or digits to search for"
                                                       " (a regular expression can find it)");
}

void TestSearchTextReader::rejectsInTheUsersTerms()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    const SearchText read = SearchTextReader::read(text);
    QCOMPARE(read.error, error);
    QVERIFY(!read.isValid());
    QCOMPARE(read.fts, QString());
}

void TestSearchTextReader::containsPatternKeepsWordEdges_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("contains");
    QTest::newRow("itself") << QStringLiteral("auth-1") << QStringLiteral("host auth-1 up") << true;
    QTest::newRow("not a longer word") << QStringLiteral("auth-1") << QStringLiteral("host auth-10 up") << false;
    QTest::newRow("not inside a word") << QStringLiteral("uth-1") << QStringLiteral("auth-1") << false;
    QTest::newRow("underscore parts words") << QStringLiteral("connections=5")
                                            << QStringLiteral("max_connections=5") << true;
    QTest::newRow("punctuation compared") << QStringLiteral("max_connections=5")
                                          << QStringLiteral("max connections: 5") << false;
    QTest::newRow("case ignored") << QStringLiteral("connection refused") << QStringLiteral("CONNECTION REFUSED")
                                  << true;
    QTest::newRow("any white space") << QStringLiteral("connection refused")
                                     << QStringLiteral("connection\t  refused") << true;
    QTest::newRow("punctuation at the edge needs no word edge") << QStringLiteral("/login")
                                                                << QStringLiteral("/api/v1/login?x=1") << true;
    QTest::newRow("regex characters are text") << QStringLiteral("a.b(c)") << QStringLiteral("a.b(c)") << true;
    QTest::newRow("regex characters do not match others") << QStringLiteral("a.b") << QStringLiteral("axb")
                                                          << false;
}

void TestSearchTextReader::containsPatternKeepsWordEdges()
{
    QFETCH(QString, pasted);
    QFETCH(QString, message);
    QFETCH(bool, contains);
    const QRegularExpression pattern = SearchTextReader::containsPattern(pasted);
    QVERIFY(pattern.isValid());
    QCOMPARE(pattern.match(message).hasMatch(), contains);
}

void TestSearchTextReader::fieldValuesAreWholeValues_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<bool>("found");
    QTest::newRow("a string value") << QStringLiteral("u_fdfd4e30") << true;
    QTest::newRow("any case") << QStringLiteral("U_FDFD4E30") << true;
    QTest::newRow("part of a value") << QStringLiteral("fdfd4e30") << false;
    QTest::newRow("a key and its value") << QStringLiteral("user:u_fdfd4e30") << true;
    QTest::newRow("key = value, spaced") << QStringLiteral("status = 401") << true;
    QTest::newRow("a number") << QStringLiteral("401") << true;
    QTest::newRow("a fraction") << QStringLiteral("ratio=0.25") << true;
    QTest::newRow("a boolean") << QStringLiteral("retry:false") << true;
    QTest::newRow("another key's value") << QStringLiteral("status:26") << false;
    QTest::newRow("a key alone") << QStringLiteral("latency_ms") << false;
    QTest::newRow("a nested object is no value") << QStringLiteral("inner") << false;
}

void TestSearchTextReader::fieldValuesAreWholeValues()
{
    QFETCH(QString, pasted);
    QFETCH(bool, found);
    const QString fields = QStringLiteral(
        R"({"user":"u_fdfd4e30","status":401,"latency_ms":26,"ratio":0.25,"retry":false,"obj":{"k":"inner"}})");
    QCOMPARE(SearchTextReader::namesFieldValue(pasted, fields), found);
    QVERIFY(!SearchTextReader::namesFieldValue(pasted, QString()));
    QVERIFY(!SearchTextReader::namesFieldValue(pasted, QStringLiteral("not json")));
}

// A pasted text asks the whole index (messages and fields); phrases and operators the messages.
void TestSearchTextReader::operatorsAskTheMessagesOnly()
{
    QCOMPARE(SearchTextReader::read(QStringLiteral("user:alice")).indexQuery(), QStringLiteral("\"user:alice\""));
    QCOMPARE(SearchTextReader::read(QStringLiteral("pool AND timeout")).indexQuery(),
             QStringLiteral("{message} : (\"pool\" AND \"timeout\")"));
    QCOMPARE(SearchTextReader::read(QString()).indexQuery(), QString());
}

QTEST_GUILESS_MAIN(TestSearchTextReader)
#include "TestSearchTextReader.moc"
