// SPDX-License-Identifier: GPL-3.0-or-later
#include "GrafanaOverviewWriter.h"

#include "DemoRandom.h"
#include "DemoStory.h"

namespace debrief::demo {

namespace {

constexpr quint64 kRateStream = 201;
constexpr quint64 kFailedStream = 202;

} // namespace

QByteArray GrafanaOverviewWriter::write() const
{
    QByteArray out = "\"Time\",\"Pool utilisation\",\"Request rate\",\"Failed logins\"\r\n";
    for (qint64 t = DemoStory::kStart; t <= DemoStory::kEnd; t += kStepMs)
        out += row(t) + "\r\n";
    return out;
}

QByteArray GrafanaOverviewWriter::row(qint64 t)
{
    // The panel's query averages in_use / max over the instances: the same gauges Prometheus has.
    double utilisation = 0.0;
    for (int host = 0; host < DemoStory::kHosts; ++host)
        utilisation += 100.0 * DemoStory::poolInUse(host, t) / DemoStory::poolMax(host, t);
    utilisation /= DemoStory::kHosts;
    // Noise of a few percent: small beside the story's steps, so a change-point detector sees them.
    const double requests = DemoRandom::keyed(kRateStream, t).jitter(DemoStory::requestRate(t), 0.05);
    const double failed = DemoRandom::keyed(kFailedStream, t).jitter(DemoStory::failedLoginRate(t), 0.06);
    return "2024-08-10 " + DemoStory::clock(t) + ',' + QByteArray::number(utilisation, 'f', 1) + "%,"
        + QByteArray::number(qRound(requests)) + " req/s," + QByteArray::number(failed, 'f', 1) + " /s";
}

} // namespace debrief::demo
