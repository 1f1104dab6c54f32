// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MetricFormat.h"

namespace debrief {

// Grafana's panel CSV export ("Inspect > Data > Download CSV", and the older panel menu's
// "Export CSV"), in both layouts: series joined by time (a "Time" column, then one column per
// series, headers quoted, one frame per block ended by a blank line) and series as rows
// ("Series","Time","Value", or "Metric" for the series-to-rows transformation). Handles the
// Excel "sep=" line, CRLF, times formatted in the dashboard's zone (read at
// MetricParseContext::defaultOffsetSeconds, with a note) or as epoch milliseconds, and
// "Formatted data" values with their unit ("45.2 ms", "1.5 kB"): the number is kept as written
// and the unit goes to MetricSeriesData::unit; a column that Grafana scaled value by value
// ("900 B", "1.5 kB") is converted to the family's base unit. Headers in Prometheus form
// (`up{job="node"}`) become name and labels. Not for Grafana's JSON exports or dashboards.
class GrafanaCsvFormat : public MetricFormat
{
public:
    QString name() const override;
    QString description() const override;
    QString sample() const override;
    double match(QByteArrayView head) const override;
    MetricParseResult parse(QByteArrayView bytes, const MetricParseContext& context) const override;

    // `go_goroutines{instance="localhost:9100", job="node"}` -> name and labels; any other
    // header -> itself as the name, no labels.
    static MetricSeriesData seriesFromHeader(const QString& header);
};

} // namespace debrief
