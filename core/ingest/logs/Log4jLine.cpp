// SPDX-License-Identifier: GPL-3.0-or-later
#include "Log4jLine.h"

#include "LevelWord.h"
#include "LooseTimestamp.h"
#include "Rfc3339Time.h"

namespace debrief {

namespace {

// Header tokens before the message; a longer header is not one of these layouts.
constexpr int kMaxHeaderTokens = 8;

bool isUpperWord(QByteArrayView word)
{
    bool letter = false;
    for (const char c : word) {
        if (c >= 'A' && c <= 'Z')
            letter = true;
        else if (c < '0' || c > '9')
            return false;
    }
    return letter;
}

bool isNumber(QByteArrayView word)
{
    for (const char c : word) {
        if (c < '0' || c > '9')
            return false;
    }
    return !word.isEmpty();
}

bool isSeparator(QByteArrayView token)
{
    return token == "-" || token == ":" || token == "|" || token == "---";
}

bool isPostgresDetail(QByteArrayView word)
{
    return word == "DETAIL" || word == "HINT" || word == "STATEMENT" || word == "CONTEXT" || word == "QUERY"
        || word == "LOCATION";
}

class HeaderReader
{
public:
    HeaderReader(QByteArrayView text, Log4jLine& line)
        : m_text(text)
        , m_line(line)
    { }

    // False when the header has no level word: then the line is not of this format.
    bool read()
    {
        bool haveLevel = false;
        for (int token = 0; token < kMaxHeaderTokens; ++token) {
            skipSpaces();
            if (m_pos >= m_text.size())
                return haveLevel; // a level and an empty message
            if (m_text[m_pos] == '[') {
                if (!bracket())
                    return false;
                continue;
            }
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && m_text[m_pos] != ' ')
                ++m_pos;
            const QByteArrayView word = m_text.sliced(start, m_pos - start);
            const bool colon = word.size() > 1 && word.back() == ':';
            const QByteArrayView bare = colon ? word.chopped(1) : word;
            if (isSeparator(word)) {
                if (haveLevel && word != "---")
                    return startMessage(m_pos);
                continue;
            }
            if (!haveLevel && isUpperWord(bare)) {
                if (isPostgresDetail(bare)) {
                    m_line.detail = true;
                    return true;
                }
                if (const auto level = LevelWord::parse(bare)) {
                    m_line.level = *level;
                    haveLevel = true;
                    if (colon)
                        return startMessage(m_pos);
                    continue;
                }
            }
            // Spring Boot: "INFO 12345 --- [main] ..."; a number elsewhere is the message's.
            if (haveLevel && m_line.pid.isEmpty() && isNumber(word) && nextToken() == "---") {
                m_line.pid = word;
                continue;
            }
            if (haveLevel && colon) {
                m_line.logger = bare;
                return startMessage(m_pos);
            }
            if (nextIsSeparator() || !haveLevel) {
                m_line.logger = word;
                continue;
            }
            return startMessage(start);
        }
        return false;
    }

private:
    void skipSpaces()
    {
        while (m_pos < m_text.size() && m_text[m_pos] == ' ')
            ++m_pos;
    }

    bool bracket()
    {
        const qsizetype close = m_text.indexOf(']', m_pos);
        if (close < 0)
            return false;
        if (!m_line.thread.isEmpty())
            m_line.context = m_line.thread;
        m_line.thread = m_text.sliced(m_pos + 1, close - m_pos - 1).trimmed();
        m_pos = close + 1;
        return true;
    }

    QByteArrayView nextToken() const
    {
        qsizetype pos = m_pos;
        while (pos < m_text.size() && m_text[pos] == ' ')
            ++pos;
        const qsizetype end = m_text.indexOf(' ', pos);
        return m_text.sliced(pos, (end < 0 ? m_text.size() : end) - pos);
    }

    bool nextIsSeparator() const
    {
        const QByteArrayView next = nextToken();
        return isSeparator(next) && next != "---";
    }

    bool startMessage(qsizetype pos)
    {
        while (pos < m_text.size() && m_text[pos] == ' ')
            ++pos;
        m_line.message = m_text.sliced(pos);
        return true;
    }

    QByteArrayView m_text;
    Log4jLine& m_line;
    qsizetype m_pos = 0;
};

// "17/06/09 20:10:40": Hadoop's and Spark's log4j.properties use %d{yy/MM/dd HH:mm:ss}.
std::optional<Rfc3339Time::Parsed> shortYearTime(QByteArrayView text, int defaultOffsetSeconds)
{
    if (text.size() < 18 || text[2] != '/' || text[5] != '/' || text[8] != ' ')
        return std::nullopt;
    LogParseContext context;
    context.defaultOffsetSeconds = defaultOffsetSeconds;
    const auto loose = LooseTimestamp::parsePrefix(text, context);
    if (!loose || loose->length < 17)
        return std::nullopt;
    return Rfc3339Time::Parsed {loose->utcMs, loose->length, false};
}

} // namespace

std::optional<Log4jLine> Log4jLine::read(QByteArrayView line, int defaultOffsetSeconds)
{
    // Kafka and many Python apps put the time in brackets: "[2024-08-10 19:00:01,123] INFO ...".
    const bool bracketed = !line.isEmpty() && line.front() == '[';
    const QByteArrayView text = bracketed ? line.sliced(1) : line;
    auto time = Rfc3339Time::parsePrefix(text, defaultOffsetSeconds);
    if (!time)
        time = shortYearTime(text, defaultOffsetSeconds);
    if (!time)
        return std::nullopt;
    Log4jLine result;
    result.at = time->utcMs;
    result.timeText = text.first(time->length);
    qsizetype pos = time->length;
    if (bracketed) {
        if (pos >= text.size() || text[pos] != ']')
            return std::nullopt;
        ++pos;
    }
    if (pos < text.size() && text[pos] != ' ')
        return std::nullopt;
    HeaderReader reader(text.sliced(pos), result);
    if (!reader.read())
        return std::nullopt;
    return result;
}

bool Log4jLine::looksLikeContinuation(QByteArrayView line)
{
    return line.startsWith("\tat ") || line.startsWith("    at ") || line.startsWith("\t... ")
        || line.startsWith("Caused by: ") || line.startsWith("Traceback (most recent call last):")
        || line.startsWith("  File \"");
}

} // namespace debrief
