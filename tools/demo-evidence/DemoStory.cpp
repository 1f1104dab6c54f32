// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoStory.h"

#include "DemoRandom.h"

namespace debrief::demo {

namespace {

constexpr quint64 kInUseStream = 101;
constexpr quint64 kWaitingStream = 102;
// Gauges are scraped every 15 s; noise keyed by that slot gives Prometheus and Grafana one value.
constexpr qint64 kSlotMs = 15000;

QByteArray twoDigits(qint64 n)
{
    return QByteArray::number(n).rightJustified(2, '0');
}

} // namespace

const qint64 DemoStory::kStart = at(18, 0);
const qint64 DemoStory::kEnd = at(22, 0);
const qint64 DemoStory::kBadDeploy = at(18, 47);
const qint64 DemoStory::kSurge = at(18, 55);
const qint64 DemoStory::kSurgeFull = at(18, 57);
const qint64 DemoStory::kSaturation = at(19, 0);
const qint64 DemoStory::kFix = at(20, 45);
const qint64 DemoStory::kLockoutsExpire = at(21, 0);
const qint64 DemoStory::kSaleEnd = at(21, 30);

QByteArray DemoStory::hostName(int host)
{
    return "auth-" + QByteArray::number(host + 1);
}

QByteArray DemoStory::instance(int host)
{
    return hostName(host) + ":9102";
}

qint64 DemoStory::restartAt(int host, qint64 deploy)
{
    return deploy + host * 15000LL;
}

int DemoStory::poolMax(int host, qint64 t)
{
    const bool badConfig = t >= restartAt(host, kBadDeploy) + kRestartMs && t < restartAt(host, kFix) + kRestartMs;
    return badConfig ? 5 : 50;
}

bool DemoStory::saturated(int host, qint64 t)
{
    // The old process keeps failing until the fixed one replaces it.
    return t >= kSaturation && t < restartAt(host, kFix);
}

int DemoStory::poolInUse(int host, qint64 t)
{
    if (saturated(host, t))
        return poolMax(host, t);
    DemoRandom random = DemoRandom::keyed(kInUseStream * 8 + quint64(host), t / kSlotMs);
    // After the fix the pool holds the surge's queries that five connections could not.
    const bool fixedUnderLoad = t >= restartAt(host, kFix) && t < kSaleEnd;
    const bool rampingUp = t >= kSurge && t < kSaturation;
    const int inUse = fixedUnderLoad ? 10 + random.below(5) : rampingUp ? 3 + random.below(2) : 2 + random.below(3);
    return qMin(inUse, poolMax(host, t));
}

int DemoStory::poolWaiting(int host, qint64 t)
{
    if (!saturated(host, t))
        return 0;
    return 30 + DemoRandom::keyed(kWaitingStream * 8 + quint64(host), t / kSlotMs).below(31);
}

double DemoStory::requestRate(qint64 t)
{
    if (t < kSurge)
        return 120.0;
    if (t < kSurgeFull)
        return 120.0 + 480.0 * double(t - kSurge) / double(kSurgeFull - kSurge);
    if (t < kSaleEnd)
        return 600.0;
    return 150.0;
}

double DemoStory::failedLoginRate(qint64 t)
{
    if (t < kSaturation)
        return 3.0; // mistyped passwords
    if (t < kFix)
        return 25.5; // pool timeouts count as failed logins, and the retries lock accounts
    // Accounts locked in the outage's last quarter hour are refused until their lock ends.
    if (t < kLockoutsExpire)
        return 11.5;
    return 3.0;
}

QByteArray DemoStory::clock(qint64 t)
{
    const qint64 seconds = (t - kDayStart) / 1000;
    return twoDigits(seconds / 3600) + ':' + twoDigits(seconds / 60 % 60) + ':' + twoDigits(seconds % 60);
}

QByteArray DemoStory::rfc3339(qint64 t)
{
    return "2024-08-10T" + clock(t) + '.' + QByteArray::number((t - kDayStart) % 1000).rightJustified(3, '0') + 'Z';
}

} // namespace debrief::demo
