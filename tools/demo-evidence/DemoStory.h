// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace debrief::demo {

// The demo incident as numbers: when each thing happened on 2024-08-10 (UTC) and what the auth
// service's gauges and rates read at any moment. Every writer asks this one class, so the logs,
// the Prometheus answer and the Grafana export tell the same story. Times are milliseconds since
// the epoch. Levels change as steps at the story's times; the noise on them is keyed by time, so
// two files that sample the same moment see the same value. Not a simulation: nothing here queues
// or retries, the numbers are written to look like the real thing.
class DemoStory
{
public:
    static constexpr int kHosts = 2;

    static constexpr qint64 at(int hour, int minute, int second = 0)
    {
        return kDayStart + ((hour * 60LL + minute) * 60 + second) * 1000;
    }

    static constexpr qint64 kDayStart = 1723248000000; // 2024-08-10T00:00:00Z
    static const qint64 kStart; // 18:00, first sample
    static const qint64 kEnd; // 22:00, last sample
    static const qint64 kBadDeploy; // v2.14.0: pool max 50 -> 5 (the root cause)
    static const qint64 kSurge; // flash sale: 120 -> 600 req/s within two minutes
    static const qint64 kSurgeFull;
    static const qint64 kSaturation; // both pools full, logins fail
    static const qint64 kFix; // v2.14.1: pool max back to 50
    static const qint64 kLockoutsExpire; // accounts locked during the outage log in again
    static const qint64 kSaleEnd; // traffic back to ~150 req/s

    static QByteArray hostName(int host); // "auth-1"
    static QByteArray instance(int host); // "auth-1:9102"
    // A rolling deploy restarts auth-1 at `deploy` and auth-2 15 s later.
    static qint64 restartAt(int host, qint64 deploy);
    // The new process reads its pool settings this long after the restart began.
    static constexpr qint64 kRestartMs = 5000;

    static int poolMax(int host, qint64 t);
    static bool saturated(int host, qint64 t);
    static int poolInUse(int host, qint64 t);
    static int poolWaiting(int host, qint64 t);
    // Requests per second at the gateway, without noise.
    static double requestRate(qint64 t);
    // Failed logins per second (both hosts), without noise.
    static double failedLoginRate(qint64 t);

    // "19:00:07" (all times of the story fall on 2024-08-10).
    static QByteArray clock(qint64 t);
    // "2024-08-10T19:00:07.123Z"
    static QByteArray rfc3339(qint64 t);
};

} // namespace debrief::demo
