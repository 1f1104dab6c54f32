// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogFormat.h"

namespace debrief {

// The access logs AWS load balancers write to S3: the Application Load Balancer's (`type time elb
// client:port target:port request_processing_time target_processing_time response_processing_time
// elb_status_code target_status_code received_bytes sent_bytes "request" "user_agent" ssl_cipher
// ssl_protocol target_group_arn "trace_id" "domain_name" "chosen_cert_arn" matched_rule_priority
// request_creation_time "actions_executed" "redirect_url" "error_reason" ...`) and the Classic Load
// Balancer's (the same from `time` to `ssl_protocol`, without the type). Fields as the AWS
// documentation names them, fields added later numbered. The message is the request and the load
// balancer's status, the host the client's address, the service the load balancer; the level follows
// the status (5xx error, 4xx warning). Not for Network Load Balancer TLS logs.
class AwsLoadBalancerFormat : public LogFormat
{
public:
    QString name() const override;
    QString description() const override;
    QStringList samples() const override;
    double matchLine(QByteArrayView line) const override;
    std::unique_ptr<LogParser> createParser(const LogParseContext& context) const override;
};

} // namespace debrief
