// SPDX-License-Identifier: GPL-3.0-or-later
#include "AwsLoadBalancerFormat.h"

#include "FieldsWriter.h"
#include "HttpStatus.h"
#include "LineLogParser.h"
#include "Rfc3339Time.h"
#include "SpacedFields.h"

#include <QCoreApplication>

namespace debrief {

namespace {

using Fields = SpacedFields::Fields;

// The Application Load Balancer's fields after its type; the Classic Load Balancer writes the first 15
// (its "backend" is the ALB's "target").
constexpr const char* kNames[] = {"time",
                                  "elb",
                                  "client",
                                  "target",
                                  "request_processing_time",
                                  "target_processing_time",
                                  "response_processing_time",
                                  "elb_status_code",
                                  "target_status_code",
                                  "received_bytes",
                                  "sent_bytes",
                                  "request",
                                  "user_agent",
                                  "ssl_cipher",
                                  "ssl_protocol",
                                  "target_group_arn",
                                  "trace_id",
                                  "domain_name",
                                  "chosen_cert_arn",
                                  "matched_rule_priority",
                                  "request_creation_time",
                                  "actions_executed",
                                  "redirect_url",
                                  "error_reason",
                                  "target_port_list",
                                  "target_status_code_list",
                                  "classification",
                                  "classification_reason",
                                  "conn_trace_id"};
constexpr qsizetype kClassicFields = 15;
constexpr qsizetype kRequest = 11;
constexpr qsizetype kStatus = 7;

bool isListenerType(QByteArrayView word)
{
    return word == "http" || word == "https" || word == "h2" || word == "grpcs" || word == "ws" || word == "wss";
}

// The line's fields from "time" on (an ALB line's type dropped), when it is a load balancer's line.
bool scan(QByteArrayView line, Fields& fields, QByteArrayView& type, qint64& at)
{
    if (!SpacedFields::split(line, fields) || fields.size() < kClassicFields)
        return false;
    type = isListenerType(fields[0].text) ? fields[0].text : QByteArrayView();
    if (!type.isEmpty())
        fields.erase(fields.begin());
    const auto time = Rfc3339Time::parse(fields[0].text, 0);
    if (!time || !fields[0].text.endsWith('Z') || fields.size() < kClassicFields || !fields[kRequest].quoted
        || !fields[kRequest + 1].quoted || !fields[2].text.contains(':'))
        return false;
    at = *time;
    return true;
}

// Continuations: none; each request is one line.
class AwsLoadBalancerParser : public LineLogParser
{
public:
    AwsLoadBalancerParser()
        : LineLogParser(Continuations::None)
    { }

protected:
    std::optional<LogRecord> parseLine(QByteArrayView line) override
    {
        QByteArrayView type;
        qint64 at = 0;
        if (!scan(line, m_parts, type, at))
            return std::nullopt;
        LogRecord record;
        record.at = at;
        record.timeText = QString::fromUtf8(m_parts[0].text);
        const QByteArrayView status = m_parts[kStatus].text;
        record.message = QString::fromUtf8(m_parts[kRequest].text) + u' ' + QString::fromUtf8(status);
        record.level = levelOfHttpStatus(status);
        const QByteArrayView client = m_parts[2].text;
        record.host = QString::fromUtf8(client.first(client.lastIndexOf(':')));
        record.service = QString::fromUtf8(m_parts[1].text);
        m_fields.clear();
        if (!type.isEmpty())
            m_fields.addString("type", type);
        for (qsizetype i = 2; i < m_parts.size(); ++i) {
            const QByteArrayView value = m_parts[i].text;
            if (i == kRequest || value == "-" || value.isEmpty())
                continue;
            if (i < qsizetype(std::size(kNames)))
                m_fields.addString(kNames[i], value);
            else
                m_fields.addString(QByteArray("field_" + QByteArray::number(i + 1)), value);
        }
        record.fields = m_fields.finish();
        return record;
    }

private:
    Fields m_parts;
    FieldsWriter m_fields;
};

} // namespace

QString AwsLoadBalancerFormat::name() const
{
    return QStringLiteral("aws-elb");
}

QString AwsLoadBalancerFormat::description() const
{
    return QCoreApplication::translate("LogFormat",
                                       "AWS Application and Classic Load Balancer access logs (type, time, load "
                                       "balancer, client, target, times, status codes, \"request\", ...)");
}

QStringList AwsLoadBalancerFormat::samples() const
{
    // The AWS documentation's examples (Application Load Balancer, HTTP; Classic Load Balancer, HTTP).
    return {
        QStringLiteral(R"(http 2018-07-02T22:23:00.186641Z app/my-loadbalancer/50dc6c495c0c9188 192.168.131.39:2817 )"
                       R"(10.0.0.1:80 0.000 0.001 0.000 200 200 34 366 "GET http://www.example.com:80/ HTTP/1.1" )"
                       R"("curl/7.46.0" - - arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/)"
                       R"(my-targets/73e2d6bc24d8a067 "Root=1-58337262-36d228ad5d99923122bbe354" "-" "-" 0 )"
                       R"(2018-07-02T22:22:48.364000Z "forward" "-" "-")"),
        QStringLiteral(R"(2015-05-13T23:39:43.945958Z my-loadbalancer 192.168.131.39:2817 10.0.0.1:80 0.000073 )"
                       R"(0.001048 0.000057 200 200 0 29 "GET http://www.example.com:80/ HTTP/1.1" "curl/7.38.0" - -)"),
    };
}

double AwsLoadBalancerFormat::matchLine(QByteArrayView line) const
{
    Fields fields;
    QByteArrayView type;
    qint64 at = 0;
    return scan(line, fields, type, at) ? 1.0 : 0.0;
}

std::unique_ptr<LogParser> AwsLoadBalancerFormat::createParser(const LogParseContext&) const
{
    return std::make_unique<AwsLoadBalancerParser>();
}

} // namespace debrief
