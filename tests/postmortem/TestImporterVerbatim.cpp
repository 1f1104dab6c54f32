// SPDX-License-Identifier: GPL-3.0-or-later
// A user's word is never dropped: every word of each fixture's visible text (table header rows
// aside, which are structure) appears somewhere in the imported incident.
#include "MarkdownBlocks.h"
#include "PostmortemImporter.h"
#include "SourceLines.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace debrief;

namespace {

QSet<QString> wordsOf(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]{2,}"));
    QSet<QString> words;
    for (auto it = word.globalMatch(text); it.hasNext();)
        words.insert(it.next().captured(0).toLower());
    return words;
}

QString incidentText(const Incident& i)
{
    QStringList parts {i.title, i.summary, i.impact, i.severity, i.status, i.durationText, i.timezone, i.resolution};
    for (const TimelineEvent& e : i.timeline)
        parts << e.timeText << e.label << e.text;
    for (const RootCause& c : i.rootCauses)
        parts << c.section << c.text;
    for (const WhyStep& w : i.whys)
        parts << w.question << w.answer;
    for (const MeasureGroup& g : i.measures)
        parts << g.section << g.title << g.items;
    for (const ActionItem& a : i.actionItems)
        parts << a.title << a.owner << a.priority << a.link << a.type << a.notes << a.group
              << actionStatusName(a.status).replace(u'_', u' ') << (a.due ? a.due->toString(Qt::ISODate) : QString());
    for (const UnknownSection& u : i.unknownSections)
        parts << u.heading << u.markdown;
    for (const DocumentSection& s : i.sections)
        parts << s.heading;
    return parts.join(u' ');
}

} // namespace

class TestImporterVerbatim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyWordKept_data();
    void everyWordKept();
};

void TestImporterVerbatim::everyWordKept_data()
{
    QTest::addColumn<QString>("file");
    for (const char* f : {"reference.md", "google-sre.md", "pagerduty.md", "atlassian.md", "messy-plain-lines.md",
                          "messy-emoji.md", "messy-midnight.md", "five-whys.md"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestImporterVerbatim::everyWordKept()
{
    QFETCH(QString, file);
    QFile f(QStringLiteral(DEBRIEF_TEST_DATA "/postmortem/") + file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const SourceLines source(bytes);
    QString visible;
    for (const MarkdownBlock& b : MarkdownBlocks::parse(source)) {
        visible += b.text + u' ';
        for (int r = 1; r < b.rows.size(); ++r)
            visible += b.rows[r].join(u' ') + u' ';
    }
    const QSet<QString> kept = wordsOf(incidentText(PostmortemImporter::import(bytes, file).incident));
    // The names of the fields that "Key: value" lines and "(owner: ..., due ...)" fill are structure,
    // like table headers: their values are what must survive.
    static const QSet<QString> keys {QStringLiteral("impact"), QStringLiteral("customer"), QStringLiteral("owner"),
                                     QStringLiteral("due"),    QStringLiteral("severity"), QStringLiteral("status")};
    QStringList missing;
    for (const QString& w : wordsOf(visible)) {
        if (!kept.contains(w) && !keys.contains(w))
            missing << w;
    }
    missing.sort();
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestImporterVerbatim)
#include "TestImporterVerbatim.moc"
