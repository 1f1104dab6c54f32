// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoRandom.h"

namespace debrief::demo {

namespace {

quint64 mix(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

} // namespace

DemoRandom::DemoRandom(quint64 seed)
    : m_state(seed)
{ }

DemoRandom DemoRandom::keyed(quint64 stream, qint64 key)
{
    return DemoRandom(mix(stream * 0x9E3779B97F4A7C15ULL) ^ mix(quint64(key)));
}

quint64 DemoRandom::next()
{
    m_state += 0x9E3779B97F4A7C15ULL;
    return mix(m_state);
}

int DemoRandom::below(int n)
{
    // The modulo bias is below 1e-9 for the small n used here.
    return int(next() % quint64(n));
}

double DemoRandom::unit()
{
    // 53 random bits scaled by 2^-53: exact in IEEE double, so the same on every machine.
    return double(next() >> 11) * (1.0 / 9007199254740992.0);
}

double DemoRandom::jitter(double value, double fraction)
{
    // An integer offset in millionths, then one multiplication and one division: no a * b + c that
    // a compiler could fuse into an FMA on one machine and round differently from another.
    const qint64 span = qRound64(fraction * 1e6);
    const qint64 offset = qint64(next() % quint64(2 * span + 1)) - span;
    return value * double(1000000 + offset) / 1e6;
}

} // namespace debrief::demo
