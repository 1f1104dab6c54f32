// SPDX-License-Identifier: GPL-3.0-or-later
#include "GzipForTests.h"
#include "LogFileReader.h"
#include "LogTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

class TestLogFileReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsAndRepairsLines_data();
    void splitsAndRepairsLines();
    void readsGzipLikeThePlainFile_data();
    void readsGzipLikeThePlainFile();
    void reportsATruncatedGzipWithTheLineReached();
    void cutsAnOverlongLineAndKeepsTheNext();
    void readsOnlyWhatTheFileHeldWhenOpened();
    void reportsAnUnreadableFile();
    void hashesTheContent();

private:
    QStringList readAll(const QByteArray& bytes, LogReadRepairs* repairs = nullptr, QString* error = nullptr);
    QString write(const QByteArray& bytes);
    QTemporaryDir m_dir;
    int m_files = 0;
};

QString TestLogFileReader::write(const QByteArray& bytes)
{
    const QString path = m_dir.filePath(QStringLiteral("file%1.log").arg(++m_files));
    test::writeFile(path, bytes);
    return path;
}

QStringList TestLogFileReader::readAll(const QByteArray& bytes, LogReadRepairs* repairs, QString* error)
{
    LogFileReader reader(write(bytes));
    if (!reader.open())
        return {QStringLiteral("<open failed>")};
    QStringList lines;
    QByteArrayView line;
    while (reader.next(line))
        lines << QString::fromUtf8(line);
    if (repairs)
        *repairs = reader.repairs();
    if (error)
        *error = reader.error();
    return lines;
}

void TestLogFileReader::splitsAndRepairsLines_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<qint64>("invalid");
    const QString fffd(QChar(0xFFFD));
    QTest::newRow("empty file") << QByteArray() << QStringList() << qint64(0);
    QTest::newRow("LF") << QByteArray("a\nb\n") << QStringList {"a", "b"} << qint64(0);
    QTest::newRow("CRLF") << QByteArray("a\r\nb\r\n") << QStringList {"a", "b"} << qint64(0);
    QTest::newRow("no final newline") << QByteArray("a\nb") << QStringList {"a", "b"} << qint64(0);
    QTest::newRow("blank lines kept") << QByteArray("a\n\n\nb\n") << QStringList {"a", "", "", "b"} << qint64(0);
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFhead\nx\n") << QStringList {"head", "x"} << qint64(0);
    QTest::newRow("valid UTF-8") << QByteArray("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x94\xA5\n")
                                 << QStringList {QStringLiteral(u"café € 🔥")} << qint64(0);
    QTest::newRow("latin-1 byte") << QByteArray("caf\xE9!\n") << QStringList {"caf" + fffd + "!"} << qint64(1);
    QTest::newRow("truncated sequence") << QByteArray("a\xE2\x82z\n") << QStringList {"a" + fffd + "z"} << qint64(1);
    QTest::newRow("overlong and surrogate")
        << QByteArray("\xC0\xAF|\xED\xA0\x80\n") << QStringList {fffd + fffd + "|" + fffd + fffd + fffd} << qint64(5);
    QTest::newRow("NUL bytes") << QByteArray("a\0b\n\0\n", 6) << QStringList {"a" + fffd + "b", fffd} << qint64(2);
    QTest::newRow("binary garbage") << QByteArray("\xFF\xFE\x01\n") << QStringList {fffd + fffd + "\x01"} << qint64(2);
}

void TestLogFileReader::splitsAndRepairsLines()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, lines);
    QFETCH(qint64, invalid);
    LogReadRepairs repairs;
    QCOMPARE(readAll(bytes, &repairs), lines);
    QCOMPARE(repairs.invalidSequences, invalid);
}

void TestLogFileReader::readsGzipLikeThePlainFile_data()
{
    QTest::addColumn<QByteArray>("plain");
    QTest::addColumn<int>("members");
    QByteArray big;
    for (int i = 0; i < 300000; ++i)
        big += "line " + QByteArray::number(i) + " of a longer log that inflates to several blocks\n";
    QTest::newRow("small") << QByteArray("one\r\ntwo\n") << 1;
    QTest::newRow("several MiB") << big << 1;
    QTest::newRow("concatenated members") << big << 3;
}

void TestLogFileReader::readsGzipLikeThePlainFile()
{
    QFETCH(QByteArray, plain);
    QFETCH(int, members);
    QByteArray compressed;
    QByteArray expected;
    for (int i = 0; i < members; ++i) {
        compressed += test::gzip(plain);
        expected += plain;
    }
    LogFileReader reader(write(compressed));
    QVERIFY(reader.open());
    QVERIFY(reader.isGzip());
    qint64 lines = 0;
    QByteArrayView line;
    while (reader.next(line))
        ++lines;
    QVERIFY2(!reader.hasError(), qPrintable(reader.error()));
    QCOMPARE(lines, expected.count('\n'));
    QCOMPARE(reader.bytesRead(), compressed.size());
    QCOMPARE(readAll(expected), readAll(compressed));
}

void TestLogFileReader::reportsATruncatedGzipWithTheLineReached()
{
    QByteArray plain;
    for (int i = 0; i < 200000; ++i)
        plain += "entry " + QByteArray::number(i) + "\n";
    const QByteArray compressed = test::gzip(plain);
    LogFileReader reader(write(compressed.left(compressed.size() / 2)));
    QVERIFY(reader.open());
    QByteArrayView line;
    while (reader.next(line)) { }
    QVERIFY(reader.hasError());
    QVERIFY2(reader.error().contains(QStringLiteral("truncated")), qPrintable(reader.error()));
    QVERIFY(reader.lineNumber() > 1000);
    QVERIFY(reader.lineNumber() < 200000);
}

void TestLogFileReader::cutsAnOverlongLineAndKeepsTheNext()
{
    const qsizetype limit = LogFileReader::kMaxLineBytes;
    // An "é" straddles the limit: the cut must not split it.
    const QByteArray longLine = QByteArray(limit - 1, 'x') + "\xC3\xA9" + QByteArray(2 * limit, 'y');
    LogReadRepairs repairs;
    const QStringList lines = readAll("first\n" + longLine + "\nnext\n" + QByteArray(limit + 5, 'z'), &repairs);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[1], QString(limit - 1, u'x'));
    QCOMPARE(lines[2], QStringLiteral("next"));
    QCOMPARE(lines[3].size(), limit);
    QCOMPARE(repairs.cutLines, qint64(2));
    QCOMPARE(repairs.firstCutLines, (QVector<qint64> {2, 4}));
    QCOMPARE(repairs.droppedBytes, qint64(longLine.size() - (limit - 1) + 5));
    QCOMPARE(repairs.invalidSequences, qint64(0));
}

void TestLogFileReader::readsOnlyWhatTheFileHeldWhenOpened()
{
    const QString path = write("a\nb\n");
    LogFileReader reader(path);
    QVERIFY(reader.open());
    QFile appender(path);
    QVERIFY(appender.open(QIODevice::Append));
    appender.write("c\n");
    appender.close();
    QStringList lines;
    QByteArrayView line;
    while (reader.next(line))
        lines << QString::fromUtf8(line);
    QCOMPARE(lines, (QStringList {"a", "b"}));
    QCOMPARE(reader.totalBytes(), qint64(4));
}

void TestLogFileReader::reportsAnUnreadableFile()
{
    LogFileReader reader(m_dir.filePath(QStringLiteral("missing.log")));
    QVERIFY(!reader.open());
    QVERIFY2(reader.error().startsWith(QStringLiteral("cannot read the file")), qPrintable(reader.error()));
}

void TestLogFileReader::hashesTheContent()
{
    const auto hashOf = [this](const QByteArray& bytes) {
        LogFileReader reader(write(bytes));
        reader.open();
        QByteArrayView line;
        while (reader.next(line)) { }
        return reader.contentHash();
    };
    QCOMPARE(hashOf("same\n"), hashOf("same\n"));
    QVERIFY(hashOf("same\n") != hashOf("other\n"));
    QCOMPARE(hashOf(QByteArray()), QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

QTEST_GUILESS_MAIN(TestLogFileReader)
#include "TestLogFileReader.moc"
