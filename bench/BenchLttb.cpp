// SPDX-License-Identifier: GPL-3.0-or-later
// Times LTTB downsampling of a deterministic series (default 10M points to 2,000) against the
// reference of one plain loop over the same points computing min, max and sum, the least any
// downsampler must pay to look at every point. Prints the medians of 5 runs and their ratio, then
// the same series with 100 gaps (the gap-aware path). Usage:
//   BenchLttb [--points N] [--target N]
#include "Lttb.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace debrief;

namespace {

constexpr qint64 kStart = 1723316400000; // 2024-08-10T19:00:00Z
constexpr int kRuns = 5;

// A wave with noise from a fixed linear congruential generator and a spike every 100k points:
// the same figures on every run and machine, and real work for the triangle comparisons.
std::vector<MetricPoint> generate(qsizetype count)
{
    std::vector<MetricPoint> points(static_cast<std::size_t>(count));
    quint64 state = 42;
    for (qsizetype i = 0; i < count; ++i) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        const double noise = double(state >> 11) / double(1ULL << 53) - 0.5;
        double value = 100.0 + 20.0 * std::sin(double(i) / 10000.0) + 5.0 * noise;
        if (i % 100000 == 99999)
            value *= 4.0;
        points[std::size_t(i)] = {kStart + i * 100, value};
    }
    return points;
}

template<typename F> double medianMs(F&& work)
{
    std::vector<double> times;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[kRuns / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const QString& name, qsizetype fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args[i + 1].toLongLong() : fallback;
    };
    const qsizetype count = option(QStringLiteral("--points"), 10'000'000);
    const int target = int(option(QStringLiteral("--target"), 2000));

    std::vector<MetricPoint> points = generate(count);

    // The results feed the printout, so that the compiler cannot drop either loop.
    double minimum = 0, maximum = 0, sum = 0;
    const double loopMs = medianMs([&] {
        double lo = points.front().value, hi = lo, total = 0.0;
        for (const MetricPoint& p : points) {
            lo = std::min(lo, p.value);
            hi = std::max(hi, p.value);
            total += p.value;
        }
        minimum = lo, maximum = hi, sum = total;
    });
    qsizetype kept = 0;
    const double lttbMs = medianMs([&] { kept = Lttb::downsample(points, target).size(); });

    for (qsizetype g = 1; g <= 100; ++g) {
        const std::size_t at = std::size_t(count * g / 101);
        for (std::size_t i = at; i < std::min(points.size(), at + 50); ++i)
            points[i].value = std::nan("");
    }
    qsizetype keptWithGaps = 0;
    const double gapsMs = medianMs([&] { keptWithGaps = Lttb::downsample(points, target).size(); });

    std::printf("points %lld -> %d, median of %d runs\n", static_cast<long long>(count), target, kRuns);
    std::printf("plain loop (min/max/sum)  %8.2f ms   (min %.1f max %.1f mean %.2f)\n", loopMs, minimum, maximum,
                sum / double(count));
    std::printf("lttb                      %8.2f ms   (%lld points)\n", lttbMs, static_cast<long long>(kept));
    std::printf("lttb, 100 gaps            %8.2f ms   (%lld points)\n", gapsMs, static_cast<long long>(keptWithGaps));
    std::printf("ratio lttb / plain loop   %8.2f\n", lttbMs / loopMs);
    std::printf("ratio lttb with gaps / plain loop %.2f\n", gapsMs / loopMs);
    std::printf("target: lttb of 10M points to 2,000 under 20 ms\n");
    return 0;
}
