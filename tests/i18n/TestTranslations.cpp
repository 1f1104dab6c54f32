// SPDX-License-Identifier: GPL-3.0-or-later
// The German translation stays complete: every message of translations/debrief_de.ts is
// translated, keeps the placeholders, accelerators, markup and surrounding whitespace of its
// source, and the .qm that lrelease builds from it translates what the programs ask for.
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment; // disambiguation, passed to translate()
    bool numerus = false;
    QString type; // the type attribute of <translation>: "unfinished", "vanished", "obsolete" or empty
    QStringList translations; // one, or one per numerus form
    qint64 line = 0;
};

struct TsFile
{
    QString language;
    QVector<TsMessage> messages;
    QString error;
};

TsMessage readMessage(QXmlStreamReader& xml, const QString& context)
{
    TsMessage m;
    m.context = context;
    m.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
    m.line = xml.lineNumber();
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source") {
            m.source = xml.readElementText();
        } else if (xml.name() == u"comment") {
            m.comment = xml.readElementText();
        } else if (xml.name() == u"translation") {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        m.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                m.translations << xml.readElementText();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return m;
}

TsFile readTs(const QString& path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = path + QStringLiteral(": ") + file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != u"TS") {
        ts.error = path + QStringLiteral(": not a Qt Linguist file");
        return ts;
    }
    ts.language = xml.attributes().value(QLatin1String("language")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != u"context") {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"message")
                ts.messages << readMessage(xml, context);
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

const TsFile& germanTs()
{
    static const TsFile ts = readTs(QStringLiteral(DEBRIEF_TS_FILE));
    return ts;
}

// %1..%9 and %n, also in their localized form %L1, as a sorted set ("%1 %2 %n").
QString placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?([1-9]|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << u'%' + it.next().captured(1);
    found.sort();
    found.removeDuplicates();
    return found.join(u' ');
}

// A single '&' marks the accelerator; "&&" is a literal ampersand, "&amp;" an HTML entity.
qsizetype accelerators(QString text)
{
    static const QRegularExpression entity(QStringLiteral("&#?\\w+;"));
    text.remove(QStringLiteral("&&"));
    text.remove(entity);
    return text.count(u'&');
}

// The HTML tags in their order ("<h3> </h3> <p> </p>").
QString markup(const QString& text)
{
    static const QRegularExpression tag(QStringLiteral("</?[A-Za-z][^>]*>"));
    QStringList tags;
    for (auto it = tag.globalMatch(text); it.hasNext();)
        tags << it.next().captured(0);
    return tags.join(u' ');
}

// Leading and trailing whitespace and newlines, which the programs lay out with.
QString leadingSpace(const QString& text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    return text.left(i);
}

QString trailingSpace(const QString& text)
{
    qsizetype i = text.size();
    while (i > 0 && text.at(i - 1).isSpace())
        --i;
    return text.mid(i);
}

// One row per message: "line 123 Context: source".
void addMessageRows()
{
    QTest::addColumn<TsMessage>("message");
    for (const TsMessage& m : germanTs().messages) {
        QString source = m.source.simplified();
        if (source.size() > 60)
            source = source.left(57) + QStringLiteral("...");
        const QString tag = QStringLiteral("line %1 %2: %3").arg(m.line).arg(m.context, source);
        QTest::newRow(tag.toUtf8().constData()) << m;
    }
}

} // namespace

Q_DECLARE_METATYPE(TsMessage)

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wellFormed();
    void complete_data() { addMessageRows(); }
    void complete();
    void placeholdersKept_data() { addMessageRows(); }
    void placeholdersKept();
    void acceleratorsKept_data() { addMessageRows(); }
    void acceleratorsKept();
    void markupAndWhitespaceKept_data() { addMessageRows(); }
    void markupAndWhitespaceKept();
    void compiledMatchesSource_data() { addMessageRows(); }
    void compiledMatchesSource();
    void compiledKnownStrings_data();
    void compiledKnownStrings();
    void compiledNumerusForms_data();
    void compiledNumerusForms();
};

void TestTranslations::wellFormed()
{
    const TsFile& ts = germanTs();
    QCOMPARE(ts.error, QString());
    QCOMPARE(ts.language, QStringLiteral("de_DE"));
    QVERIFY(!ts.messages.isEmpty());
}

void TestTranslations::complete()
{
    QFETCH(TsMessage, message);
    QCOMPARE(message.type, QString()); // not "unfinished", "vanished" or "obsolete"
    QCOMPARE(message.translations.size(), message.numerus ? 2 : 1); // German: singular and plural
    for (const QString& translation : message.translations)
        QVERIFY2(!translation.trimmed().isEmpty(), "empty translation");
}

void TestTranslations::placeholdersKept()
{
    QFETCH(TsMessage, message);
    for (const QString& translation : message.translations)
        QCOMPARE(placeholders(translation), placeholders(message.source));
}

void TestTranslations::acceleratorsKept()
{
    QFETCH(TsMessage, message);
    for (const QString& translation : message.translations)
        QCOMPARE(accelerators(translation), accelerators(message.source));
}

void TestTranslations::markupAndWhitespaceKept()
{
    QFETCH(TsMessage, message);
    for (const QString& translation : message.translations) {
        QCOMPARE(markup(translation), markup(message.source));
        QCOMPARE(leadingSpace(translation), leadingSpace(message.source));
        QCOMPARE(trailingSpace(translation), trailingSpace(message.source));
    }
}

// The .qm the build embeds is the .ts as it is now (lrelease ran) and gives every translation.
void TestTranslations::compiledMatchesSource()
{
    QFETCH(TsMessage, message);
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral(DEBRIEF_QM_FILE)), DEBRIEF_QM_FILE);
    const QByteArray context = message.context.toUtf8();
    const QByteArray source = message.source.toUtf8();
    const QByteArray comment = message.comment.toUtf8();
    const char* disambiguation = message.comment.isEmpty() ? nullptr : comment.constData();
    if (message.numerus) {
        QCOMPARE(message.translations.size(), 2);
        QCOMPARE(translator.translate(context.constData(), source.constData(), disambiguation, 1),
                 message.translations.at(0));
        QCOMPARE(translator.translate(context.constData(), source.constData(), disambiguation, 2),
                 message.translations.at(1));
    } else {
        QCOMPARE(translator.translate(context.constData(), source.constData(), disambiguation),
                 message.translations.value(0));
    }
}

void TestTranslations::compiledKnownStrings_data()
{
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("GUI menu") << QByteArray("debrief::MainWindow") << QByteArray("&File") << QStringLiteral("&Datei");
    QTest::newRow("CLI help") << QByteArray("CliApplication") << QByteArray("Show this help.")
                              << QStringLiteral("Diese Hilfe anzeigen.");
    QTest::newRow("core lint finding") << QByteArray("PostmortemLinter") << QByteArray("The section \"%1\" is empty")
                                       << QStringLiteral("Der Abschnitt „%1“ ist leer");
    QTest::newRow("core import diagnostic") << QByteArray("PostmortemInput") << QByteArray("empty file")
                                            << QStringLiteral("leere Datei");
}

void TestTranslations::compiledKnownStrings()
{
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral(DEBRIEF_QM_FILE)), DEBRIEF_QM_FILE);
    QCOMPARE(translator.language(), QStringLiteral("de_DE"));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString translated = QCoreApplication::translate(context.constData(), source.constData());
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(translated, expected);
}

void TestTranslations::compiledNumerusForms_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    QTest::newRow("singular") << 1 << QStringLiteral("1 ungültiges UTF-8-Byte durch U+FFFD ersetzt, zuerst in Zeile %1");
    QTest::newRow("plural") << 3 << QStringLiteral("3 ungültige UTF-8-Bytes durch U+FFFD ersetzt, zuerst in Zeile %1");
}

// Through QCoreApplication, as core calls it: the numerus rules of German and %n filled in.
void TestTranslations::compiledNumerusForms()
{
    QFETCH(int, n);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral(DEBRIEF_QM_FILE)), DEBRIEF_QM_FILE);
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString translated = QCoreApplication::translate(
        "PostmortemImporter", "%n invalid UTF-8 byte(s) replaced by U+FFFD, first on line %1", nullptr, n);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(translated, expected);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
