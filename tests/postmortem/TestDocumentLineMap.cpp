// SPDX-License-Identifier: GPL-3.0-or-later
// The Document page's map from each line of an imported document to what it became
// (DocumentLineMap), and the items a user makes from a line (DocumentLineItems); on the real
// documents of the corpus, every item read starts on a line that holds its words.
#include "DocumentLineItems.h"
#include "DocumentLineMap.h"
#include "PostmortemImporter.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace debrief;

Q_DECLARE_METATYPE(debrief::DocumentLineRole)

namespace {

const QByteArray kDocument = "# Outage of the API\n"
                             "\n"
                             "Date: 2024-08-10\n"
                             "\n"
                             "## Summary\n"
                             "\n"
                             "The API failed.\n"
                             "\n"
                             "## Timeline\n"
                             "\n"
                             "- 14:05 UTC alert fired\n"
                             "  and paged the on-call\n"
                             "- 14:20 UTC rolled back\n"
                             "\n"
                             "## Root cause\n"
                             "\n"
                             "The pool was too small.\n"
                             "\n"
                             "## Action items\n"
                             "\n"
                             "- [ ] Add a dashboard\n"
                             "- [x] Raise the pool\n"
                             "\n"
                             "## Glossary\n"
                             "\n"
                             "Pool: a set of connections.\n";

// Row ids as the store gives them, so that lines can name their items.
Incident stored(Incident incident)
{
    qint64 id = 100;
    for (TimelineEvent& e : incident.timeline)
        e.id = ++id;
    for (RootCause& c : incident.rootCauses)
        c.id = ++id;
    for (ActionItem& a : incident.actionItems)
        a.id = ++id;
    for (UnknownSection& u : incident.unknownSections)
        u.id = ++id;
    return incident;
}

QStringList realDocuments()
{
    QStringList files;
    for (const char* dir : {"/postmortem/shared-corpus", "/postmortem/real"}) {
        const QDir d(QStringLiteral(DEBRIEF_TEST_DATA) + QLatin1String(dir));
        for (const QString& name : d.entryList({QStringLiteral("*.md"), QStringLiteral("*.txt")}, QDir::Files))
            files << d.filePath(name);
    }
    return files;
}

// The words of an item that its first line must show: its first word of three or more letters.
QString firstWord(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}]{3,}"));
    return word.match(text).captured(0);
}

} // namespace

class TestDocumentLineMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyLineHasItsRole_data();
    void everyLineHasItsRole();
    void anItemEndsWhereItsTextEnds();
    void findsAnItemsLine();
    void realItemsStartOnTheirLines_data();
    void realItemsStartOnTheirLines();
    void makesATimelineEntryFromALine();
    void makesAnActionItemAndARootCause();
    void placesAMadeItemInDocumentOrder();
    void notAPostmortemGivesNoLines();
};

void TestDocumentLineMap::everyLineHasItsRole_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<DocumentLineRole>("role");
    // The fields above the first heading are read and also kept as written, so the report keeps them.
    const QVector<DocumentLineRole> roles {
        DocumentLineRole::Text,          DocumentLineRole::Blank,         DocumentLineRole::Verbatim,
        DocumentLineRole::Blank,         DocumentLineRole::Heading,       DocumentLineRole::Blank,
        DocumentLineRole::Text,          DocumentLineRole::Blank,         DocumentLineRole::Heading,
        DocumentLineRole::Blank,         DocumentLineRole::TimelineEntry, DocumentLineRole::TimelineEntry,
        DocumentLineRole::TimelineEntry, DocumentLineRole::Blank,         DocumentLineRole::Heading,
        DocumentLineRole::Blank,         DocumentLineRole::RootCause,     DocumentLineRole::Blank,
        DocumentLineRole::Heading,       DocumentLineRole::Blank,         DocumentLineRole::ActionItem,
        DocumentLineRole::ActionItem,    DocumentLineRole::Blank,         DocumentLineRole::Heading,
        DocumentLineRole::Blank,         DocumentLineRole::Verbatim,
    };
    for (int i = 0; i < roles.size(); ++i)
        QTest::addRow("line %d", i + 1) << i + 1 << roles[i];
}

void TestDocumentLineMap::everyLineHasItsRole()
{
    QFETCH(int, line);
    QFETCH(DocumentLineRole, role);
    const Incident incident = stored(PostmortemImporter::import(kDocument, QStringLiteral("doc.md")).incident);
    const DocumentLineMap map = DocumentLineMap::build(kDocument, incident);
    QCOMPARE(map.lines().size(), 26);
    QCOMPARE(map.lines().at(line - 1).role, role);
}

// An item stops at a blank line unless its text goes on below: a table after a bullet is not the
// bullet's, the paragraph under an event's own heading is the event's.
void TestDocumentLineMap::anItemEndsWhereItsTextEnds()
{
    const QByteArray text = "# Outage\n\n## Action items\n\n- [ ] Add a dashboard\n\n| Action | Owner |\n"
                            "| --- | --- |\n| Load test | ann |\n\n## Timeline\n\n### 14:05 UTC\n\n"
                            "The alert fired.\n";
    const Incident incident = stored(PostmortemImporter::import(text, QStringLiteral("doc.md")).incident);
    QCOMPARE(incident.actionItems.size(), 2);
    const DocumentLineMap map = DocumentLineMap::build(text, incident);
    QCOMPARE(map.lines().at(4).role, DocumentLineRole::ActionItem);
    QCOMPARE(map.lines().at(6).role, DocumentLineRole::Other); // the table's header
    QCOMPARE(map.lines().at(8).role, DocumentLineRole::ActionItem);
    QCOMPARE(map.lines().at(12).role, DocumentLineRole::TimelineEntry);
    QCOMPARE(map.lines().at(14).role, DocumentLineRole::TimelineEntry);
}

void TestDocumentLineMap::findsAnItemsLine()
{
    const Incident incident = stored(PostmortemImporter::import(kDocument, QStringLiteral("doc.md")).incident);
    const DocumentLineMap map = DocumentLineMap::build(kDocument, incident);
    QCOMPARE(map.lineOf(DocumentLineRole::TimelineEntry, incident.timeline.at(1).id), 13);
    QCOMPARE(map.lineOf(DocumentLineRole::ActionItem, incident.actionItems.at(1).id), 22);
    QCOMPARE(map.lines().at(11).itemId, incident.timeline.at(0).id); // the continuation line
    QCOMPARE(map.lineOf(DocumentLineRole::RootCause, 9999), 0);
}

void TestDocumentLineMap::realItemsStartOnTheirLines_data()
{
    QTest::addColumn<QString>("path");
    for (const QString& path : realDocuments())
        QTest::newRow(qPrintable(QFileInfo(path).dir().dirName() + u'/' + QFileInfo(path).fileName())) << path;
}

// The map is only as good as the lines the importer gives its items: each timeline entry, root
// cause and action item must start on a line that shows its first word (or its time as written),
// within its first three lines.
void TestDocumentLineMap::realItemsStartOnTheirLines()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const Incident incident = stored(PostmortemImporter::import(bytes, QFileInfo(path).fileName()).incident);
    const DocumentLineMap map = DocumentLineMap::build(bytes, incident);
    // A label line ("**Root Cause:**") may stand above the text: the word is looked for in the
    // item's first three lines.
    const auto check = [&map](int line, const QString& text, const QString& what) {
        QVERIFY2(line > 0 && line <= map.lines().size(), qPrintable(what + QStringLiteral(" \"%1\": no line").arg(text)));
        const QString word = firstWord(text);
        QString shown;
        for (int l = line; l < line + 3 && l <= map.lines().size(); ++l)
            shown += map.lines().at(l - 1).text + u'\n';
        QVERIFY2(word.isEmpty() || shown.contains(word, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("%1 on line %2 (\"%3\") does not show \"%4\"").arg(what).arg(line).arg(shown, word)));
    };
    for (const TimelineEvent& e : incident.timeline)
        check(e.sourceLine, e.timeText.isEmpty() ? e.label + u' ' + e.text : e.timeText, QStringLiteral("timeline entry"));
    for (const RootCause& c : incident.rootCauses)
        check(c.sourceLine, c.text, QStringLiteral("root cause"));
    for (const ActionItem& a : incident.actionItems)
        check(a.sourceLine, a.title, QStringLiteral("action item"));
}

void TestDocumentLineMap::makesATimelineEntryFromALine()
{
    Incident incident;
    incident.date = QDate(2024, 8, 10);
    incident.timezone = QStringLiteral("PST");
    TimelineEvent e = DocumentLineItems::timelineEntry(QStringLiteral("  * 14:05 - the alert fired"), 7, incident);
    QCOMPARE(e.sourceLine, 7);
    QCOMPARE(e.timeText, QStringLiteral("14:05"));
    QCOMPARE(e.text, QStringLiteral("the alert fired"));
    QVERIFY(e.at);
    QCOMPARE(e.at->toIso(), QStringLiteral("2024-08-10T22:05:00Z")); // PST is UTC-8

    e = DocumentLineItems::timelineEntry(QStringLiteral("2024-08-11 09:00 UTC: fixed"), 9, incident);
    QCOMPARE(e.at->toIso(), QStringLiteral("2024-08-11T09:00:00Z"));
    QCOMPARE(e.text, QStringLiteral("fixed"));

    e = DocumentLineItems::timelineEntry(QStringLiteral("- The team met"), 3, Incident());
    QVERIFY(!e.at);
    QVERIFY(e.timeText.isEmpty());
    QCOMPARE(e.text, QStringLiteral("The team met"));
}

void TestDocumentLineMap::makesAnActionItemAndARootCause()
{
    ActionItem a = DocumentLineItems::actionItem(QStringLiteral("- [x] Raise the pool"), 4);
    QCOMPARE(a.title, QStringLiteral("Raise the pool"));
    QCOMPARE(a.status, ActionStatus::Done);
    QCOMPARE(a.sourceLine, 4);
    a = DocumentLineItems::actionItem(QStringLiteral("3) Add a dashboard"), 5);
    QCOMPARE(a.title, QStringLiteral("Add a dashboard"));
    QCOMPARE(a.status, ActionStatus::Open);
    const RootCause c = DocumentLineItems::rootCause(QStringLiteral("> The pool was too small."), 8, QStringLiteral("Why"));
    QCOMPARE(c.text, QStringLiteral("The pool was too small."));
    QCOMPARE(c.section, QStringLiteral("Why"));
}

void TestDocumentLineMap::placesAMadeItemInDocumentOrder()
{
    QCOMPARE(DocumentLineItems::positionFor({}, 5), 0);
    QCOMPARE(DocumentLineItems::positionFor({10, 20, 30}, 25), 2);
    QCOMPARE(DocumentLineItems::positionFor({10, 20, 30}, 5), 0);
    QCOMPARE(DocumentLineItems::positionFor({10, 20, 30}, 40), 3);
    QCOMPARE(DocumentLineItems::positionFor({10, 0, 20, 0}, 15), 1); // hand-made items stay where they are
}

void TestDocumentLineMap::notAPostmortemGivesNoLines()
{
    QVERIFY(DocumentLineMap::build(QByteArray("\0\1\2binary", 9), Incident()).lines().isEmpty());
    QVERIFY(DocumentLineMap::build(QByteArray(), Incident()).lines().isEmpty());
}

QTEST_GUILESS_MAIN(TestDocumentLineMap)
#include "TestDocumentLineMap.moc"
