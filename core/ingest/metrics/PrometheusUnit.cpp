// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrometheusUnit.h"

#include <array>
#include <utility>

namespace debrief {

namespace {

// Suffixes that make a series a count or a point in time whatever its family measures.
constexpr std::array kUnitlessSuffixes {u"_bucket", u"_count", u"_gcount", u"_created"};
// Suffixes to take off a sample name to find its family (OpenMetrics' list).
constexpr std::array kFamilySuffixes {u"_total", u"_sum",    u"_gsum",    u"_bucket",
                                      u"_count", u"_gcount", u"_created", u"_info"};

// Prometheus base units (prometheus.io "Metric and label naming") to what MetricSeriesData stores.
QString shortUnit(const QString& word)
{
    static const std::array<std::pair<const char16_t*, const char16_t*>, 13> units {{
        {u"seconds", u"s"},
        {u"milliseconds", u"ms"},
        {u"microseconds", u"us"},
        {u"nanoseconds", u"ns"},
        {u"bytes", u"bytes"},
        {u"ratio", u"ratio"},
        {u"percent", u"%"},
        {u"celsius", u"celsius"},
        {u"volts", u"volts"},
        {u"amperes", u"amperes"},
        {u"joules", u"joules"},
        {u"grams", u"grams"},
        {u"meters", u"meters"},
    }};
    for (const auto& [long_, short_] : units) {
        if (word == QStringView(long_))
            return QString::fromUtf16(short_);
    }
    return {};
}

bool endsWithAny(const QString& name, const auto& suffixes)
{
    for (const char16_t* suffix : suffixes) {
        if (name.endsWith(QStringView(suffix)))
            return true;
    }
    return false;
}

} // namespace

void PrometheusUnit::declare(const QString& family, const QString& unit)
{
    m_declared.insert(family, unit);
}

QString PrometheusUnit::of(const QString& sampleName) const
{
    if (endsWithAny(sampleName, kUnitlessSuffixes))
        return {};
    QString family = sampleName;
    for (const char16_t* suffix : kFamilySuffixes) {
        if (family.endsWith(QStringView(suffix))) {
            family.chop(QStringView(suffix).size());
            break;
        }
    }
    if (!m_declared.isEmpty()) {
        const auto declared = m_declared.constFind(m_declared.contains(sampleName) ? sampleName : family);
        if (declared != m_declared.constEnd()) {
            const QString known = shortUnit(*declared);
            return known.isEmpty() ? *declared : known;
        }
    }
    const qsizetype underscore = family.lastIndexOf(u'_');
    return underscore < 0 ? QString() : shortUnit(family.mid(underscore + 1));
}

} // namespace debrief
