// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnvoyAccessFormat.h"

#include "FieldsWriter.h"
#include "HttpStatus.h"
#include "LineLogParser.h"
#include "Rfc3339Time.h"
#include "SpacedFields.h"

#include <QCoreApplication>

namespace debrief {

namespace {

using Fields = SpacedFields::Fields;

constexpr const char* kQuotedNames[] = {"x_forwarded_for", "user_agent", "request_id", "authority", "upstream_host"};
// What newer Envoy and Istio write between the flags and the byte counts, and after the quoted run.
constexpr const char* kDetailNames[]
    = {"response_code_details", "connection_termination_details", "upstream_transport_failure_reason"};
constexpr const char* kTailNames[] = {"upstream_cluster",          "upstream_local_address", "downstream_local_address",
                                      "downstream_remote_address", "requested_server_name",  "route_name"};
constexpr const char* kCountNames[] = {"bytes_received", "bytes_sent", "duration", "upstream_service_time"};

// The index of the first of five quoted fields in a row after the code and the flags, or -1.
qsizetype quotedRun(const Fields& fields)
{
    for (qsizetype i = 4; i + 5 <= fields.size(); ++i) {
        bool run = true;
        for (qsizetype j = i; j < i + 5 && run; ++j)
            run = fields[j].quoted;
        if (run)
            return i;
    }
    return -1;
}

// The line's fields when it is an Envoy access-log line: a time, a quoted request, a code, the run.
bool scan(QByteArrayView line, Fields& fields, qsizetype& run, qint64& at)
{
    if (!line.startsWith('[') || !SpacedFields::split(line, fields) || fields.size() < 12 || !fields[1].quoted)
        return false;
    const auto time = Rfc3339Time::parse(fields[0].text, 0);
    const QByteArrayView code = fields[2].text;
    run = quotedRun(fields);
    // Four counts stand between the flags (and any details) and the run.
    if (!time || code.isEmpty() || code.size() > 3 || run < 8)
        return false;
    for (const char c : code) {
        if (c < '0' || c > '9')
            return false;
    }
    at = *time;
    return true;
}

QByteArrayView valueOf(const SpacedFields::Field& field)
{
    return field.text == "-" ? QByteArrayView() : field.text;
}

// Continuations: none; each request is one line.
class EnvoyParser : public LineLogParser
{
public:
    EnvoyParser()
        : LineLogParser(Continuations::None)
    { }

protected:
    std::optional<LogRecord> parseLine(QByteArrayView line) override
    {
        qsizetype run = 0;
        qint64 at = 0;
        if (!scan(line, m_parts, run, at))
            return std::nullopt;
        LogRecord record;
        record.at = at;
        record.timeText = QString::fromUtf8(m_parts[0].text);
        const QByteArrayView code = m_parts[2].text;
        const QByteArrayView flags = valueOf(m_parts[3]);
        record.message = QString::fromUtf8(m_parts[1].text) + u' ' + QString::fromUtf8(code);
        record.level = code == "0" && !flags.isEmpty() ? LogLevel::Error : levelOfHttpStatus(code);
        record.host = QString::fromUtf8(valueOf(m_parts[run]));
        record.service = QString::fromUtf8(valueOf(m_parts[run + 3]));
        m_fields.clear();
        m_fields.addString("response_flags", m_parts[3].text);
        add(kDetailNames, 4, run - 4 - 4);
        add(kCountNames, run - 4, 4);
        add(kQuotedNames, run, 5);
        add(kTailNames, run + 5, m_parts.size() - run - 5);
        record.fields = m_fields.finish();
        return record;
    }

private:
    // Up to `count` fields from `first` under `names`; fields beyond the names are numbered.
    template<size_t N> void add(const char* const (&names)[N], qsizetype first, qsizetype count)
    {
        for (qsizetype i = 0; i < count; ++i) {
            const QByteArrayView value = valueOf(m_parts[first + i]);
            if (value.isEmpty())
                continue;
            if (size_t(i) < N)
                m_fields.addString(names[i], value);
            else
                m_fields.addString(QByteArray("field_" + QByteArray::number(first + i + 1)), value);
        }
    }

    Fields m_parts;
    FieldsWriter m_fields;
};

} // namespace

QString EnvoyAccessFormat::name() const
{
    return QStringLiteral("envoy");
}

QString EnvoyAccessFormat::description() const
{
    return QCoreApplication::translate(
        "LogFormat",
        "Envoy access log, default format (also Istio's): [time] \"request\" code flags "
        "... \"x-forwarded-for\" \"user-agent\" \"request id\" \"authority\" \"upstream\"");
}

QStringList EnvoyAccessFormat::samples() const
{
    // From Envoy's documentation, and a newer Envoy's line with its details and addresses (cut after
    // the first address).
    return {
        QStringLiteral(R"([2016-04-15T20:17:00.310Z] "POST /api/v1/locations HTTP/2" 204 - 154 0 226 100 "10.0.35.28" )"
                       R"("nsq2http" "cc21d9b0-cf5c-432b-8c7e-98aeb7988cd2" "locations" "tcp://10.0.2.1:80")"),
        QStringLiteral(R"([2024-08-21T01:14:56.707Z] "HEAD / HTTP/1.1" 404 NR route_not_found - "-" 0 0 0 - )"
                       R"("10.0.0.15" "curl/7.81.0" "a01beb57-4024-4302-b96a-019c2de2c5e6" "10.2.14.4" "-" - - )"
                       R"(10.0.2.42:80)"),
    };
}

double EnvoyAccessFormat::matchLine(QByteArrayView line) const
{
    Fields fields;
    qsizetype run = 0;
    qint64 at = 0;
    return scan(line, fields, run, at) ? 1.0 : 0.0;
}

std::unique_ptr<LogParser> EnvoyAccessFormat::createParser(const LogParseContext&) const
{
    return std::make_unique<EnvoyParser>();
}

} // namespace debrief
