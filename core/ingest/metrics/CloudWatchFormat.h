// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MetricFormat.h"

namespace debrief {

// Amazon CloudWatch as the AWS CLI prints it (JSON output): `aws cloudwatch get-metric-data`
// ({"MetricDataResults": [{"Id", "Label", "Timestamps", "Values", "StatusCode"}], "Messages"}) and
// `aws cloudwatch get-metric-statistics` ({"Label", "Datapoints": [{"Timestamp", "Average", ...,
// "Unit"}]}). get-metric-data gives one series per result, named by its Label (its Id when the
// Label is empty) with the Id as label `id`; its points stay in the answer's order, newest first,
// as the store sorts them. get-metric-statistics gives one series per statistic present (label
// `statistic`), with the unit of the datapoints. Times are ISO 8601 (no zone: UTC) or epoch
// seconds (the CLI's `cli_timestamp_format = wire`). Not for the raw SDK responses of other
// languages, nor for CloudWatch Logs Insights results.
class CloudWatchFormat : public MetricFormat
{
public:
    QString name() const override;
    QString description() const override;
    QString sample() const override;
    double match(QByteArrayView head) const override;
    MetricParseResult parse(QByteArrayView bytes, const MetricParseContext& context) const override;
};

} // namespace debrief
