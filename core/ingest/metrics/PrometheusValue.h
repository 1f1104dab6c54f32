// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QtGlobal>
#include <optional>

namespace debrief {

// Numbers as Prometheus writes them, shared by the HTTP API JSON and the text exposition parsers:
// sample values ("1.5e-05", "NaN", "+Inf", "-Inf", as Go's strconv.ParseFloat reads them) and
// float seconds turned into UTC milliseconds. Not a general number parser: no locale, no units,
// no thousands separators.
class PrometheusValue
{
public:
    // A sample value; NaN stays NaN (the caller counts it as a gap), infinities stay infinite.
    static std::optional<double> parse(QByteArrayView text);
    // Epoch seconds with a fraction to milliseconds, rounded to the nearest (1795486101.316 is
    // 1795486101315.99998 as a double: truncating would lose a millisecond). Rejects values
    // outside what qint64 milliseconds hold and non-finite values.
    static std::optional<qint64> secondsToMs(double seconds);
};

} // namespace debrief
