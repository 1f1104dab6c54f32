// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QTest>

using namespace debrief;

namespace {

// Records as "line:field|field" strings, one per record.
QStringList records(const QByteArray& bytes, char delimiter = 0)
{
    CsvReader reader(bytes, delimiter);
    QStringList out;
    while (reader.next()) {
        QStringList fields;
        for (const QByteArrayView f : reader.fields())
            fields.append(QString::fromUtf8(f));
        out.append(QString::number(reader.line()) + QLatin1Char(':') + fields.join(QLatin1Char('|'))
                   + (reader.unterminatedQuote() ? QStringLiteral("<unterminated>") : QString()));
    }
    return out;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenize_data();
    void tokenize();
    void delimiter_data();
    void delimiter();
    void blankLines();
    void hugeLine();
    void binaryGarbage();
};

void TestCsvReader::tokenize_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("plain LF") << QByteArray("a,b\n1,2\n") << QStringList {"1:a|b", "2:1|2"};
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << QStringList {"1:a|b", "2:1|2"};
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << QStringList {"1:a|b", "2:1|2"};
    QTest::newRow("cut CRLF") << QByteArray("a,b\r\n1,2\r") << QStringList {"1:a|b", "2:1|2"};
    QTest::newRow("quoted comma") << QByteArray("\"a,b\",c\n") << QStringList {"1:a,b|c"};
    QTest::newRow("escaped quote") << QByteArray("\"say \"\"hi\"\"\",x\n") << QStringList {"1:say \"hi\"|x"};
    QTest::newRow("embedded newline") << QByteArray("\"two\nlines\",x\ny,z\n")
                                      << QStringList {"1:two\nlines|x", "3:y|z"};
    QTest::newRow("embedded CRLF counts lines")
        << QByteArray("\"a\r\nb\r\nc\",1\r\nd,2\r\n") << QStringList {"1:a\r\nb\r\nc|1", "4:d|2"};
    QTest::newRow("empty fields") << QByteArray(",,\n") << QStringList {"1:||"};
    QTest::newRow("trailing delimiter at end") << QByteArray("a,") << QStringList {"1:a|"};
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFTime,v\n") << QStringList {"1:Time|v"};
    QTest::newRow("sep line") << QByteArray("sep=;\r\nA;B\r\n1;2,5\r\n") << QStringList {"2:A|B", "3:1|2,5"};
    QTest::newRow("BOM and sep line") << QByteArray("\xEF\xBB\xBFsep=,\nA,B\n") << QStringList {"2:A|B"};
    QTest::newRow("junk after quote dropped") << QByteArray("\"a\"b,c\n") << QStringList {"1:a|c"};
    QTest::newRow("unterminated quote") << QByteArray("a,\"b\nc\n") << QStringList {"1:a|b\nc\n<unterminated>"};
    QTest::newRow("empty input") << QByteArray() << QStringList {};
}

void TestCsvReader::tokenize()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    QCOMPARE(records(input), expected);
}

void TestCsvReader::delimiter_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("expected");
    QTest::addColumn<bool>("sepLine");
    QTest::newRow("comma") << QByteArray("a,b,c\n") << ',' << false;
    QTest::newRow("semicolon") << QByteArray("# hostname;interval;timestamp\n") << ';' << false;
    QTest::newRow("tab") << QByteArray("r\tb\tswpd\n") << '\t' << false;
    QTest::newRow("commas inside quotes do not count") << QByteArray("\"a,b,c\";\"d\"\n") << ';' << false;
    QTest::newRow("single column") << QByteArray("value\n1\n") << ',' << false;
    QTest::newRow("sep line wins") << QByteArray("sep=;\na,b,c\n") << ';' << true;
    QTest::newRow("sep= is a header otherwise") << QByteArray("sep=abc\n") << ',' << false;
}

void TestCsvReader::delimiter()
{
    QFETCH(QByteArray, input);
    QFETCH(char, expected);
    QFETCH(bool, sepLine);
    CsvReader reader(input);
    QCOMPARE(reader.delimiter(), expected);
    QCOMPARE(reader.hadSepLine(), sepLine);
}

void TestCsvReader::blankLines()
{
    const QByteArray input("a\n\n\"\"\nb\n");
    CsvReader reader(input);
    QVERIFY(reader.next());
    QVERIFY(!reader.isBlank());
    QVERIFY(reader.next());
    QVERIFY(reader.isBlank());
    QCOMPARE(reader.line(), 2);
    QVERIFY(reader.next());
    QVERIFY(!reader.isBlank()); // an empty quoted field is a value, not a separator
    QVERIFY(reader.next());
    QCOMPARE(reader.line(), 4);
    QVERIFY(!reader.next());
}

void TestCsvReader::hugeLine()
{
    QByteArray huge(5 * 1024 * 1024, 'x');
    const QByteArray input = "a,b\n" + huge + ",\"" + huge + "\"\nc,d\n";
    CsvReader reader(input);
    QVERIFY(reader.next());
    QVERIFY(reader.next());
    QCOMPARE(reader.size(), 2);
    QCOMPARE(reader.field(0).size(), huge.size());
    QCOMPARE(reader.field(1).size(), huge.size());
    QVERIFY(reader.next());
    QCOMPARE(reader.line(), 3);
    QCOMPARE(reader.field(1), QByteArrayView("d"));
}

void TestCsvReader::binaryGarbage()
{
    QByteArray garbage;
    quint32 x = 12345;
    for (int i = 0; i < 100000; ++i) {
        x = x * 1103515245u + 12345u;
        garbage.append(char(x >> 24));
    }
    CsvReader reader(garbage);
    qsizetype fields = 0;
    while (reader.next())
        fields += reader.size();
    QVERIFY(fields > 0);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
