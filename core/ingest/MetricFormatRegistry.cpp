// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricFormatRegistry.h"

#include "CloudWatchFormat.h"
#include "DatadogFormat.h"
#include "GenericCsvFormat.h"
#include "GrafanaCsvFormat.h"
#include "InfluxAnnotatedCsvFormat.h"
#include "PrometheusJsonFormat.h"
#include "PrometheusTextFormat.h"

#include <QCoreApplication>
#include <algorithm>

namespace debrief {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MetricFormatRegistry)
};

} // namespace

const MetricFormatRegistry& MetricFormatRegistry::builtIn()
{
    static const MetricFormatRegistry registry = [] {
        MetricFormatRegistry formats;
        // One line per format, specific formats first (the order breaks exact ties).
        formats.add(std::make_unique<PrometheusJsonFormat>());
        formats.add(std::make_unique<CloudWatchFormat>());
        formats.add(std::make_unique<DatadogFormat>());
        formats.add(std::make_unique<PrometheusTextFormat>());
        formats.add(std::make_unique<InfluxAnnotatedCsvFormat>());
        formats.add(std::make_unique<GrafanaCsvFormat>());
        formats.add(std::make_unique<GenericCsvFormat>());
        return formats;
    }();
    return registry;
}

void MetricFormatRegistry::add(std::unique_ptr<MetricFormat> format)
{
    m_formats.push_back(std::move(format));
}

QVector<const MetricFormat*> MetricFormatRegistry::formats() const
{
    QVector<const MetricFormat*> result;
    for (const auto& format : m_formats)
        result << format.get();
    return result;
}

const MetricFormat* MetricFormatRegistry::find(const QString& name) const
{
    for (const auto& format : m_formats) {
        if (format->name().compare(name, Qt::CaseInsensitive) == 0)
            return format.get();
    }
    return nullptr;
}

QStringList MetricFormatRegistry::names() const
{
    QStringList result;
    for (const auto& format : m_formats)
        result << format->name();
    return result;
}

MetricFormatDetection MetricFormatRegistry::detect(QByteArrayView head) const
{
    MetricFormatDetection detection;
    head = head.first(std::min<qsizetype>(head.size(), kHeadBytes));
    if (head.trimmed().isEmpty()) {
        detection.error = Tr::tr("unknown metrics format: the file is empty");
        return detection;
    }
    const MetricFormat* closest = nullptr;
    double best = 0.0;
    for (const auto& format : m_formats) {
        const double score = std::clamp(format->match(head), 0.0, 1.0);
        // Strictly greater: an exact tie stays with the format listed first.
        if (!closest || score > best) {
            best = score;
            closest = format.get();
        }
    }
    if (!closest || best < kMinConfidence) {
        detection.error = closest ? Tr::tr("unknown metrics format (closest: %1 at %2%); give one with --format: %3")
                                        .arg(closest->name())
                                        .arg(qRound(best * 100))
                                        .arg(names().join(QStringLiteral(", ")))
                                  : Tr::tr("unknown metrics format: no metrics formats are registered");
        return detection;
    }
    detection.format = closest;
    detection.confidence = best;
    return detection;
}

} // namespace debrief
