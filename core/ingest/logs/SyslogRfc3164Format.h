// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldsJsonWriter.h"
#include "LineLogParser.h"
#include "LogFormat.h"
#include "RecentString.h"
#include "SplitMessageJoiner.h"

namespace debrief {

// BSD syslog as files hold it (RFC 3164): "<PRI>" (optional) "Mmm dd hh:mm:ss host tag[pid]: msg".
// It also reads rsyslog's default file format on Debian, where an RFC 3339 timestamp replaces
// "Mmm dd hh:mm:ss" ("2024-08-10T19:00:01.123456+00:00 host tag[pid]: msg"): the rest of the line is
// the same, so one format with one name serves both rather than making users tell them apart.
// For syslog on the wire with structured data, see SyslogRfc5424Format.
class SyslogRfc3164Format : public LogFormat
{
public:
    QString name() const override;
    QString description() const override;
    QStringList samples() const override;
    double matchLine(QByteArrayView line) const override;
    std::unique_ptr<LogParser> createParser(const LogParseContext& context) const override;
};

// Parses RFC 3164 lines. Stateful: the timestamps have no year, so it starts at the context's year
// and rolls it forward when the month jumps back by more than six months (Dec -> Jan); smaller steps
// back are out-of-order lines, not a new year; a December line just after the roll keeps the old
// year. Times without zone are in the context's zone. Without PRI the level comes from an obvious
// level word opening the message ("error:", "WARNING"); fields hold "facility" and "pid". Where the
// message opens with the application's own finer stamp (klog inside the kubelet's journal lines) that
// is the entry's time and the prefix's goes into "syslog_time" (InnerTimestamp). Continuations:
// indented lines (macOS syslogd's TAB-indented lines) and journalctl -x's "░░ " catalog lines join
// the entry above, and so do the further lines of a message a process split over several journal
// lines (SplitMessageJoiner); journalctl's "-- Logs begin ... --" lines are no entries.
class SyslogRfc3164Parser : public LineLogParser
{
public:
    explicit SyslogRfc3164Parser(const LogParseContext& context);

protected:
    std::optional<LogRecord> parseLine(QByteArrayView line) override;
    std::optional<QByteArrayView> continuation(QByteArrayView line) override;
    bool isDirective(QByteArrayView line) override;

private:
    int yearFor(int month) const;
    void advanceTo(int year, int month);
    QByteArrayView sourceOf(QByteArrayView tag, QByteArrayView pid);
    bool useInnerTimestamp(LogRecord& record, QByteArrayView message, QByteArrayView outerTime);

    LogParseContext m_context;
    int m_year;
    int m_lastMonth = 0;
    FieldsJsonWriter m_fields;
    SplitMessageJoiner m_joiner;
    QByteArray m_source; // "tag[pid]" of the line at hand
    RecentString m_timeText;
    RecentString m_host;
    RecentString m_service;
};

} // namespace debrief
