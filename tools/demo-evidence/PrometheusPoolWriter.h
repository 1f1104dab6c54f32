// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace debrief::demo {

// Writes prometheus-db-pool.json: the answer of Prometheus' HTTP API to a query_range over
// {__name__=~"auth_db_pool_.*"} from 18:00 to 22:00 at a 15 s step: the pool's max, in-use and
// waiting gauges of both instances, series sorted by labels as Prometheus sorts them. One series
// per line, which is still the API's JSON but diffs better than its single line. Deterministic.
class PrometheusPoolWriter
{
public:
    static constexpr qint64 kStepMs = 15000;

    QByteArray write() const;

private:
    static QByteArray series(const char* name, int host);
    static int value(const char* name, int host, qint64 t);
};

} // namespace debrief::demo
