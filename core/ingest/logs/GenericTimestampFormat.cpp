// SPDX-License-Identifier: GPL-3.0-or-later
#include "GenericTimestampFormat.h"

#include "LevelWord.h"
#include "LineLogParser.h"
#include "LooseTimestamp.h"

#include <QCoreApplication>

namespace debrief {

namespace {

struct GenericLine
{
    qint64 at = 0;
    QByteArrayView timeText;
    std::optional<LogLevel> level;
    QByteArrayView message;
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
    while (end < text.size() && text[end] != ' ')
        ++end;
    QByteArrayView word = text.first(end);
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
    if (!strong && !isUpper(word))
        return std::nullopt;
    const auto level = LevelWord::parse(word);
    if (level)
        length = end;
    return level;
}

std::optional<GenericLine> readGeneric(QByteArrayView line, const LogParseContext& context)
{
    const bool bracketed = !line.isEmpty() && line.front() == '[';
    const QByteArrayView text = bracketed ? line.sliced(1) : line;
    const auto time = LooseTimestamp::parsePrefix(text, context);
    if (!time)
        return std::nullopt;
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

class GenericParser : public LineLogParser
{
public:
    explicit GenericParser(const LogParseContext& context)
        : LineLogParser(Continuations::Indented)
        , m_context(context)
    { }

protected:
    std::optional<LogRecord> parseLine(QByteArrayView line) override
    {
        const auto parsed = readGeneric(line, m_context);
        if (!parsed)
            return std::nullopt;
        LogRecord record;
        record.at = parsed->at;
        record.timeText = QString::fromUtf8(parsed->timeText);
        record.level = parsed->level.value_or(LogLevel::Info);
        record.message = QString::fromUtf8(parsed->message);
        return record;
    }

private:
    LogParseContext m_context;
};

} // namespace

QString GenericTimestampFormat::name() const
{
    return QStringLiteral("generic");
}

QString GenericTimestampFormat::description() const
{
    return QCoreApplication::translate("LogFormat",
                                       "Any text log whose lines start with a timestamp (ISO 8601, "
                                       "YYYY/MM/DD, Mon DD, [DD/Mon/YYYY:...], epoch), then text");
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
        return 0.0;
    return parsed->level ? 0.5 : 0.4;
}

std::unique_ptr<LogParser> GenericTimestampFormat::createParser(const LogParseContext& context) const
{
    return std::make_unique<GenericParser>(context);
}

} // namespace debrief
