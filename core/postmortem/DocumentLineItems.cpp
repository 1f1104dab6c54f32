// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentLineItems.h"

#include "TimeExpressionParser.h"
#include "TimelineKindClassifier.h"
#include "TimelineReader.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace debrief {

namespace {

// "[ ] ", "[x] ", "[X] " after the list mark.
std::optional<bool> takeCheckbox(QString& text)
{
    static const QRegularExpression box(QStringLiteral("^\\[([ xX])\\]\\s+"));
    const QRegularExpressionMatch m = box.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    text = text.mid(m.capturedLength());
    return m.captured(1) != u" ";
}

std::optional<UtcMillis> toUtc(const TimeExpression& t, const Incident& incident)
{
    const std::optional<QDate> day = t.date ? t.date : incident.date;
    if (!day)
        return std::nullopt;
    std::optional<int> offset = t.offsetSeconds;
    if (!offset)
        offset = TimeExpressionParser::zoneOffsetSeconds(incident.timezone, *day);
    const QDateTime local(*day, t.time, QTimeZone::utc());
    return UtcMillis::fromDateTime(local.addSecs(-offset.value_or(0)));
}

} // namespace

QString DocumentLineItems::withoutMarks(const QString& line)
{
    static const QRegularExpression marks(QStringLiteral("^\\s*(?:>\\s*)*(?:[-*+•]|\\d{1,3}[.)])?\\s*"));
    return line.mid(marks.match(line).capturedLength()).trimmed();
}

TimelineEvent DocumentLineItems::timelineEntry(const QString& line, int lineNo, const Incident& incident)
{
    TimelineEvent e;
    e.sourceLine = lineNo;
    e.text = withoutMarks(line);
    if (const std::optional<TimeExpression> t = TimeExpressionParser::parseLeading(e.text)) {
        e.timeText = TimelineReader::timeAsWritten(e.text, *t);
        e.at = toUtc(*t, incident);
        e.text = TimelineReader::textAfterTime(e.text, *t);
    }
    e.kind = TimelineKindClassifier::classify(e.label, e.text);
    return e;
}

ActionItem DocumentLineItems::actionItem(const QString& line, int lineNo)
{
    ActionItem a;
    a.sourceLine = lineNo;
    a.title = withoutMarks(line);
    if (const std::optional<bool> done = takeCheckbox(a.title))
        a.status = *done ? ActionStatus::Done : ActionStatus::Open;
    return a;
}

int DocumentLineItems::positionFor(const QVector<int>& sourceLines, int line)
{
    int position = 0;
    for (int i = 0; i < sourceLines.size(); ++i) {
        if (sourceLines[i] > 0 && sourceLines[i] < line)
            position = i + 1;
    }
    return position;
}

RootCause DocumentLineItems::rootCause(const QString& line, int lineNo, const QString& section)
{
    RootCause c;
    c.sourceLine = lineNo;
    c.text = withoutMarks(line);
    c.section = section;
    return c;
}

} // namespace debrief
