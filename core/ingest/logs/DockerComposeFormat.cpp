// SPDX-License-Identifier: GPL-3.0-or-later
#include "DockerComposeFormat.h"

#include "AnsiEscapes.h"
#include "GenericTimestampFormat.h"
#include "JsonLinesFormat.h"
#include "KlogFormat.h"
#include "Log4jFormat.h"
#include "LogfmtFormat.h"

#include <QCoreApplication>
#include <map>

namespace debrief {

namespace {

bool isServiceChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
        || c == '.';
}

// Past the escape sequences at `pos` (compose colours the prefix): "ESC [ ... final".
qsizetype skipEscapes(QByteArrayView line, qsizetype pos)
{
    while (pos + 1 < line.size() && line[pos] == '\x1b' && line[pos + 1] == '[') {
        pos += 2;
        while (pos < line.size() && !(line[pos] >= '@' && line[pos] <= '~'))
            ++pos;
        ++pos;
    }
    return std::min(pos, line.size());
}

// The inner format for a service, from its first line: the best score, the more specific on ties.
const LogFormat* choose(const std::vector<std::unique_ptr<LogFormat>>& formats, QByteArrayView text)
{
    const LogFormat* best = nullptr;
    double bestScore = 0.0;
    for (const auto& format : formats) {
        const double score = format->matchLine(text);
        if (score > bestScore + 0.05 || (best && score >= bestScore - 0.05 && format->specificity() > best->specificity()
                                         && score > 0.0)) {
            best = format.get();
            bestScore = std::max(score, bestScore);
        }
    }
    return best ? best : formats.back().get(); // the generic fallback comes last
}

// One parser per service; records of the inner parsers get the service and their line numbers
// back. Continuations: the inner format's rule, within the service's own lines.
class DockerComposeParser : public LogParser
{
public:
    DockerComposeParser(const std::vector<std::unique_ptr<LogFormat>>& formats, const LogParseContext& context)
        : m_formats(formats)
        , m_context(context)
    { }

    void feed(QByteArrayView written, qint64 lineNumber, QVector<LogRecord>& out) override
    {
        const auto prefixed = DockerComposeFormat::split(written);
        if (!prefixed) {
            if (written.trimmed().isEmpty())
                return;
            LogRecord raw;
            raw.line = lineNumber;
            raw.message = QString::fromUtf8(written);
            raw.unparsed = true;
            out.append(std::move(raw));
            return;
        }
        Service& service = serviceFor(prefixed->service, prefixed->text);
        const qsizetype before = out.size();
        // The container's line as written: its parser strips escapes and keeps it as "raw".
        service.parser->feed(prefixed->text, lineNumber, out);
        finishRecords(out, before, service.name);
    }

    void finish(QVector<LogRecord>& out) override
    {
        for (auto& [key, service] : m_services) {
            const qsizetype before = out.size();
            service.parser->finish(out);
            finishRecords(out, before, service.name);
        }
    }

private:
    struct Service
    {
        QString name;
        std::unique_ptr<LogParser> parser;
    };

    Service& serviceFor(QByteArrayView name, QByteArrayView firstText)
    {
        const QByteArray key = name.toByteArray();
        auto it = m_services.find(key);
        if (it == m_services.end()) {
            Service service {QString::fromUtf8(name), choose(m_formats, firstText)->createParser(m_context)};
            it = m_services.emplace(key, std::move(service)).first;
        }
        return it->second;
    }

    // The compose prefix was read, so a line its service's format could not read is an untimed entry
    // of that service rather than a raw line.
    void finishRecords(QVector<LogRecord>& out, qsizetype from, const QString& service)
    {
        for (qsizetype i = from; i < out.size(); ++i) {
            LogRecord& record = out[i];
            if (record.nonEntry)
                continue;
            if (record.unparsed && AnsiEscapes::contains(record.message.toUtf8())) {
                const QByteArray written = record.message.toUtf8();
                AnsiEscapes::strip(written, m_stripped);
                record.message = QString::fromUtf8(m_stripped);
                record.fields = AnsiEscapes::withRawField(record.fields, written);
            }
            record.unparsed = false;
            // A logger the container named stays visible as the host column is free for it.
            if (!record.service.isEmpty() && record.service != service && record.host.isEmpty())
                record.host = record.service;
            record.service = service;
        }
    }

    const std::vector<std::unique_ptr<LogFormat>>& m_formats;
    LogParseContext m_context;
    std::map<QByteArray, Service> m_services;
    QByteArray m_stripped;
};

} // namespace

DockerComposeFormat::DockerComposeFormat()
{
    m_inner.push_back(std::make_unique<JsonLinesFormat>());
    m_inner.push_back(std::make_unique<KlogFormat>());
    m_inner.push_back(std::make_unique<LogfmtFormat>());
    m_inner.push_back(std::make_unique<Log4jFormat>());
    m_inner.push_back(std::make_unique<GenericTimestampFormat>());
}

DockerComposeFormat::~DockerComposeFormat() = default;

QString DockerComposeFormat::name() const
{
    return QStringLiteral("docker-compose");
}

QString DockerComposeFormat::description() const
{
    return QCoreApplication::translate("LogFormat",
                                       "docker compose logs: \"service  | line\", each service's lines read by the "
                                       "format they fit (JSON, klog, logfmt, log4j, generic); colours stripped");
}

QStringList DockerComposeFormat::samples() const
{
    // From the real corpus (05 Caddy, 06 Redis).
    return {
        QStringLiteral(R"(caddy  | {"level":"info","ts":1761019822.3152757,"msg":"maxprocs: Leaving GOMAXPROCS=12"})"),
        QStringLiteral("redis-1  | 1:M 25 Apr 2024 05:32:35.019 * monotonic clock: POSIX clock_gettime"),
    };
}

std::optional<DockerComposeFormat::Prefixed> DockerComposeFormat::split(QByteArrayView line)
{
    qsizetype pos = skipEscapes(line, 0);
    const qsizetype nameStart = pos;
    while (pos < line.size() && isServiceChar(line[pos]))
        ++pos;
    const qsizetype nameEnd = pos;
    pos = skipEscapes(line, pos);
    const qsizetype padStart = pos;
    while (pos < line.size() && line[pos] == ' ')
        ++pos;
    pos = skipEscapes(line, pos);
    // At least one space of padding, then "|" and a space (or the end: an empty line of the container).
    if (nameEnd == nameStart || pos == padStart || pos >= line.size() || line[pos] != '|')
        return std::nullopt;
    ++pos;
    if (pos < line.size() && line[pos] != ' ')
        return std::nullopt;
    return Prefixed {line.sliced(nameStart, nameEnd - nameStart), line.sliced(std::min(pos + 1, line.size()))};
}

double DockerComposeFormat::matchLine(QByteArrayView line) const
{
    const auto prefixed = split(line);
    if (!prefixed)
        return 0.0;
    // The prefix alone is good evidence; a container line some format reads is better.
    QByteArray text;
    AnsiEscapes::strip(prefixed->text, text);
    double inner = 0.0;
    for (const auto& format : m_inner)
        inner = std::max(inner, format->matchLine(text));
    return 0.7 + 0.3 * inner;
}

std::unique_ptr<LogParser> DockerComposeFormat::createParser(const LogParseContext& context) const
{
    return std::make_unique<DockerComposeParser>(m_inner, context);
}

} // namespace debrief
