// SPDX-License-Identifier: GPL-3.0-or-later
#include "GenericTimestampFormat.h"

#include "LevelWord.h"
#include "LineLogParser.h"
#include "LooseTimestamp.h"
#include "StackTraceLine.h"

#include <QCoreApplication>

namespace debrief {

namespace {

struct GenericLine
{
    qint64 at = 0;
    QByteArrayView timeText;
    std::optional<LogLevel> level;
    QByteArrayView message;
    bool timeInside = false; // the time was found after other text, not at the start
};

bool isUpper(QByteArrayView word)
{
    for (const char c : word) {
        if (c < 'A' || c > 'Z')
            return false;
    }
    return true;
}

qsizetype skipSeparators(QByteArrayView text, qsizetype pos)
{
    // ',' too: Windows CBS and CSV exports of log platforms put one between the time and the rest.
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '|' || text[pos] == ','))
        ++pos;
    if (pos + 1 < text.size() && (text[pos] == '-' || text[pos] == ':') && text[pos + 1] == ' ')
        pos += 2; // "time - message", "time: message"
    while (pos < text.size() && text[pos] == ' ')
        ++pos;
    return pos;
}

// A level word at the start of `text`: "[error]", "<warn>", "(info)", "ERROR", "ERROR:",
// "error:". A capitalised word without a colon ("Error connecting ...") is the message's.
std::optional<LogLevel> levelAt(QByteArrayView text, qsizetype& length)
{
    qsizetype end = 0;
    while (end < text.size() && text[end] != ' ' && text[end] != '\t')
        ++end;
    QByteArrayView word = text.first(end);
    // A column of its own ("2025-04-24T22:09:20.854Z\terror\tcaller\tmsg", zap's console encoder).
    const bool column = end < text.size() && text[end] == '\t';
    const char open = word.isEmpty() ? '\0' : word.front();
    const char close = open == '[' ? ']' : open == '<' ? '>' : open == '(' ? ')' : '\0';
    bool strong = false;
    if (close && word.size() > 2 && (word.back() == close || (word.back() == ':' && word.chopped(1).back() == close))) {
        word = word.sliced(1, word.size() - (word.back() == ':' ? 3 : 2));
        strong = true;
    } else if (word.size() > 1 && word.back() == ':') {
        word.chop(1);
        strong = true;
    }
    if (!strong && !column && !isUpper(word))
        return std::nullopt;
    const auto level = LevelWord::parse(word);
    if (level)
        length = end;
    return level;
}

// A line with its time after other text: the whole line is the message (what comes before the
// time is the writer's own prefix: thread, pid, role), the level a level word before the time.
std::optional<GenericLine> readTimeInside(QByteArrayView line, const LogParseContext& context)
{
    const auto found = LooseTimestamp::find(line, context);
    if (!found || found->offset == 0)
        return std::nullopt;
    GenericLine result;
    result.at = found->utcMs;
    result.timeText = line.sliced(found->offset, found->length);
    result.level = LevelWord::findUpperCase(line.first(found->offset));
    result.message = line;
    result.timeInside = true;
    return result;
}

std::optional<GenericLine> readGeneric(QByteArrayView line, const LogParseContext& context)
{
    const bool bracketed = !line.isEmpty() && line.front() == '[';
    const QByteArrayView text = bracketed ? line.sliced(1) : line;
    const auto time = LooseTimestamp::parsePrefix(text, context);
    if (!time)
        return readTimeInside(line, context);
    GenericLine result;
    result.at = time->utcMs;
    result.timeText = text.first(time->length);
    qsizetype pos = time->length;
    if (bracketed && pos < text.size() && text[pos] == ']')
        ++pos;
    if (pos < text.size() && text[pos] != ' ' && text[pos] != '\t' && text[pos] != '|' && text[pos] != ':'
        && text[pos] != ',')
        return std::nullopt; // "2024-08-10T19:00:01Zfoo": not a timestamp followed by text
    if (pos < text.size() && text[pos] == ':')
        ++pos;
    pos = skipSeparators(text, pos);
    qsizetype levelLength = 0;
    result.level = levelAt(text.sliced(pos), levelLength);
    if (result.level)
        pos = skipSeparators(text, pos + levelLength);
    result.message = text.sliced(pos);
    return result;
}

// Continuations: an unknown system's multi-line message (a stack trace, a traceback, a query)
// follows the timed line that starts it, indented or not, so every line without a time continues
// the entry before it; lines before the first timed entry stay raw (Continuations::Unparsable).
class GenericParser : public LineLogParser
{
public:
    explicit GenericParser(const LogParseContext& context)
        : LineLogParser(Continuations::Unparsable)
        , m_context(context)
    { }

protected:
    std::optional<LogRecord> parseLine(QByteArrayView line) override
    {
        return GenericTimestampFormat::readLine(line, m_context);
    }

private:
    LogParseContext m_context;
};

} // namespace

std::optional<LogRecord> GenericTimestampFormat::readLine(QByteArrayView line, const LogParseContext& context)
{
    const auto parsed = readGeneric(line, context);
    if (!parsed)
        return std::nullopt;
    LogRecord record;
    record.at = parsed->at;
    record.timeText = QString::fromUtf8(parsed->timeText);
    record.level = parsed->level.value_or(LogLevel::Info);
    record.message = QString::fromUtf8(parsed->message);
    return record;
}

QString GenericTimestampFormat::name() const
{
    return QStringLiteral("generic");
}

QString GenericTimestampFormat::description() const
{
    return QCoreApplication::translate("LogFormat",
                                       "Any text log with a timestamp in the first 64 bytes of its lines (ISO 8601, "
                                       "YYYY/MM/DD, YY/MM/DD, YYMMDD, DD.MM.YYYY, Mon DD, DD Mon YYYY, "
                                       "[DD/Mon/YYYY:...], epoch); lines without one continue the entry");
}

QStringList GenericTimestampFormat::samples() const
{
    return {
        QStringLiteral("2024-08-10 19:00:01 backup finished: 1243 files, 3.2 GB"),
        QStringLiteral("2024/08/10 19:00:02 [warn] disk usage 91% on /var"),
        QStringLiteral("Aug 10 19:00:03 watchdog tick 4711"),
        QStringLiteral("1723316404 ERROR: replication lag 35s"),
    };
}

double GenericTimestampFormat::matchLine(QByteArrayView line) const
{
    const auto parsed = readGeneric(line, LogParseContext {});
    if (!parsed)
        // Joined to the entry before it; as likely as a timed line, or a trace-heavy log (PHP's
        // frames outnumber its entries ten to one) would never reach detection's threshold.
        return StackTraceLine::looksLike(line) ? 0.4 : 0.0;
    if (parsed->timeInside)
        return 0.35;
    return parsed->level ? 0.5 : 0.4;
}

std::unique_ptr<LogParser> GenericTimestampFormat::createParser(const LogParseContext& context) const
{
    return std::make_unique<GenericParser>(context);
}

} // namespace debrief
