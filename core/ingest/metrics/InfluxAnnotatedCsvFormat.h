// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MetricFormat.h"

namespace debrief {

// InfluxDB 2.x annotated CSV, as the /api/v2/query endpoint and `influx query --raw` write it:
// blocks separated by blank lines, each with optional #group, #datatype and #default annotation
// rows, a header whose first column is empty, then rows of one or more tables. Every distinct
// (measurement, field, tag set) becomes a series named "<_measurement>_<_field>" (the Prometheus
// style Telegraf uses, so cpu/usage_user reads as cpu_usage_user) with the tags as labels; result,
// table, _start and _stop are not tags. Values follow #datatype (double, long, unsignedLong,
// boolean as 0/1); #default fills empty cells. A pivoted result without _value takes each numeric
// column as a field. Not for InfluxDB 1.x CSV or line protocol, and not for Flux results without
// a _time column.
class InfluxAnnotatedCsvFormat : public MetricFormat
{
public:
    QString name() const override;
    QString description() const override;
    QString sample() const override;
    double match(QByteArrayView head) const override;
    MetricParseResult parse(QByteArrayView bytes, const MetricParseContext& context) const override;
};

} // namespace debrief
