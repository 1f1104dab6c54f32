// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlainTextFormat.h"

#include "GenericTimestampFormat.h"
#include "LevelWord.h"
#include "LineLogParser.h"
#include "StackTraceLine.h"

#include <QCoreApplication>

namespace debrief {

namespace {

bool isIndented(QByteArrayView line)
{
    return !line.isEmpty() && (line.front() == ' ' || line.front() == '\t');
}

// The first line of a trace: what a runtime prints when it gives up, also after a log line's time.
bool announcesTrace(QByteArrayView line)
{
    return line.startsWith("panic: ") || line.startsWith("fatal error: ") || line.contains("Exception in thread ")
        || line.contains("Traceback (most recent call last):");
}

bool startsGoPanic(QByteArrayView line)
{
    return line.startsWith("panic: ") || line.startsWith("fatal error: ");
}

// "panic(0x45cb40, 0x47ad70)", "runtime.gopark(0x4739b8, ...)", "main.main()": a call in a goroutine
// dump, a function name (package path, dots, receiver) and its arguments.
bool goCallLine(QByteArrayView line)
{
    const qsizetype open = line.indexOf('(');
    if (open < 1 || !line.endsWith(')'))
        return false;
    for (const char c : line.first(open)) {
        const bool name = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
            || c == '.' || c == '/' || c == '*' || c == '-' || c == '(' || c == ')';
        if (!name)
            return false;
    }
    return true;
}

bool goDumpLine(QByteArrayView line)
{
    return line.isEmpty() || isIndented(line) || line.startsWith("goroutine ") || line.startsWith("created by ")
        || goCallLine(line);
}

// A line that continues a trace outside a Go panic: a frame or a cause, not the start of another.
bool traceBody(QByteArrayView line)
{
    return !announcesTrace(line) && (isIndented(line) || StackTraceLine::looksLike(line));
}

// Continuations: a trace's lines join the line that announced it (see PlainTextFormat); a Go
// panic's dump, blank lines included, until a line that is none of its shapes.
class PlainTextParser : public LineLogParser
{
public:
    explicit PlainTextParser(const LogParseContext& context)
        : LineLogParser(Continuations::Indented)
        , m_context(context)
    { }

protected:
    std::optional<LogRecord> parseLine(QByteArrayView line) override
    {
        m_inPanic = startsGoPanic(line);
        if (line.trimmed().isEmpty())
            return std::nullopt; // between entries: nothing
        std::optional<LogRecord> record = GenericTimestampFormat::readLine(line, m_context);
        if (!record) {
            record.emplace();
            record->message = QString::fromUtf8(line);
            record->level
                = LevelWord::findUpperCase(line.first(std::min<qsizetype>(line.size(), 80))).value_or(LogLevel::Info);
        }
        if (announcesTrace(line))
            record->level = std::max(record->level, LogLevel::Error);
        return record;
    }

    std::optional<QByteArrayView> continuation(QByteArrayView line) override
    {
        if (m_inPanic ? goDumpLine(line) : traceBody(line))
            return line;
        return std::nullopt;
    }

private:
    LogParseContext m_context;
    bool m_inPanic = false;
};

} // namespace

QString PlainTextFormat::name() const
{
    return QStringLiteral("plain-text");
}

QString PlainTextFormat::description() const
{
    return QCoreApplication::translate("LogFormat",
                                       "Plain text with stack traces: each line an entry (timed where it starts with "
                                       "a time), Java, Python and Go traces joined to the line that announced them");
}

QStringList PlainTextFormat::samples() const
{
    return {
        QStringLiteral("worker started"),
        QStringLiteral("panic: runtime error: index out of range [3] with length 3"),
        QStringLiteral("goroutine 1 [running]:"),
        QStringLiteral("main.main()"),
        QStringLiteral("\t/app/main.go:9 +0x1d"),
        QStringLiteral("exit status 2"),
    };
}

std::optional<double> PlainTextFormat::matchDocument(QByteArrayView head) const
{
    int lines = 0;
    int traced = 0;
    bool announced = false;
    for (qsizetype start = 0; start < head.size();) {
        qsizetype end = head.indexOf('\n', start);
        end = end < 0 ? head.size() : end;
        const QByteArrayView line = head.sliced(start, end - start);
        start = end + 1;
        if (line.trimmed().isEmpty())
            continue;
        ++lines;
        announced = announced || announcesTrace(line);
        traced += announcesTrace(line) || traceBody(line) || goCallLine(line) ? 1 : 0;
    }
    // A plain line joined to a trace is lost among its frames; this format is for files that are
    // mostly traces, and stays below every format that reads the lines themselves.
    return announced && lines > 0 && 2 * traced >= lines ? 0.4 : 0.0;
}

std::unique_ptr<LogParser> PlainTextFormat::createParser(const LogParseContext& context) const
{
    return std::make_unique<PlainTextParser>(context);
}

} // namespace debrief
