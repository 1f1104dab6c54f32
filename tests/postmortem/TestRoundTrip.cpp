// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkdownExporter.h"
#include "PostmortemImporter.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace debrief;

namespace {

// The parts of an incident a round trip must keep; ids and source lines are the store's and the
// document's business and change on purpose.
QStringList timelineOf(const Incident& i)
{
    QStringList out;
    for (const TimelineEvent& e : i.timeline)
        out << QStringLiteral("%1 | %2 | %3 | %4")
                   .arg(e.at ? e.at->toIso() : QStringLiteral("-"), e.label, timelineKindName(e.kind), e.text);
    return out;
}

QStringList rootCausesOf(const Incident& i)
{
    QStringList out;
    for (const RootCause& c : i.rootCauses)
        out << c.section + QStringLiteral(" | ") + c.text;
    return out;
}

QStringList measuresOf(const Incident& i)
{
    QStringList out;
    for (const MeasureGroup& g : i.measures)
        out << g.section + QStringLiteral(" | ") + g.title + QStringLiteral(" | ")
                + g.items.join(QStringLiteral(" / "));
    return out;
}

QStringList actionItemsOf(const Incident& i)
{
    QStringList out;
    for (const ActionItem& a : i.actionItems)
        out << QStringList {actionStatusName(a.status),
                            a.title,
                            a.owner,
                            a.due ? a.due->toString(Qt::ISODate) : QString(),
                            a.priority,
                            a.link}
                   .join(QStringLiteral(" | "));
    return out;
}

QStringList whysOf(const Incident& i)
{
    QStringList out;
    for (const WhyStep& w : i.whys)
        out << w.question + QStringLiteral(" | ") + w.answer;
    return out;
}

Incident importText(const QByteArray& bytes, const QString& name)
{
    const PostmortemImportResult result = PostmortemImporter::import(bytes, name);
    if (!result.ok)
        qWarning("import of %s failed", qPrintable(name));
    return result.incident;
}

} // namespace

class TestRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void canonicalReport_data();
    void canonicalReport();
};

void TestRoundTrip::roundTrip_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(DEBRIEF_TEST_DATA "/postmortem"));
    const QStringList files = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString& f : files) {
        if (f != QLatin1String("README.md")) // describes the fixtures, is not one
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
}

// x = import(file); e1 = export(x); y = import(e1); e2 = export(y): e2 == e1 byte for byte, and y
// says what x says.
void TestRoundTrip::roundTrip()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString name = QFileInfo(path).fileName();

    const Incident x = importText(file.readAll(), name);
    // Every fixture is a postmortem with at least one of these: an importer that reads nothing would
    // make the round trip trivially true.
    QVERIFY2(!x.timeline.isEmpty() || !x.rootCauses.isEmpty() || !x.actionItems.isEmpty(),
             "the importer read no timeline, root cause or action item");
    const QString e1 = MarkdownExporter::exportIncident(x);
    const Incident y = importText(e1.toUtf8(), name);
    const QString e2 = MarkdownExporter::exportIncident(y);

    QCOMPARE(e2, e1);
    QCOMPARE(y.title, x.title);
    QCOMPARE(timelineOf(y), timelineOf(x));
    QCOMPARE(rootCausesOf(y), rootCausesOf(x));
    QCOMPARE(measuresOf(y), measuresOf(x));
    QCOMPARE(actionItemsOf(y), actionItemsOf(x));
    QCOMPARE(whysOf(y), whysOf(x));
    QCOMPARE(y.unknownSections.size(), x.unknownSections.size());
}

void TestRoundTrip::canonicalReport_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(DEBRIEF_TEST_DATA "/export"));
    const QStringList files = dir.entryList({QStringLiteral("*.expected.md")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString& f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

// The exporter's golden reports (built from incidents in code, TestMarkdownExporter) are canonical:
// importing one and exporting it again must give the same bytes.
void TestRoundTrip::canonicalReport()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray report = file.readAll();
    const Incident incident = importText(report, QFileInfo(path).fileName());
    QCOMPARE(MarkdownExporter::exportIncident(incident), QString::fromUtf8(report));
}

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "TestRoundTrip.moc"
