// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MetricFormat.h"

namespace debrief {

// Answers of the Prometheus HTTP API saved to a file: /api/v1/query_range (a matrix) and
// /api/v1/query (a vector or a scalar), as curl, promtool or Grafana's "query inspector" save
// them. Each result is a series named by its __name__ label; the other labels are kept sorted.
// Values are strings: "NaN" becomes a gap, "+Inf"/"-Inf" stay infinite. Results without a
// __name__ (rate(), sums, histogram_quantile(), scalars) are named "value": the expression is not
// in the answer, so the labels and the source file tell them apart. Native histogram samples are
// skipped with a warning. Not for string results, for the metadata endpoints (/series, /labels),
// nor for the remote-read protobuf.
class PrometheusJsonFormat : public MetricFormat
{
public:
    QString name() const override;
    QString description() const override;
    QString sample() const override;
    double match(QByteArrayView head) const override;
    MetricParseResult parse(QByteArrayView bytes, const MetricParseContext& context) const override;
};

} // namespace debrief
