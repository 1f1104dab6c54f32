// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrometheusValue.h"

#include <cmath>
#include <limits>

namespace debrief {

namespace {

bool equalsIgnoringCase(QByteArrayView text, QByteArrayView word)
{
    return text.size() == word.size() && text.compare(word, Qt::CaseInsensitive) == 0;
}

} // namespace

std::optional<double> PrometheusValue::parse(QByteArrayView text)
{
    if (text.isEmpty())
        return std::nullopt;
    // Go accepts these case-insensitively; Qt's toDouble does not accept all of them.
    const bool negative = text.front() == '-';
    const QByteArrayView unsignedText = (text.front() == '+' || negative) ? text.sliced(1) : text;
    if (equalsIgnoringCase(unsignedText, "inf") || equalsIgnoringCase(unsignedText, "infinity"))
        return negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    if (equalsIgnoringCase(unsignedText, "nan"))
        return std::numeric_limits<double>::quiet_NaN();
    // toDouble skips surrounding blanks, which a value token never has: refuse them explicitly.
    if (QByteArrayView(" \t\r\n\f\v").contains(text.front()) || QByteArrayView(" \t\r\n\f\v").contains(text.back()))
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

std::optional<qint64> PrometheusValue::secondsToMs(double seconds)
{
    // 9.2e15 seconds is past the year 290 million: nothing real, and ms would overflow.
    if (!std::isfinite(seconds) || std::fabs(seconds) > 9.0e15)
        return std::nullopt;
    return qint64(std::llround(seconds * 1000.0));
}

} // namespace debrief
