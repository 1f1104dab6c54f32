// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonLinesFormat.h"

#include "JsonRecordReader.h"
#include "LineLogParser.h"

#include <QCoreApplication>

namespace debrief {

namespace {

class JsonLinesParser : public LineLogParser
{
public:
    explicit JsonLinesParser(const LogParseContext& context)
        : LineLogParser(Continuations::None)
        , m_reader(context)
    { }

protected:
    std::optional<LogRecord> parseLine(QByteArrayView line) override
    {
        LogRecord record;
        if (!m_reader.read(line, record))
            return std::nullopt;
        return record;
    }

private:
    JsonRecordReader m_reader;
};

} // namespace

QString JsonLinesFormat::name() const
{
    return QStringLiteral("json-lines");
}

QString JsonLinesFormat::description() const
{
    return QCoreApplication::translate("LogFormat",
                                       "JSON lines: one JSON object per line (journald, Docker, ECS, GCP, Bunyan, "
                                       "Pino, zap, logrus, slog, zerolog)");
}

QStringList JsonLinesFormat::samples() const
{
    return {
        QStringLiteral(R"({"level":"error","ts":1723316401.1234567,"caller":"pool/pool.go:88",)"
                       R"("msg":"connection pool exhausted","service":"auth","in_use":20})"),
        QStringLiteral(R"({"name":"checkout","hostname":"web-1","pid":4711,"level":40,)"
                       R"("msg":"payment provider slow","time":"2024-08-10T19:00:02.512Z","v":0})"),
        QStringLiteral(R"({"log":"GET /healthz 200\n","stream":"stdout","time":"2024-08-10T19:00:03.000000001Z"})"),
    };
}

double JsonLinesFormat::matchLine(QByteArrayView line) const
{
    // Cheap test first: detection calls this for every format on every sampled line.
    const QByteArrayView trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.front() != '{' || trimmed.back() != '}')
        return 0.0;
    switch (JsonRecordReader::recognise(trimmed)) {
    case 2:
        return 1.0;
    case 1:
        return 0.7; // valid JSON without a key we know: still JSON lines, fields only
    default:
        return 0.0;
    }
}

std::unique_ptr<LogParser> JsonLinesFormat::createParser(const LogParseContext& context) const
{
    return std::make_unique<JsonLinesParser>(context);
}

} // namespace debrief
