// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MetricFormat.h"

namespace debrief {

// Answers of Datadog's timeseries query API v1 (`GET /api/v1/query`, what the "Export" of a
// notebook or dashboard graph and dog's `metric query` return): {"status", "series":
// [{"metric", "pointlist": [[ms, value|null], ...], "tag_set", "scope", "unit", "expression"}]}.
// Each series is named by its metric, labelled by its tags ("key:value"; a tag without ':' is a
// key with an empty value; the scope when there are no tags); null values are gaps. When two
// series of one answer share name and tags (two aggregations of one metric), the expression is
// added as a label `expression` to tell them apart. The unit is the short name of `unit[0]`, per
// `unit[1]` when given ("B/s"). Not for the v2 timeseries API (columnar "series"/"values"), nor
// for Datadog's CSV downloads.
class DatadogFormat : public MetricFormat
{
public:
    QString name() const override;
    QString description() const override;
    QString sample() const override;
    double match(QByteArrayView head) const override;
    MetricParseResult parse(QByteArrayView bytes, const MetricParseContext& context) const override;
};

} // namespace debrief
