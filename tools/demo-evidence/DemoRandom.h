// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace debrief::demo {

// The demo generator's only source of noise: splitmix64, integer arithmetic, fixed seeds, so the
// evidence files are the same bytes on every run, compiler and machine. std:: distributions are
// avoided on purpose: their algorithms differ between standard libraries. Not for anything that
// needs real randomness.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed);

    // A generator for one (stream, key) pair, e.g. one series at one timestamp: any writer that
    // asks for the same pair gets the same numbers, whatever it generated before.
    static DemoRandom keyed(quint64 stream, qint64 key);

    quint64 next();
    // Uniform in [0, n); n > 0.
    int below(int n);
    // Uniform in [0, 1).
    double unit();
    // `value` moved by up to +-`fraction` of itself.
    double jitter(double value, double fraction);

private:
    quint64 m_state;
};

} // namespace debrief::demo
