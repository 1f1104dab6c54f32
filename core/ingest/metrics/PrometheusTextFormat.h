// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MetricFormat.h"

namespace debrief {

// A scrape saved from a /metrics endpoint: the Prometheus text exposition format 0.0.4 or
// OpenMetrics 1.0 (told apart by its `# EOF` line). Every sample line is a point of the series
// named by its name and labels, so a histogram gives one series per _bucket (with its `le`), one
// for _sum and one for _count, and a summary one per quantile. Sample timestamps are milliseconds
// in 0.0.4 and seconds in OpenMetrics; a scrape without them takes MetricParseContext::snapshotAt
// (--at), and without that the parse fails. Several scrapes concatenated (or /federate output
// with timestamps) add points to the same series. Units follow PrometheusUnit. A sample line that
// cannot be read is skipped with a warning naming its line. Not for the protobuf exposition,
// remote-write, nor for the HTTP API's JSON (PrometheusJsonFormat).
class PrometheusTextFormat : public MetricFormat
{
public:
    QString name() const override;
    QString description() const override;
    QString sample() const override;
    double match(QByteArrayView head) const override;
    MetricParseResult parse(QByteArrayView bytes, const MetricParseContext& context) const override;
};

} // namespace debrief
