// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkdownExporter.h"

#include "MarkdownEscaper.h"
#include "SectionClassifier.h"

#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

namespace debrief {

namespace {

using Cells = QStringList;

QString utcText(UtcMillis at)
{
    const QDateTime dt = at.toDateTime();
    return dt.toString(dt.time().second() != 0 ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                               : QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString dateText(const std::optional<QDate>& date)
{
    return date ? date->toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

// "2 hours", "45 minutes", "1 hour 30 minutes": words the importer's duration parser reads back.
QString durationWords(int minutes)
{
    const auto unit = [](int n, const char* one, const char* many) {
        return QString::number(n) + u' ' + QLatin1String(n == 1 ? one : many);
    };
    if (minutes < 60)
        return unit(minutes, "minute", "minutes");
    QString words = unit(minutes / 60, "hour", "hours");
    if (minutes % 60 != 0)
        words += u' ' + unit(minutes % 60, "minute", "minutes");
    return words;
}

// UTC when the entry has a moment; else its time as written ("Midnight (SAST)", "10:00 AM"), which a
// document that states no date leaves without a day: the report must not lose it.
QString timeCell(const TimelineEvent& e)
{
    return e.at ? utcText(*e.at) : e.timeText.trimmed();
}

QString tableRow(const Cells& cells)
{
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |");
}

// Header, delimiter and one escaped row per entry; with no rows the header alone says "none".
QString table(const Cells& header, const QVector<Cells>& rows)
{
    QStringList lines {tableRow(header), tableRow(Cells(header.size(), QStringLiteral("---")))};
    for (const Cells& row : rows) {
        Cells escaped;
        for (const QString& cell : row)
            escaped << MarkdownEscaper::inlineText(cell);
        lines << tableRow(escaped);
    }
    return lines.join(u'\n');
}

QString sectionHeading(SectionRole role)
{
    switch (role) {
    case SectionRole::Summary:
        return QStringLiteral("Summary");
    case SectionRole::Impact:
        return QStringLiteral("Impact");
    case SectionRole::Timeline:
        return QStringLiteral("Timeline");
    case SectionRole::RootCause:
        return QStringLiteral("Root Causes");
    case SectionRole::Whys:
        return QStringLiteral("5 Whys");
    case SectionRole::Resolution:
        return QStringLiteral("Resolution");
    case SectionRole::Measures:
        return QStringLiteral("Corrective and Preventative Measures");
    case SectionRole::ActionItems:
        return QStringLiteral("Action Items");
    case SectionRole::Lessons:
    case SectionRole::Unknown:
        break;
    }
    return {};
}

// Builds the report as a list of blocks that are joined by one blank line each.
class ReportWriter
{
public:
    explicit ReportWriter(const Incident& incident)
        : m_incident(incident)
    { }

    QString write()
    {
        m_blocks << QStringLiteral("# ") + MarkdownEscaper::headingText(title());
        writeFields();
        writeUnknownsAfter(SectionRole::Unknown);
        for (SectionRole role :
             {SectionRole::Summary, SectionRole::Impact, SectionRole::Timeline, SectionRole::RootCause,
              SectionRole::Whys, SectionRole::Resolution, SectionRole::Measures, SectionRole::ActionItems})
            writeSection(role);
        return m_blocks.join(QStringLiteral("\n\n")) + u'\n';
    }

private:
    QString title() const
    {
        const QString t = m_incident.title.trimmed();
        return t.isEmpty() ? QStringLiteral("Untitled incident") : t;
    }

    void writeFields()
    {
        const Incident& i = m_incident;
        QString duration = i.durationText.trimmed();
        if (duration.isEmpty() && i.statedDurationMinutes)
            duration = durationWords(*i.statedDurationMinutes);
        const std::pair<const char*, QString> fields[] = {
            {"Date", dateText(i.date)},
            {"Started", i.startedAt ? utcText(*i.startedAt) + QStringLiteral(" UTC") : QString()},
            {"Ended", i.endedAt ? utcText(*i.endedAt) + QStringLiteral(" UTC") : QString()},
            {"Duration", duration},
            {"Severity", i.severity},
            {"Status", i.status},
            {"Timezone", i.timezone},
        };
        QVector<Cells> rows;
        for (const auto& [name, value] : fields) {
            if (!value.trimmed().isEmpty())
                rows << Cells {QLatin1String(name), value};
        }
        if (!rows.isEmpty())
            m_blocks << table({QStringLiteral("Field"), QStringLiteral("Value")}, rows);
    }

    // Known sections are left out when empty, except the three tables, which say "none" by being
    // empty, and a section the author headed and left empty ("## Resolution and recovery" with
    // nothing under it yet), whose heading is their words. A section that is empty but had leftover
    // text keeps its heading so that the leftover does not drift into the section before it.
    void writeSection(SectionRole role)
    {
        const QStringList body = sectionBody(role);
        const QStringList leftovers = leftoversOf(role);
        const bool headed = std::any_of(m_incident.sections.cbegin(), m_incident.sections.cend(),
                                        [role](const DocumentSection& s) { return s.role == role; });
        if (!body.isEmpty() || !leftovers.isEmpty() || headed) {
            m_blocks << QStringLiteral("## ") + MarkdownEscaper::headingText(headingOf(role));
            m_blocks << body << leftovers;
        }
        writeUnknownsAfter(role);
    }

    // The section's heading as the author wrote it ("Root Cause of the Outage", "Issue Summary"), so
    // that the report keeps their words; the canonical name when the document had none.
    // A document that names a section twice ("Root Cause and Resolution", later "Root Cause") keeps
    // both names, joined, as long as the joined heading still reads as that section.
    QString headingOf(SectionRole role) const
    {
        QStringList names;
        for (const DocumentSection& s : m_incident.sections) {
            const QString name = s.heading.trimmed();
            if (s.role != role || name.isEmpty())
                continue;
            const bool known = std::any_of(names.cbegin(), names.cend(), [&name](const QString& n) {
                return n.compare(name, Qt::CaseInsensitive) == 0;
            });
            if (known)
                continue;
            const QString joined = (QStringList(names) << name).join(QStringLiteral(" / "));
            if (!names.isEmpty() && SectionClassifier::classify(joined) != role)
                break;
            names << name;
        }
        // Without a heading, the field the author stated the section's text as ("User impact: ...").
        if (names.isEmpty() && role == SectionRole::Impact)
            names << m_incident.columnNames.value(QStringLiteral("fields.impact"));
        if (names.isEmpty() && role == SectionRole::Resolution)
            names << m_incident.columnNames.value(QStringLiteral("fields.resolution"));
        names.removeAll(QString());
        QString heading = names.isEmpty() ? sectionHeading(role) : names.join(QStringLiteral(" / "));
        // Control characters carry no word and would make the report look binary when written twice.
        heading.removeIf([](QChar c) { return c.category() == QChar::Other_Control; });
        return heading.simplified().isEmpty() ? sectionHeading(role) : heading;
    }

    QStringList sectionBody(SectionRole role) const
    {
        switch (role) {
        case SectionRole::Summary:
            return prose(m_incident.summary);
        case SectionRole::Impact:
            return prose(m_incident.impact);
        case SectionRole::Timeline:
            return {timelineTable()};
        case SectionRole::RootCause:
            return {rootCauseTable()};
        case SectionRole::Whys:
            return whys();
        case SectionRole::Resolution:
            return prose(m_incident.resolution);
        case SectionRole::Measures:
            return measures();
        case SectionRole::ActionItems:
            return actionItems();
        case SectionRole::Lessons:
        case SectionRole::Unknown:
            break;
        }
        return {};
    }

    static QStringList prose(const QString& markdown)
    {
        const QString text = MarkdownEscaper::block(markdown);
        return text.isEmpty() ? QStringList() : QStringList {text};
    }

    QString timelineTable() const
    {
        QVector<Cells> rows;
        for (const TimelineEvent& e : m_incident.timeline)
            rows << Cells {timeCell(e), e.label, timelineKindName(e.kind), e.text};
        return table({timeColumnName(), columnName("timeline.label", "Label"), columnName("timeline.kind", "Kind"),
                      columnName("timeline.event", "Event")},
                     rows);
    }

    // The author's name of a column the report writes ("Description" for the events), else its own.
    // The document's own word for a status where its table gave one ("ONGOING"), else the name.
    QString statusWord(ActionStatus status) const
    {
        const QString name = actionStatusName(status);
        return m_incident.columnNames.value(QStringLiteral("actions.status.") + name, name);
    }

    QString columnName(const char* key, const char* fallback) const
    {
        const QString name = m_incident.columnNames.value(QLatin1String(key)).simplified();
        return name.isEmpty() ? QString::fromLatin1(fallback) : name;
    }

    // Times are written in UTC whatever zone the author's column named: "Datetime (PST)" is written
    // "Datetime (UTC)".
    QString timeColumnName() const
    {
        static const QRegularExpression aside(QStringLiteral("\\s*\\([^)]*\\)\\s*$"));
        QString name = m_incident.columnNames.value(QStringLiteral("timeline.time")).simplified();
        name.remove(aside);
        return (name.isEmpty() ? QStringLiteral("Time") : name) + QStringLiteral(" (UTC)");
    }

    QString rootCauseTable() const
    {
        // The field name a cause was stated under ("Trigger") gets a column where any cause has one.
        const bool labelled = std::any_of(m_incident.rootCauses.cbegin(), m_incident.rootCauses.cend(),
                                          [](const RootCause& c) { return !c.label.isEmpty(); });
        QVector<Cells> rows;
        for (const RootCause& c : m_incident.rootCauses)
            rows << (labelled ? Cells {c.section, c.label, c.text} : Cells {c.section, c.text});
        if (labelled)
            return table({QStringLiteral("Stated in"), QStringLiteral("Label"), QStringLiteral("Root cause")}, rows);
        return table({QStringLiteral("Stated in"), QStringLiteral("Root cause")}, rows);
    }

    // A table, as the reader reads it back; no section at all when the team wrote no whys.
    QStringList whys() const
    {
        if (m_incident.whys.isEmpty())
            return {};
        QVector<Cells> rows;
        for (int i = 0; i < m_incident.whys.size(); ++i) {
            const WhyStep& w = m_incident.whys[i];
            rows << Cells {QString::number(i + 1), w.question, w.answer};
        }
        return {table({QStringLiteral("#"), QStringLiteral("Why"), QStringLiteral("Because")}, rows)};
    }

    // The items listed under the section's own heading, then each group the author listed items
    // under ("### Prevention") with a table of its own, in order of first appearance. With no item
    // at all the table stays, empty: it says "none".
    QStringList actionItems() const
    {
        QStringList groups {QString()};
        for (const ActionItem& a : m_incident.actionItems) {
            if (!groups.contains(a.group))
                groups << a.group;
        }
        // Type and Notes columns only where the author's table had them or an item has one.
        const auto column = [this](const char* key, QString ActionItem::*field) {
            return m_incident.columnNames.contains(QLatin1String(key))
                || std::any_of(m_incident.actionItems.cbegin(), m_incident.actionItems.cend(),
                               [field](const ActionItem& a) { return !(a.*field).isEmpty(); });
        };
        const Extras extras {column("actions.type", &ActionItem::type), column("actions.notes", &ActionItem::notes)};
        QStringList blocks;
        for (const QString& group : groups) {
            QVector<Cells> rows;
            for (const ActionItem& a : m_incident.actionItems) {
                if (a.group != group)
                    continue;
                rows << Cells {statusWord(a.status), a.title, a.owner, dateText(a.due), a.priority, a.link};
                if (extras.type)
                    rows.last() << a.type;
                if (extras.notes)
                    rows.last() << a.notes;
            }
            if (group.isEmpty() && rows.isEmpty() && groups.size() > 1)
                continue;
            if (!group.isEmpty())
                blocks << QStringLiteral("### ") + MarkdownEscaper::headingText(group);
            blocks << actionItemTable(rows, extras);
        }
        return blocks;
    }

    struct Extras
    {
        bool type = false;
        bool notes = false;
    };

    QString actionItemTable(const QVector<Cells>& rows, Extras extras) const
    {
        Cells header {columnName("actions.status", "Status"), columnName("actions.title", "Title"),
                      columnName("actions.owner", "Owner"),   columnName("actions.due", "Due"),
                      columnName("actions.priority", "Priority"), columnName("actions.link", "Link")};
        if (extras.type)
            header << columnName("actions.type", "Type");
        if (extras.notes)
            header << columnName("actions.notes", "Notes");
        return table(header, rows);
    }

    // The measures listed under the H2 itself first, then one H3 per other section they came from, in
    // order of first appearance. A measure without a section, or from the section the H2 names, is
    // listed under the H2 with no H3 of its own: the importer reads a list there as the H2's.
    QString measureSection(const MeasureGroup& g) const
    {
        const QString section = g.section.trimmed();
        return section == headingOf(SectionRole::Measures) ? QString() : section;
    }

    QStringList measures() const
    {
        QStringList sections {QString()};
        for (const MeasureGroup& g : m_incident.measures) {
            if (!sections.contains(measureSection(g)))
                sections << measureSection(g);
        }
        QStringList blocks;
        // Measures the document gave as a table are written as a table, with the author's columns.
        const bool asTable = m_incident.columnNames.contains(QStringLiteral("measures.title"));
        for (const QString& section : sections) {
            const QString list = asTable ? measureTable(section) : measureList(section);
            if (list.isEmpty())
                continue;
            if (!section.isEmpty())
                blocks << QStringLiteral("### ") + MarkdownEscaper::headingText(section);
            blocks << list;
        }
        return blocks;
    }

    QString measureList(const QString& section) const
    {
        QStringList lines;
        for (const MeasureGroup& g : m_incident.measures) {
            if (measureSection(g) != section)
                continue;
            lines << (QStringLiteral("- ") + MarkdownEscaper::inlineText(g.title)).trimmed();
            for (const QString& item : g.items) {
                if (!item.trimmed().isEmpty())
                    lines << QStringLiteral("  - ") + MarkdownEscaper::inlineText(item);
            }
        }
        return lines.join(u'\n');
    }

    // "| Kind | Description |": a row per item under its group's title; a group without items is a
    // row of its own with no kind. Without a kind column the items are rows of their own.
    QString measureTable(const QString& section) const
    {
        const bool withKind = m_incident.columnNames.contains(QStringLiteral("measures.kind"));
        QVector<Cells> rows;
        for (const MeasureGroup& g : m_incident.measures) {
            if (measureSection(g) != section)
                continue;
            if (!withKind || g.items.isEmpty())
                rows << (withKind ? Cells {QString(), g.title} : Cells {g.title});
            for (const QString& item : g.items) {
                if (!item.trimmed().isEmpty())
                    rows << (withKind ? Cells {g.title, item} : Cells {item});
            }
        }
        if (rows.isEmpty())
            return {};
        Cells header {columnName("measures.title", "Measure")};
        if (withKind)
            header.prepend(columnName("measures.kind", "Kind"));
        return table(header, rows);
    }

    QStringList leftoversOf(SectionRole role) const
    {
        QStringList blocks;
        for (const UnknownSection& u : m_incident.unknownSections) {
            if (u.after == role && u.heading.trimmed().isEmpty())
                blocks << prose(u.markdown);
        }
        return blocks;
    }

    void writeUnknownsAfter(SectionRole role)
    {
        if (role == SectionRole::Unknown)
            m_blocks << leftoversOf(role);
        for (const UnknownSection& u : m_incident.unknownSections) {
            if (u.after != role || u.heading.trimmed().isEmpty())
                continue;
            m_blocks << QStringLiteral("## ") + MarkdownEscaper::verbatimLine(u.heading);
            m_blocks << prose(u.markdown);
        }
    }

    const Incident& m_incident;
    QStringList m_blocks;
};

} // namespace

QString MarkdownExporter::exportIncident(const Incident& incident)
{
    return ReportWriter(incident).write();
}

} // namespace debrief
