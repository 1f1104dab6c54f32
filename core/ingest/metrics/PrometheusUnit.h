// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace debrief {

// The unit of a Prometheus series, from OpenMetrics' `# UNIT family unit` or else from the base
// unit word the naming conventions put at the end of a name (node_cpu_seconds_total: "s";
// node_memory_MemAvailable_bytes: "bytes"). A histogram's or summary's _bucket and _count series
// and a counter's _created series are counts and times, not the family's unit: no unit. A word
// that is not a known base unit gives no unit rather than a guess. Not for units inside values.
class PrometheusUnit
{
public:
    // Records `# UNIT family unit`.
    void declare(const QString& family, const QString& unit);
    // The unit of the series `sampleName`: "s", "ms", "bytes", "%", "ratio", another base unit
    // word as written ("celsius", "volts", ...), or empty.
    QString of(const QString& sampleName) const;

private:
    QHash<QString, QString> m_declared;
};

} // namespace debrief
