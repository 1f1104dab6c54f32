// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportState.h"
#include "MarkdownBlocks.h"
#include "VerbatimCollector.h"

namespace debrief {

// Reads a timeline section in any of the shapes people write: bullets ("* 19:00 (UTC): ..."),
// "Label: text" bullets without a time, tables with a time and an event column (a Kind column is
// taken as given), consecutive plain lines folded into one paragraph (split where a line starts
// with a time), one heading per event, and dates on lines of their own that set the day of the
// entries after them. Produces draft entries; dates and zones are settled by TimelineResolver.
class TimelineReader
{
public:
    explicit TimelineReader(ImportState& state)
        : m_state(state)
    { }

    void read(const QVector<MarkdownBlock>& blocks, VerbatimCollector& leftovers);

    // "25:99 ..." and the like: starts like a time but is none, so it earns a warning.
    static bool looksLikeTime(QStringView text);
    // A zone named in prose ("all times UTC", "Timeline (PDT)"), empty when none.
    static QString zoneIn(const QString& text);
    // A status page's update label on a line of its own: "[Update - 2023-03-29 15h50 UTC]",
    // "[Final message]", "**Resolved**"; or with the update's words after it on the same line:
    // "**Update: 18:52** We have ...", "**Resolved** - This incident has been resolved."; or a
    // Statusfy container's opening line ("::: update Resolved | 2021-05-03T22:51:55.840Z").
    static bool isStatusUpdate(const QString& line);
    // The length of the update's label that opens the line, 0 when it opens with none.
    static qsizetype statusUpdateLabelLength(QStringView line);
    // Reading a status page's updates: text before the first update is the first report.
    void setStatusUpdates(bool updates) { m_statusUpdates = updates; }
    // "14:05 UTC - alert fired" and its time as read: the time as written ("14:05 UTC", without the
    // separator the parser's span takes along), and the entry's own text ("alert fired").
    static QString timeAsWritten(const QString& line, const TimeExpression& time);
    static QString textAfterTime(const QString& line, const TimeExpression& time);

private:
    static qsizetype timedStatusWordLength(QStringView line);
    static bool isPlainLines(const QVector<MarkdownBlock>& blocks);
    void readPlainLines(const QVector<MarkdownBlock>& blocks, VerbatimCollector& leftovers);
    void readLines(const MarkdownBlock& block, VerbatimCollector& leftovers);
    void readHeading(const MarkdownBlock& block, VerbatimCollector& leftovers);
    bool readTable(const MarkdownBlock& block);
    bool readDateLine(const QString& line);
    int addTimed(const TimeExpression& time, const QString& line, int lineNo);
    int addUntimed(const QString& line, int lineNo, bool labelled);
    int addStatusUpdate(const QString& line, int lineNo);
    int addDated(const QString& line, int lineNo);
    bool takeTimeFrom(const QString& words, DraftTimelineEntry& e);
    std::optional<QDate> inKnownYear(const QDate& monthDay) const;
    void appendTo(int entry, const QString& text);

    ImportState& m_state;
    std::optional<QDate> m_day;
    int m_headingEntry = -1; // the entry a "### 19:00 ..." heading opened, which its prose extends
    int m_bareEntry = -1; // the entry a line holding only a time opened, which the next bullet tells
    bool m_statusUpdates = false;
    QString m_dateHeading; // the "### 2016-10-24" heading above: its paragraphs are that day's events
};

} // namespace debrief
