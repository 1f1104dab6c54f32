// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace debrief::demo {

// Writes grafana-auth-overview.csv: the "Auth overview" panel exported from Grafana's inspector
// as formatted data, series joined by time, one row a minute from 18:00 to 22:00 in the
// dashboard's zone (UTC, which the export does not state), units inside the values ("62.5%",
// "612 req/s", "24.8 /s") and CRLF line ends as Grafana writes them. Deterministic.
class GrafanaOverviewWriter
{
public:
    static constexpr qint64 kStepMs = 60000;

    QByteArray write() const;

private:
    static QByteArray row(qint64 t);
};

} // namespace debrief::demo
