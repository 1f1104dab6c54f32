// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostmortemImporter.h"

#include "ActionItemReader.h"
#include "DateExpression.h"
#include "DocumentOutline.h"
#include "ImplicitTimeline.h"
#include "ImportState.h"
#include "KeyValueLine.h"
#include "MarkdownBlocks.h"
#include "MeasureReader.h"
#include "PostmortemInput.h"
#include "ProseSectionReader.h"
#include "RootCauseReader.h"
#include "SourceLines.h"
#include "TimelineReader.h"
#include "TimelineResolver.h"
#include "VerbatimCollector.h"
#include "WhyReader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <utility>

namespace debrief {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PostmortemImporter)
};

QString appended(const QString& existing, const QString& more)
{
    if (more.isEmpty())
        return existing;
    return existing.isEmpty() ? more : existing + QStringLiteral("\n\n") + more;
}

// "User authentication service was down and 70% of users ..." -> "User authentication service was down".
QString firstClause(const QString& text)
{
    static const QRegularExpression markup(QStringLiteral("^[\\s*+#>-]+|[*_`]"));
    static const QRegularExpression cut(
        QStringLiteral("(?:[.;:!?](?:\\s|$)|,\\s|\\s(?:and|but|because|which|so)\\s|\\s[-\u2013\u2014]\\s|\\n)"));
    QString t = text.trimmed();
    t.remove(markup);
    const auto m = cut.match(t);
    if (m.hasMatch() && m.capturedStart() > 0)
        t.truncate(m.capturedStart());
    t = t.simplified();
    if (t.size() > 80) {
        t.truncate(80);
        t.truncate(std::max<qsizetype>(40, t.lastIndexOf(u' ')));
    }
    return t;
}

// One import: reads the outline section by section into an ImportState.
class ImportRun
{
public:
    ImportRun(const SourceLines& source, const PostmortemImportOptions& options)
        : m_source(source)
        , m_state(source)
        , m_options(options)
    {
        m_state.year = options.year;
        m_state.givenDate = options.date;
    }

    ImportState& run(const DocumentOutline& outline)
    {
        m_hasSummarySection = outline.hasSection(SectionRole::Summary);
        // A chronology with no timeline heading is read as the timeline, taken out of where it stands.
        const std::optional<ImplicitTimelineRun> implicit = ImplicitTimeline::find(outline);
        const auto holds = [&implicit](int section) { return implicit && implicit->section == section; };
        readPreamble(holds(-1) ? withoutRun(outline.preamble, *implicit) : outline.preamble);
        if (holds(-1))
            readImplicitTimeline(outline.preamble, *implicit);
        for (int s = 0; s < outline.sections.size(); ++s) {
            if (!holds(s)) {
                readSection(outline.sections[s]);
                continue;
            }
            OutlineSection rest = outline.sections[s];
            rest.blocks = withoutRun(rest.blocks, *implicit);
            readSection(rest);
            readImplicitTimeline(outline.sections[s].blocks, *implicit);
        }
        TimelineResolver(m_state, m_options.timezone).resolve();
        m_state.incident.sections = outline.headings;
        return m_state;
    }

private:
    void readPreamble(const QVector<MarkdownBlock>& blocks)
    {
        VerbatimCollector prose(m_source);
        VerbatimCollector other(m_source);
        ProseSectionReader(m_state, QString()).read(takeCheckboxes(blocks), prose, &other);
        // When the summary has a section of its own (always so in the exporter's report), the text
        // above the sections is leftover text, kept where it stood.
        if (m_state.fieldTable || m_hasSummarySection) {
            VerbatimCollector beside(m_source);
            for (const MarkdownBlock& b : blocks) {
                // A table whose rows were not all fields ("| Authors | serathius@ |") stays too.
                const bool readTable = b.type == MarkdownBlockType::Table && !other.holds(b.line);
                if (!readTable && b.task == TaskState::None && !isActionField(b))
                    beside.addBlock(b);
            }
            keepLeftovers(beside, SectionRole::Unknown);
            return;
        }
        m_state.incident.summary = appended(m_state.incident.summary, prose.text());
        keepLeftovers(other, SectionRole::Unknown);
    }

    // "- **Review actions**: ..." became an action item, label and all: the report lists it there,
    // not a second time among the fields above the sections.
    static bool isActionField(const MarkdownBlock& b)
    {
        if (b.type != MarkdownBlockType::ListItem)
            return false;
        const auto kv = KeyValueLine::parse(b.text.simplified());
        return kv && kv->field == IncidentField::ActionItems && !kv->value.isEmpty();
    }

    void readSection(const OutlineSection& section)
    {
        Incident& i = m_state.incident;
        VerbatimCollector kept(m_source);
        const QVector<MarkdownBlock> blocks
            = section.role == SectionRole::ActionItems ? section.blocks : takeCheckboxes(section.blocks);
        switch (section.role) {
        case SectionRole::Summary:
            ProseSectionReader(m_state, section.name).read(blocks, kept);
            i.summary = appended(i.summary, kept.text());
            break;
        case SectionRole::Impact:
            ProseSectionReader(m_state, section.name).read(blocks, kept);
            i.impact = appended(std::exchange(m_state.impactFromPreamble, false) ? QString() : i.impact, kept.text());
            break;
        case SectionRole::Resolution:
            ProseSectionReader(m_state, section.name).read(blocks, kept);
            i.resolution = appended(std::exchange(m_state.resolutionFromPreamble, false) ? QString() : i.resolution,
                                    kept.text());
            break;
        case SectionRole::RootCause:
            RootCauseReader(m_state, section.name).read(blocks, kept);
            keepLeftovers(kept, section.role);
            break;
        case SectionRole::Whys:
            i.whys << WhyReader().read(blocks, kept);
            keepLeftovers(kept, section.role);
            break;
        case SectionRole::Timeline:
            if (const QString zone = TimelineReader::zoneIn(section.heading); !zone.isEmpty())
                m_state.noteZone(zone);
        {
            TimelineReader reader(m_state);
            reader.setStatusUpdates(section.statusUpdates);
            reader.read(blocks, kept);
            keepLeftovers(kept, section.role);
            break;
        }
        case SectionRole::Measures:
            i.measures << MeasureReader(section.name).read(blocks, kept, &i.columnNames);
            keepLeftovers(kept, section.role);
            break;
        case SectionRole::ActionItems:
            i.actionItems << ActionItemReader::readSection(blocks, kept, &i.columnNames);
            keepLeftovers(kept, section.role);
            break;
        case SectionRole::Lessons:
        case SectionRole::Unknown:
            keepUnknownSection(section, blocks);
            return;
        }
        m_lastKnown = section.role;
    }

    static QVector<MarkdownBlock> withoutRun(const QVector<MarkdownBlock>& blocks, const ImplicitTimelineRun& run)
    {
        QVector<MarkdownBlock> rest = blocks;
        rest.remove(run.first, run.last - run.first + 1);
        return rest;
    }

    void readImplicitTimeline(const QVector<MarkdownBlock>& blocks, const ImplicitTimelineRun& run)
    {
        // The events nested under a label ("- **Key events**") are the timeline's top level: a bullet
        // deeper than them continues an event.
        QVector<MarkdownBlock> events = blocks.mid(run.first, run.last - run.first + 1);
        const int base = blocks[run.first].depth;
        for (MarkdownBlock& b : events)
            b.depth = std::max(0, b.depth - base);
        VerbatimCollector kept(m_source);
        TimelineReader(m_state).read(events, kept);
        keepLeftovers(kept, SectionRole::Timeline);
    }

    // Checkbox items are action items wherever they stand.
    QVector<MarkdownBlock> takeCheckboxes(const QVector<MarkdownBlock>& blocks)
    {
        QVector<MarkdownBlock> rest;
        rest.reserve(blocks.size());
        for (const MarkdownBlock& b : blocks) {
            if (b.type == MarkdownBlockType::ListItem && b.task != TaskState::None)
                m_state.incident.actionItems << ActionItemReader::fromItem(b);
            else
                rest << b;
        }
        return rest;
    }

    void keepUnknownSection(const OutlineSection& section, const QVector<MarkdownBlock>& blocks)
    {
        VerbatimCollector body(m_source);
        for (const MarkdownBlock& b : blocks)
            body.addBlock(b);
        UnknownSection u;
        u.heading = section.heading;
        u.headingLevel = section.level;
        u.markdown = body.text();
        u.after = m_lastKnown;
        u.sourceLine = section.line;
        m_state.incident.unknownSections << u;
    }

    void keepLeftovers(const VerbatimCollector& leftovers, SectionRole role)
    {
        if (leftovers.isEmpty())
            return;
        UnknownSection u;
        u.markdown = leftovers.text();
        u.after = role;
        u.sourceLine = leftovers.firstLine();
        if (!u.markdown.isEmpty())
            m_state.incident.unknownSections << u;
    }

    const SourceLines& m_source;
    ImportState m_state;
    PostmortemImportOptions m_options;
    SectionRole m_lastKnown = SectionRole::Unknown;
    bool m_hasSummarySection = false;
};

QString titleFor(const DocumentOutline& outline, const Incident& incident, const QString& fileName)
{
    if (!outline.title.isEmpty())
        return outline.title;
    for (const QString& text : {incident.impact, incident.summary}) {
        const QString clause = firstClause(text);
        if (clause.size() >= 8)
            return clause;
    }
    const QString base = QFileInfo(fileName).completeBaseName();
    return base.isEmpty() ? QStringLiteral("Untitled incident") : base;
}

} // namespace

PostmortemImportResult PostmortemImporter::import(QByteArrayView bytes, const QString& fileName,
                                                  const PostmortemImportOptions& options)
{
    PostmortemImportResult result;
    const PostmortemInput input = PostmortemInput::check(bytes);
    if (!input.ok()) {
        result.diagnostics.append({Severity::Error, 0, input.error()});
        return result;
    }
    result.repairedBytes = input.repairedSequences();
    if (result.repairedBytes > 0)
        result.diagnostics.append({Severity::Warning, input.firstRepairedLine(),
                                   Tr::tr("%n invalid UTF-8 byte(s) replaced by U+FFFD, first on line %1", nullptr,
                                          result.repairedBytes)
                                       .arg(input.firstRepairedLine())});
    const SourceLines source(input.text());
    // "29-09-2021" elsewhere in the document says how its "03-10-2021" is meant.
    const DateExpression::OrderScope dateOrder(DateExpression::conventionOf(QString::fromUtf8(input.text())));
    const DocumentOutline outline = DocumentOutline::build(MarkdownBlocks::parse(source), source);
    if (outline.sections.isEmpty())
        result.diagnostics.append(
            {Severity::Warning, 0, Tr::tr("no section headings found; the text is kept as the summary")});
    ImportRun run(source, options);
    ImportState& state = run.run(outline);
    result.diagnostics << state.diagnostics;
    result.incident = std::move(state.incident);
    result.incident.title = titleFor(outline, result.incident, fileName);
    result.reading = PostmortemReading::countsOf(result.incident);
    result.reading.dateSource = state.dateSource;
    result.reading.zoneSource = state.zoneSource;
    if (state.zoneSource != TimelineZoneSource::NotNeeded)
        result.reading.zone = result.incident.timezone;
    result.ok = true;
    return result;
}

} // namespace debrief
