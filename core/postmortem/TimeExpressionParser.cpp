// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeExpressionParser.h"

#include "DateExpression.h"
#include "DurationExpression.h"
#include "ZoneNames.h"

#include <QRegularExpression>
#include <algorithm>

namespace debrief {

namespace {

constexpr auto kAnchored = QRegularExpression::AnchorAtOffsetMatchOption;
constexpr auto kNormal = QRegularExpression::NormalMatch;

// A wall-clock time as matched, before am/pm is applied, so that a range can lend the meridiem of
// its end to its start ("8:20 - 8:24 PM").
struct Clock
{
    int hour = 0;
    int minute = 0;
    int second = 0;
    int msec = 0;
    QChar meridiem; // 'a', 'p' or none
    qsizetype start = 0;
    qsizetype end = 0;
};

const QRegularExpression& clockPattern()
{
    // Not preceded by a digit, ':', '.' or '/' so that no part of a version, a ratio or a date is
    // read as a time; only an ISO date may lead with a slash ("2023-01-04/11:34"; written as two
    // plain lookbehinds: a nested one did not match with AnchorAtOffsetMatchOption). "4: 45" (a space
    // around the colon) occurs in hand-typed timelines. "19h00" is the French and German way of
    // writing it, "0300hrs" the military one (four digits glued to the unit, so that "24 hrs" and
    // "1000 hrs" stay durations). "11:26-am" glues the meridiem on with a hyphen.
    static const QRegularExpression re(
        QStringLiteral("(?<![\\d:.])(?:(?<=\\d{4}-\\d{2}-\\d{2}/)|(?<!/))"
                       "(?:(?<hhmmHour>\\d{2})(?<hhmmMinute>\\d{2})(?:hrs?|h)(?![A-Za-z\\d])"
                       "|(?<hour>\\d{1,2})"
                       "(?:(?<colon>\\s?:\\s?)(?<minute>\\d{2})(?::(?<second>\\d{2})(?:[.,](?<frac>\\d{1,9}))?)?"
                       "|[hH](?<hminute>\\d{2})(?![A-Za-z\\d]))?(?!\\d))"
                       "(?:(?:\\s*|-)(?<meridiem>[aApP])\\.?\\s?[mM]\\.?(?![A-Za-z])|\\s+(?<noon>noon|midnight)\\b)?"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// The first of the named groups that took part in `m`: the hour and minute each have two spellings.
QString capturedEither(const QRegularExpressionMatch& m, const QString& first, const QString& second)
{
    return m.hasCaptured(first) ? m.captured(first) : m.captured(second);
}

std::optional<Clock> toClock(const QRegularExpressionMatch& m)
{
    Clock c;
    QString minute = capturedEither(m, QStringLiteral("minute"), QStringLiteral("hminute"));
    if (minute.isEmpty())
        minute = m.captured(QStringLiteral("hhmmMinute"));
    if (m.hasCaptured(QStringLiteral("meridiem")))
        c.meridiem = m.captured(QStringLiteral("meridiem")).at(0).toLower();
    else if (m.hasCaptured(QStringLiteral("noon")))
        c.meridiem = m.captured(QStringLiteral("noon")).startsWith(u'n', Qt::CaseInsensitive) ? u'p' : u'a';
    // A bare number is no time; "3: 45" with a space is only a time when am/pm says so, lest
    // "step 3: 45 users" become one.
    if (minute.isEmpty() && c.meridiem.isNull())
        return std::nullopt;
    if (m.captured(QStringLiteral("colon")).size() > 1 && c.meridiem.isNull())
        return std::nullopt;
    c.hour = capturedEither(m, QStringLiteral("hour"), QStringLiteral("hhmmHour")).toInt();
    c.minute = minute.toInt();
    c.second = m.captured(QStringLiteral("second")).toInt();
    c.msec = m.captured(QStringLiteral("frac")).left(3).leftJustified(3, u'0').toInt();
    c.start = m.capturedStart();
    c.end = m.capturedEnd();
    return c;
}

std::optional<Clock> clockAt(QStringView text, qsizetype pos)
{
    const auto m = clockPattern().match(text, pos, kNormal, kAnchored);
    return m.hasMatch() ? toClock(m) : std::nullopt;
}

std::optional<QTime> resolve(const Clock& c, QChar meridiem)
{
    int hour = c.hour;
    if (!meridiem.isNull()) {
        if (hour > 12)
            return std::nullopt;
        hour = hour % 12 + (meridiem == u'p' ? 12 : 0);
    }
    // QTime has no 24:00, and neither has a timeline entry.
    if (hour > 23 || c.minute > 59 || c.second > 59)
        return std::nullopt;
    return QTime(hour, c.minute, c.second, c.msec);
}

// "8:20 - 8:24", "19:00 to 21:00": the second time of a range, when one follows `pos`.
std::optional<Clock> rangeEndAt(QStringView text, qsizetype pos)
{
    static const QRegularExpression dash(
        QStringLiteral("\\s*(?:-{1,2}|\u2013|\u2014|~|to\\b|until\\b|till\\b|through\\b|thru\\b)\\s*"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const auto m = dash.match(text, pos, kNormal, kAnchored);
    return m.hasMatch() ? clockAt(text, m.capturedEnd()) : std::nullopt;
}

// Reads the time or the range at `pos` into `e`; returns where it ended.
std::optional<qsizetype> readTimes(QStringView text, qsizetype pos, TimeExpression& e)
{
    const auto first = clockAt(text, pos);
    if (!first)
        return std::nullopt;
    auto start = resolve(*first, first->meridiem);
    qsizetype end = first->end;
    if (const auto second = rangeEndAt(text, end)) {
        const auto finish = resolve(*second, second->meridiem);
        if (finish && first->meridiem.isNull() && !second->meridiem.isNull()) {
            // "11:50 - 12:10 PM" must not start at 23:50: lend the meridiem only when it keeps order.
            const auto lent = resolve(*first, second->meridiem);
            if (lent && *lent <= *finish)
                start = lent;
        }
        if (finish && start) {
            e.endTime = finish;
            end = second->end;
        }
    }
    if (!start)
        return std::nullopt;
    e.time = *start;
    return end;
}

// A zone right after the time: "Z", " UTC", " (EAT)", "+02:00", " [Europe/Berlin]", "-GMT" (glued
// with a hyphen as in "11:26-am-GMT"). Letter abbreviations must be upper case (except utc and
// gmt): "19:00 eat lunch" is no zone. An offset's sign is glued to its digits, so that in "19:00 UTC
// - 21:00" and "19:00 UTC - 2 servers down" the zone is UTC.
qsizetype readZone(QStringView text, qsizetype pos, TimeExpression& e)
{
    static const QRegularExpression re(
        QStringLiteral(
            "(?:-(?=[A-Za-z])|\\s*)(?<open>[(\\[]\\s*)?"
            "(?<zone>(?:UTC|GMT|UT|(?i:utc|gmt))\\s?[+\\-\u2212]\\d{1,2}(?::?\\d{2})?(?!\\d)"
            "|[+\\-\u2212]\\d{2}(?::?\\d{2})?|[A-Z][A-Za-z_]+(?:/[A-Za-z0-9_+\\-]+)+|[A-Z]{1,5}|(?i:utc|gmt))"
            "(?![A-Za-z\\d/])(?(open)\\s*[)\\]])"),
        QRegularExpression::UseUnicodePropertiesOption);
    const auto m = re.match(text, pos, kNormal, kAnchored);
    if (!m.hasMatch() || !ZoneNames::offsetSeconds(m.captured(QStringLiteral("zone"))))
        return pos;
    e.zone = m.captured(QStringLiteral("zone"));
    return m.capturedEnd();
}

// Where the time starts when one follows a date ending at `pos` ("T", ", ", " at ", " - ", "/", " ~").
std::optional<qsizetype> timeAfterDate(QStringView text, qsizetype pos)
{
    static const QRegularExpression separator(
        QStringLiteral("(?:T|/|\\s*(?:,|-|\u2013|\u2014|\\|)?\\s*(?:at\\s+|@\\s*)?)(?:~\\s?)?"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const auto m = separator.match(text, pos, kNormal, kAnchored);
    if (!m.hasMatch() || !clockAt(text, m.capturedEnd()))
        return std::nullopt;
    return m.capturedEnd();
}

// "February 24th, 15, 9:21 PM" (real/133.md): a two-digit year after a month and day. Taken only
// when a time follows it, since "May 10, 15 people" is no date. Returns where the time starts.
std::optional<qsizetype> readShortYear(QStringView text, qsizetype pos, QDate& day)
{
    static const QRegularExpression re(QStringLiteral(",\\s*(?<yy>\\d{2})(?![\\d:])"));
    const auto m = re.match(text, pos, kNormal, kAnchored);
    const auto timeAt = m.hasMatch() ? timeAfterDate(text, m.capturedEnd()) : std::nullopt;
    const QDate withYear
        = m.hasMatch() ? QDate(2000 + m.captured(QStringLiteral("yy")).toInt(), day.month(), day.day()) : QDate();
    if (!timeAt || !withYear.isValid())
        return std::nullopt;
    day = withYear;
    return timeAt;
}

// "2024-08-10 19:00", "Aug 10, 2024, 19:00", "2024-08-10T19:00:05", "2023-01-04/11:34",
// "2018-10-08 ~18:10": where the time starts after a leading date at `pos`, or none.
std::optional<qsizetype> readLeadingDate(QStringView text, qsizetype pos, TimeExpression& e)
{
    auto date = DateExpression::matchAt(text, pos);
    if (!date)
        return std::nullopt;
    auto timeAt = timeAfterDate(text, date->end);
    if (!timeAt && !date->hasYear) {
        timeAt = readShortYear(text, date->end, date->date);
        date->hasYear = timeAt.has_value();
    }
    if (!timeAt)
        return std::nullopt;
    (date->hasYear ? e.date : e.monthDay) = date->date;
    return timeAt;
}

// "19:00 UTC on August 10, 2024", "19:00, 2024-08-10": a date with a year right after the time.
qsizetype readTrailingDate(QStringView text, qsizetype pos, TimeExpression& e)
{
    static const QRegularExpression lead(QStringLiteral("\\s*,?\\s*(?:on\\s+)?"),
                                         QRegularExpression::CaseInsensitiveOption);
    const auto m = lead.match(text, pos, kNormal, kAnchored);
    if (e.date || e.monthDay || !m.hasMatch())
        return pos;
    const auto date = DateExpression::matchAt(text, m.capturedEnd());
    if (!date || !date->hasYear)
        return pos;
    e.date = date->date;
    return date->end;
}

// "11:26-am-GMT until 12:45-pm-GMT", "19:00 UTC - 21:00 UTC": a range whose first time carries the
// zone. The end must repeat the zone, lest the time leading the entry's text ("19:00 UTC - 21:00
// deploy") be taken for the range's end.
qsizetype readRangeAfterZone(QStringView text, qsizetype pos, TimeExpression& e)
{
    if (e.endTime || e.zone.isEmpty())
        return pos;
    const auto second = rangeEndAt(text, pos);
    const auto finish = second ? resolve(*second, second->meridiem) : std::nullopt;
    if (!finish)
        return pos;
    TimeExpression endZone;
    const qsizetype end = readZone(text, second->end, endZone);
    if (endZone.zone.compare(e.zone, Qt::CaseInsensitive) != 0)
        return pos;
    e.endTime = finish;
    return end;
}

// "~18:10": a tilde right before the time marks an estimate. Returns where the mark starts, or
// `timeAt` when there is none; "~~18:10~~" (strikethrough) and "~18:10~" are emphasis, not a mark.
qsizetype approximateMarkBefore(QStringView text, qsizetype timeAt, qsizetype end)
{
    qsizetype at = timeAt;
    if (at > 0 && text[at - 1] == u' ')
        --at;
    if (at == 0 || text[at - 1] != u'~' || (at >= 2 && text[at - 2] == u'~'))
        return timeAt;
    return end < text.size() && text[end] == u'~' ? timeAt : at - 1;
}

// The expression (leading date, time or range, zone, trailing date) starting exactly at `pos`.
std::optional<TimeExpression> expressionAt(QStringView text, qsizetype pos)
{
    TimeExpression e;
    e.start = pos;
    const qsizetype timeAt = readLeadingDate(text, pos, e).value_or(pos);
    const auto timeEnd = readTimes(text, timeAt, e);
    if (!timeEnd)
        return std::nullopt;
    qsizetype end = readZone(text, *timeEnd, e);
    end = readRangeAfterZone(text, end, e);
    end = readTrailingDate(text, end, e);
    const qsizetype mark = approximateMarkBefore(text, timeAt, *timeEnd);
    e.approximate = mark != timeAt;
    // A mark before a time without a date is part of the expression ("at ~18:10").
    if (timeAt == pos)
        e.start = mark;
    e.length = end - e.start;
    return e;
}

// "Midnight (SAST):", "Noon:": a time of day in a word. Read only where it leads an entry and a
// zone, a separator, a closer or the end follows, so that "Midnight deploys are risky" stays text.
std::optional<TimeExpression> namedTimeAt(QStringView text, qsizetype pos)
{
    static const QRegularExpression word(QStringLiteral("(?:midnight|noon)(?![\\p{L}\\d])"),
                                         QRegularExpression::CaseInsensitiveOption
                                             | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression follows(QStringLiteral("\\s*(?:$|[:|,;)\\]*_`]|[-\u2013\u2014](?!\\S))"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    const auto m = word.match(text, pos, kNormal, kAnchored);
    if (!m.hasMatch())
        return std::nullopt;
    TimeExpression e;
    e.start = pos;
    e.time = text[pos].toLower() == u'n' ? QTime(12, 0) : QTime(0, 0);
    const qsizetype end = readZone(text, m.capturedEnd(), e);
    if (e.zone.isEmpty() && !follows.match(text, end, kNormal, kAnchored).hasMatch())
        return std::nullopt;
    e.length = end - pos;
    return e;
}

bool isOpener(QChar c)
{
    return c == u'*' || c == u'_' || c == u'[' || c == u'(' || c == u'`' || c == u'~';
}

QChar openerOf(QChar closer)
{
    if (closer == u')')
        return u'(';
    if (closer == u']')
        return u'[';
    return isOpener(closer) && closer != u'(' && closer != u'[' ? closer : QChar();
}

// Consumes the closing brackets and emphasis that match `openers` (spaces between them included);
// returns the end of the last one consumed. Closers without an opener belong to the entry's text.
qsizetype consumeClosers(QStringView text, qsizetype pos, QString& openers)
{
    qsizetype consumed = pos;
    for (qsizetype at = pos; at < text.size(); ++at) {
        if (text[at].isSpace())
            continue;
        const QChar opener = openerOf(text[at]);
        const qsizetype i = opener.isNull() ? -1 : openers.lastIndexOf(opener);
        if (i < 0)
            break;
        openers.remove(i, 1);
        consumed = at + 1;
    }
    return consumed;
}

// "**19:00** UTC": a zone may stand outside the emphasis; the closers after it are taken as well.
qsizetype finishWrapped(QStringView text, qsizetype end, QString& openers, TimeExpression& e)
{
    end = consumeClosers(text, end, openers);
    if (e.zone.isEmpty()) {
        const qsizetype afterZone = readZone(text, end, e);
        if (afterZone != end)
            end = consumeClosers(text, afterZone, openers);
    }
    return end;
}

// The separator between a leading time and the entry: ":", "-", "—", "|", "," or "->".
qsizetype skipSeparator(QStringView text, qsizetype pos)
{
    static const QRegularExpression re(QStringLiteral("\\s*(?:->|=>|\u2192|[:|,.;]|-{1,2}|\u2013|\u2014)?\\s*"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    const auto m = re.match(text, pos, kNormal, kAnchored);
    return m.hasMatch() ? m.capturedEnd() : pos;
}

// Brackets and emphasis right before a found expression belong to it when they close after it
// ("at [19:00 UTC]"); the innermost (rightmost) openers are the ones that close first.
void includeEnclosing(QStringView text, TimeExpression& e)
{
    QList<qsizetype> openerAt;
    for (qsizetype at = e.start; at > 0 && (isOpener(text[at - 1]) || text[at - 1].isSpace()); --at) {
        if (!text[at - 1].isSpace())
            openerAt.prepend(at - 1);
    }
    QString openers;
    for (const qsizetype at : openerAt)
        openers += text[at];
    const qsizetype end = finishWrapped(text, e.start + e.length, openers, e);
    const qsizetype closed = openerAt.size() - openers.size();
    if (closed > 0)
        e.start = openerAt.at(openerAt.size() - closed);
    e.length = end - e.start;
}

// Where an entry's stamp begins: after leading spaces, with the brackets and emphasis opened before it.
struct Lead
{
    qsizetype first = 0; // the first character that is not a space
    qsizetype pos = 0; // the first character after the openers
    QString openers;
};

Lead leadOf(QStringView text)
{
    Lead lead;
    while (lead.first < text.size() && text[lead.first].isSpace())
        ++lead.first;
    lead.pos = lead.first;
    while (lead.pos < text.size() && (text[lead.pos].isSpace() || isOpener(text[lead.pos]))) {
        if (!text[lead.pos].isSpace())
            lead.openers += text[lead.pos];
        ++lead.pos;
    }
    return lead;
}

// The end of a leading stamp: "**19:00 UTC:** Issue" has its separator inside the emphasis, "**19:00** -
// Issue" after it; both are taken.
qsizetype closeLeading(QStringView text, qsizetype end, QString& openers)
{
    end = consumeClosers(text, skipSeparator(text, end), openers);
    return skipSeparator(text, end);
}

// A real separator (not only spaces) or the end of the text at `pos`.
bool separatorOrEndAt(QStringView text, qsizetype pos)
{
    static const QRegularExpression re(QStringLiteral("\\s*(?:$|->|=>|\u2192|[:|,.;]|-{1,2}(?!\\S)|\u2013|\u2014)"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re.match(text, pos, kNormal, kAnchored).hasMatch();
}

void settleOffset(TimeExpression& e)
{
    if (!e.zone.isEmpty())
        e.offsetSeconds = ZoneNames::offsetSeconds(e.zone, e.date.value_or(QDate()));
}

} // namespace

std::optional<TimeExpression> TimeExpressionParser::parseLeading(QStringView text)
{
    Lead lead = leadOf(text);
    auto e = expressionAt(text, lead.pos);
    if (!e)
        e = namedTimeAt(text, lead.pos);
    if (!e)
        return std::nullopt;
    const qsizetype end = finishWrapped(text, e->start + e->length, lead.openers, *e);
    e->start = lead.first;
    e->length = closeLeading(text, end, lead.openers) - lead.first;
    settleOffset(*e);
    return e;
}

std::optional<DateAtStart> TimeExpressionParser::parseLeadingDate(QStringView text)
{
    Lead lead = leadOf(text);
    const auto date = DateExpression::matchAt(text, lead.pos);
    if (!date || parseLeading(text))
        return std::nullopt;
    const qsizetype closed = consumeClosers(text, date->end, lead.openers);
    if (!date->hasYear && !separatorOrEndAt(text, closed))
        return std::nullopt;
    DateAtStart d;
    d.date = date->date;
    d.hasYear = date->hasYear;
    d.start = lead.first;
    d.length = closeLeading(text, closed, lead.openers) - lead.first;
    return d;
}

std::optional<TimeExpression> TimeExpressionParser::find(QStringView text)
{
    QList<qsizetype> starts;
    for (const DateMatch& d : DateExpression::findAll(text))
        starts << d.start;
    auto it = clockPattern().globalMatch(text);
    while (it.hasNext())
        starts << it.next().capturedStart();
    std::sort(starts.begin(), starts.end());
    for (const qsizetype start : starts) {
        auto e = expressionAt(text, start);
        if (!e)
            continue;
        includeEnclosing(text, *e);
        settleOffset(*e);
        return e;
    }
    return std::nullopt;
}

std::optional<QDate> TimeExpressionParser::findDate(QStringView text)
{
    for (const DateMatch& d : DateExpression::findAll(text)) {
        if (d.hasYear)
            return d.date;
    }
    return std::nullopt;
}

std::optional<int> TimeExpressionParser::zoneOffsetSeconds(QStringView zone, const QDate& onDate)
{
    return ZoneNames::offsetSeconds(zone, onDate);
}

std::optional<int> TimeExpressionParser::parseDurationMinutes(QStringView text)
{
    return DurationExpression::findMinutes(text);
}

} // namespace debrief
