// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineReader.h"

#include "DateExpression.h"
#include "KeyValueLine.h"
#include "LineItems.h"
#include "TableColumns.h"
#include "TimeExpressionParser.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <utility>

namespace debrief {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TimelineReader)
};

QString withoutLeadingSeparators(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && (text.at(i).isSpace() || QStringView(u":-\u2013\u2014|,)]>\u2192=").contains(text.at(i))))
        ++i;
    return text.mid(i).trimmed().toString();
}

// "● text", "• text", "▪ text": the text of a line bulleted by hand, else the line unchanged.
QString withoutBulletGlyph(const QString& line)
{
    const qsizetype bullet = LineItems::bulletLength(line);
    return bullet >= 0 ? line.mid(bullet).trimmed() : line;
}

// "● 10:00 Alert fires" (a typed bullet) and "= 03:08 The server ..." (a mistyped '-' that
// Markdown folds into the bullet before): the line after the marker, when a time opens it.
std::optional<QString> timedAfterMarker(const QString& line)
{
    qsizetype marker = LineItems::bulletLength(line);
    if (marker < 0 && line.size() > 2 && QStringView(u"=+*~>").contains(line[0]) && line[1].isSpace())
        marker = 1;
    if (marker < 0)
        return std::nullopt;
    const QString rest = line.mid(marker).trimmed();
    if (!TimeExpressionParser::parseLeading(rest))
        return std::nullopt;
    return rest;
}

// "19:00 (UTC):" -> "19:00 (UTC)", "01-31-2024 -" -> "01-31-2024": a time or date as written stops
// before the separator the parser's span may take along.
QString withoutTrailingSeparators(QString text)
{
    text = text.trimmed();
    while (!text.isEmpty() && QStringView(u":-\u2013\u2014|,").contains(text.back()))
        text.chop(1);
    return text.trimmed();
}

} // namespace

QString TimelineReader::timeAsWritten(const QString& line, const TimeExpression& time)
{
    return withoutTrailingSeparators(line.mid(time.start, time.length));
}

QString TimelineReader::textAfterTime(const QString& line, const TimeExpression& time)
{
    return withoutLeadingSeparators(QStringView(line).mid(time.start + time.length));
}

bool TimelineReader::looksLikeTime(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("^[\\s\\[(*_]*\\d{1,2}\\s*:\\s*\\d{1,2}"));
    return re.match(text.toString()).hasMatch();
}

QString TimelineReader::zoneIn(const QString& text)
{
    static const QRegularExpression token(QStringLiteral("\\b(UTC[+-]\\d{1,2}(?::\\d{2})?|[A-Z]{2,5})\\b"));
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const QString t = it.next().captured(1);
        if (TimeExpressionParser::zoneOffsetSeconds(t))
            return t;
    }
    return {};
}

// A timeline written as plain lines and nothing else: no list (typed "●" bullets included), no
// table, no line or heading that starts with a time, a date or an update ("Detected at Nov 1, 2022
// 6:00 AM" / "Detected while ..." / "It was resolved ..."). Every line there is an event, whatever
// it names; a line that starts in lower case goes on with the one before.
bool TimelineReader::isPlainLines(const QVector<MarkdownBlock>& blocks)
{
    bool prose = false;
    for (const MarkdownBlock& block : blocks) {
        if (block.type != MarkdownBlockType::Paragraph)
            return false;
        for (const QString& line : block.lines()) {
            const QString t = line.trimmed();
            if (TimeExpressionParser::parseLeading(t) || statusUpdateLabelLength(t) > 0
                || TimeExpressionParser::parseLeadingDate(t) || LineItems::bulletLength(t) >= 0)
                return false;
            prose = prose || !t.isEmpty();
        }
    }
    return prose;
}

void TimelineReader::readPlainLines(const QVector<MarkdownBlock>& blocks, VerbatimCollector& leftovers)
{
    for (const MarkdownBlock& block : blocks) {
        for (const LineItem& line : LineItems::split(block)) {
            if (line.label)
                leftovers.addLines(line.firstLine, line.lastLine);
            else
                addUntimed(line.text, line.firstLine, false);
        }
    }
}

void TimelineReader::read(const QVector<MarkdownBlock>& blocks, VerbatimCollector& leftovers)
{
    if (isPlainLines(blocks)) {
        readPlainLines(blocks, leftovers);
        return;
    }
    for (const MarkdownBlock& block : blocks) {
        if (block.type != MarkdownBlockType::ListItem && block.type != MarkdownBlockType::Paragraph)
            m_bareEntry = -1;
        switch (block.type) {
        case MarkdownBlockType::Heading:
            readHeading(block, leftovers);
            break;
        case MarkdownBlockType::Table:
            m_headingEntry = -1;
            if (!readTable(block))
                leftovers.addBlock(block);
            break;
        case MarkdownBlockType::ListItem:
        case MarkdownBlockType::Paragraph:
            readLines(block, leftovers);
            break;
        case MarkdownBlockType::Code:
            // Indented lines that start with times are entries ("\t7:32 PM - The chain stalled"); a
            // fence is what the author pasted (log lines under an event), kept as written.
            if (!block.fenced && TimeExpressionParser::parseLeading(block.lines().first()))
                readLines(block, leftovers);
            else
                leftovers.addBlock(block);
            break;
        default:
            leftovers.addBlock(block);
            break;
        }
    }
}

void TimelineReader::readLines(const MarkdownBlock& block, VerbatimCollector& leftovers)
{
    const bool item = block.type == MarkdownBlockType::ListItem;
    const QStringList lines = block.lines();
    int open = -1; // the entry this block is extending
    // Under a "### 21:22 - Found an answer" heading, its paragraphs and its bullets without a time
    // tell that event.
    if (item && block.depth > 0 && !m_state.timeline.isEmpty())
        open = int(m_state.timeline.size() - 1);
    else if (m_headingEntry >= 0)
        open = m_headingEntry;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        const int lineNo = block.lineOf(i);
        if (line.isEmpty())
            continue;
        if (line == u":::") {
            // The end of a Statusfy update container: no word of the update.
            leftovers.addLines(lineNo, lineNo);
            continue;
        }
        if (const qsizetype label = statusUpdateLabelLength(line); !item && label > 0 && (i == 0 || label < line.size())) {
            // "[Update - 2023-03-29 15h50 UTC]" opens an update that the lines and paragraphs after it
            // tell; "**Update: 18:52** We have identified ..." tells it on the same line.
            open = addStatusUpdate(line.left(label), lineNo);
            m_headingEntry = open;
            if (const QString rest = withoutLeadingSeparators(QStringView(line).mid(label)); !rest.isEmpty())
                appendTo(open, rest);
            continue;
        }
        if (const auto time = TimeExpressionParser::parseLeading(line)) {
            open = addTimed(*time, line, lineNo);
        } else if (const auto marked = timedAfterMarker(line)) {
            open = addTimed(*TimeExpressionParser::parseLeading(*marked), *marked, lineNo);
        } else if (looksLikeTime(line)) {
            m_state.diagnose(Severity::Warning, lineNo,
                             Tr::tr("line %1: \"%2\" is not a valid time; the entry is kept without a time")
                                 .arg(lineNo)
                                 .arg(line.left(40)));
            open = addUntimed(line, lineNo, false);
        } else if (const int dated = addDated(line, lineNo); dated >= 0) {
            open = dated;
        } else if (!(item && TimeExpressionParser::find(line)) && readDateLine(line)) {
            // A bullet with a date and a time ("First detected 2020-09-21 18:27") is an event, not a date line.
            leftovers.addLines(lineNo, lineNo);
        } else if (const QString glyphed = withoutBulletGlyph(line); glyphed != line) {
            // "● Detection Time: ..." typed or pasted bullets are entries like Markdown's.
            open = addUntimed(glyphed, lineNo, true);
        } else if (open >= 0) {
            appendTo(open, line);
        } else if (item) {
            open = addUntimed(line, lineNo, true);
        } else if ((!m_dateHeading.isEmpty() || m_statusUpdates) && zoneIn(line).isEmpty()) {
            // "### 2016-10-24" over "A change to package:args is committed": an event of that day,
            // its time not written, the date as written its label. A status page's first report,
            // before any update, is an event too.
            open = addUntimed(line, lineNo, false);
            if (!m_dateHeading.isEmpty()) {
                m_state.timeline[open].day = m_day;
                m_state.timeline[open].label = m_dateHeading;
            }
        } else {
            m_state.noteZone(zoneIn(line));
            leftovers.addLines(lineNo, i + 1 == lines.size() ? block.endLine : lineNo);
        }
    }
}

// "Update: 18:52 We have identified ..." (a bold label as the reader gives its words, or a plain-text
// status page): a status word with the time of the update right after it, the words following.
qsizetype TimelineReader::timedStatusWordLength(QStringView line)
{
    static const QRegularExpression word(
        QStringLiteral("^\\s*(?:update|updated|resolved|investigating|identified|monitoring|mitigated)\\s*[:\\-\\x{2013}]?\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = word.match(line);
    if (!m.hasMatch())
        return 0;
    const auto time = TimeExpressionParser::parseLeading(line.mid(m.capturedEnd()));
    return time && time->start == 0 ? m.capturedEnd() + time->length : 0;
}

bool TimelineReader::isStatusUpdate(const QString& line)
{
    return statusUpdateLabelLength(line) > 0;
}

qsizetype TimelineReader::statusUpdateLabelLength(QStringView line)
{
    static const QRegularExpression label(
        QStringLiteral("^\\s*(?:\\[|\\*\\*)\\s*(?:final message|initial message|update|updated|resolved|investigating|"
                       "identified|monitoring|mitigated|completed|scheduled|verifying)\\b([^\\]*]{0,60})(?:\\]|\\*\\*)\\s*:?"),
        QRegularExpression::CaseInsensitiveOption);
    // Statusfy's update containers: "::: update Resolved | 2021-05-03T22:51:55.840Z" ... ":::".
    static const QRegularExpression container(QStringLiteral("^\\s*:::\\s*update\\b.{0,80}$"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (container.match(line).hasMatch())
        return line.size();
    const QRegularExpressionMatch m = label.match(line);
    if (!m.hasMatch())
        return timedStatusWordLength(line);
    const QStringView rest = line.mid(m.capturedEnd()).trimmed();
    if (rest.isEmpty())
        return m.capturedEnd();
    // A label that words follow is an update when it names its moment ("**Update: 18:52** We ...")
    // or a separator sets the words apart ("**Resolved** - This incident has been resolved."); a
    // bold "**Resolved** quickly" in prose is no update.
    const bool timed = TimeExpressionParser::find(m.captured(1)).has_value();
    const bool separated = QStringView(u"-\u2013\u2014").contains(rest.front());
    return timed || separated ? m.capturedEnd() : 0;
}

// A time named in an entry's words ("detected at 10:00 AM UTC", "[Update - 15h50 UTC]") gives the
// entry its moment; the words stay as written.
bool TimelineReader::takeTimeFrom(const QString& words, DraftTimelineEntry& e)
{
    auto time = TimeExpressionParser::find(words);
    if (!time)
        return false;
    // "started at 22:00 UTC the 8 January 2025": the day the words name is the moment's day.
    if (!time->date)
        time->date = TimeExpressionParser::findDate(words);
    e.time = time;
    e.day = m_day;
    e.timeText = words.mid(time->start, time->length).trimmed();
    m_state.noteZone(time->zone);
    return true;
}

int TimelineReader::addStatusUpdate(const QString& line, int lineNo)
{
    DraftTimelineEntry e;
    e.label = line.trimmed();
    while (!e.label.isEmpty() && QStringView(u"[]*: ").contains(e.label.front()))
        e.label.remove(0, 1);
    while (!e.label.isEmpty() && QStringView(u"[]*: ").contains(e.label.back()))
        e.label.chop(1);
    takeTimeFrom(e.label, e);
    e.line = lineNo;
    m_state.timeline << e;
    return int(m_state.timeline.size() - 1);
}

void TimelineReader::readHeading(const MarkdownBlock& block, VerbatimCollector& leftovers)
{
    const QString text = block.text.simplified();
    m_headingEntry = -1;
    m_dateHeading.clear();
    if (const auto time = TimeExpressionParser::parseLeading(text)) {
        m_headingEntry = addTimed(*time, text, block.line);
        return;
    }
    if (readDateLine(text))
        m_dateHeading = text;
    else
        m_state.noteZone(zoneIn(text));
    leftovers.addBlock(block);
}

bool TimelineReader::readDateLine(const QString& line)
{
    if (line.size() > 48 || line.count(u' ') > 6)
        return false;
    auto date = TimeExpressionParser::findDate(line);
    if (!date && m_state.year)
        date = TimeExpressionParser::findDate(line + u' ' + QString::number(*m_state.year));
    if (!date)
        return false;
    m_day = date;
    m_state.noteZone(zoneIn(line));
    return true;
}

int TimelineReader::addTimed(const TimeExpression& time, const QString& line, int lineNo)
{
    DraftTimelineEntry e;
    e.time = time;
    e.day = m_day;
    e.timeText = timeAsWritten(line, time);
    e.text = textAfterTime(line, time);
    e.line = lineNo;
    m_state.noteZone(time.zone);
    m_state.timeline << e;
    // Nothing but the time (and an aside such as a place) was written: the event's words follow.
    const QString words = e.text.trimmed();
    const bool bare = words.isEmpty() || (words.startsWith(u'(') && words.endsWith(u')'));
    m_bareEntry = bare ? int(m_state.timeline.size() - 1) : -1;
    return int(m_state.timeline.size() - 1);
}

// "01-31-2024 - The fix was added to the codebase": an entry of that day with no time of day. The
// date as written is its label, and the day of the entries after it.
int TimelineReader::addDated(const QString& line, int lineNo)
{
    const auto date = TimeExpressionParser::parseLeadingDate(line);
    if (!date)
        return -1;
    // "**February 11:** Public disclosure" after entries of January 2022: the year they are in.
    const std::optional<QDate> day = date->hasYear ? std::optional<QDate>(date->date) : inKnownYear(date->date);
    if (!day)
        return -1;
    const QString rest = withoutLeadingSeparators(QStringView(line).mid(date->start + date->length));
    // "2015-10-21 (all times UTC)", "2024-01-10" alone or with a word: a date line, not an entry.
    if (rest.count(u' ') < 2 || rest.startsWith(u'('))
        return -1;
    DraftTimelineEntry e;
    e.label = withoutTrailingSeparators(line.mid(date->start, date->length));
    e.text = rest;
    e.line = lineNo;
    m_day = day;
    e.day = m_day;
    m_state.timeline << e;
    return int(m_state.timeline.size() - 1);
}

// A month and day (in the year 2000, as the parser gives them) in the year of the timeline so far:
// the last day an entry or date line named, else the incident's date, else the import's year.
std::optional<QDate> TimelineReader::inKnownYear(const QDate& monthDay) const
{
    std::optional<QDate> context = m_day;
    for (auto it = m_state.timeline.crbegin(); !context && it != m_state.timeline.crend(); ++it) {
        if (it->time && it->time->date)
            context = it->time->date;
    }
    if (!context)
        context = m_state.incident.date;
    if (!context && m_state.year)
        context = QDate(*m_state.year, 1, 1);
    return DateExpression::inYearOf(monthDay, context);
}

int TimelineReader::addUntimed(const QString& line, int lineNo, bool labelled)
{
    // "2023-04-10 12:00 EAT (Makadara, Nairobi)" alone on its line, then "● The issue was detected
    // ...": the time line and the bullet under it are one event.
    if (m_bareEntry >= 0 && m_bareEntry == m_state.timeline.size() - 1) {
        const int entry = std::exchange(m_bareEntry, -1);
        appendTo(entry, line);
        return entry;
    }
    DraftTimelineEntry e;
    e.text = line;
    if (labelled) {
        if (const auto split = KeyValueLine::splitLabel(line)) {
            e.label = split->first;
            e.text = split->second;
        }
    }
    // "Issue Detection: the issue was detected at 10:00 AM UTC" happened at 10:00: the time stays in
    // the words as written and gives the entry its moment.
    if (!takeTimeFrom(e.label, e))
        takeTimeFrom(e.text, e);
    e.line = lineNo;
    m_state.timeline << e;
    return int(m_state.timeline.size() - 1);
}

void TimelineReader::appendTo(int entry, const QString& text)
{
    DraftTimelineEntry& e = m_state.timeline[entry];
    e.text = e.text.isEmpty() ? text : e.text + u' ' + text;
    // "[Initial message]" then "... is down since 14h00 UTC": as for an entry's first line, a time
    // its words name gives an untimed entry its moment.
    if (!e.time)
        takeTimeFrom(text, e);
}

bool TimelineReader::readTable(const MarkdownBlock& block)
{
    if (block.rows.isEmpty())
        return false;
    TableColumns c(block.rows.first());
    int time = c.find({"time", "timestamp", "when", "time (utc)"}, true);
    int date = c.find({"date", "day"});
    if (time < 0 && date >= 0)
        std::swap(time, date);
    const int label = c.find({"label"});
    const int kind = c.find({"kind", "type", "category"});
    const int owner = c.find({"owner", "who", "by", "actor", "person"});
    int event = c.find({"event", "description", "what happened", "what", "details", "action", "activity", "update",
                        "summary", "notes", "message"},
                       true);
    if (time < 0 || (event < 0 && c.untaken().isEmpty()))
        return false;
    if (event < 0)
        event = c.untaken().last();
    // Columns without a place of their own ("Block", "System") stay in the event's words with their
    // name, so that nothing the author put in the table is lost.
    QVector<int> extra = c.untaken();
    extra.removeAll(event);
    // "Time (UTC)" zones the entries of this table, not the document.
    const QString headerZone = zoneIn(c.headerText(time));
    QMap<QString, QString>& names = m_state.incident.columnNames;
    c.noteName(names, QStringLiteral("timeline.time"), date >= 0 && date != time ? -1 : time);
    c.noteName(names, QStringLiteral("timeline.label"), label);
    c.noteName(names, QStringLiteral("timeline.kind"), kind);
    c.noteName(names, QStringLiteral("timeline.event"), event);
    for (int r = 1; r < block.rows.size(); ++r) {
        const QStringList& row = block.rows[r];
        const int lineNo = block.rowLines.value(r, block.line);
        QString when = TableColumns::cell(row, time);
        if (date >= 0 && date != time)
            when = (TableColumns::cell(row, date) + u' ' + when).trimmed();
        DraftTimelineEntry e;
        e.line = lineNo;
        e.day = m_day;
        e.zoneHint = headerZone;
        e.label = TableColumns::cell(row, label);
        e.text = TableColumns::cell(row, event);
        if (const auto t = TimeExpressionParser::parseLeading(when); t && !when.isEmpty()) {
            e.time = t;
            e.timeText = when;
            m_state.noteZone(t->zone);
        } else if (const auto day = TimeExpressionParser::parseLeadingDate(when);
                   day && day->hasYear && day->start + day->length >= when.trimmed().size()) {
            // A row with a date and no time ("| 2021-12-10 | The Log4Shell vulnerability ...").
            e.day = day->date;
            e.label = e.label.isEmpty() ? when : e.label + u' ' + when;
        } else if (!when.isEmpty()) {
            if (looksLikeTime(when))
                m_state.diagnose(Severity::Warning, lineNo,
                                 Tr::tr("line %1: \"%2\" is not a valid time; the entry is kept without a time")
                                     .arg(lineNo)
                                     .arg(when));
            e.text = (when + u' ' + e.text).trimmed();
        }
        if (const auto k = timelineKindFromName(TableColumns::cell(row, kind).toLower()))
            e.kind = k;
        else if (!TableColumns::cell(row, kind).isEmpty())
            e.text += QStringLiteral(" (%1)").arg(TableColumns::cell(row, kind));
        if (!TableColumns::cell(row, owner).isEmpty())
            e.text += QStringLiteral(" (%1)").arg(TableColumns::cell(row, owner));
        e.text = c.withCells(e.text, row, extra).trimmed();
        if (e.text.isEmpty() && !e.time && e.label.isEmpty())
            continue;
        m_state.timeline << e;
    }
    return true;
}

} // namespace debrief
