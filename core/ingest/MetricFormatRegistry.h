// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MetricFormat.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QVector>
#include <memory>
#include <vector>

namespace debrief {

// The outcome of detecting the format of a metrics file from its start.
struct MetricFormatDetection
{
    const MetricFormat* format = nullptr; // none: `error` says why
    double confidence = 0.0; // the format's match() over the head, 0..1
    QString error;
};

// Every metrics format Debrief reads, in one list: lookup by name for --format, the list for
// `debrief-cli formats`, and detection from the first kHeadBytes of a file. Detection takes the
// best match(); exact ties go to the format listed first, so the specific JSON APIs come before
// the CSV family and the generic CSV last. Adding a format is one line in builtIn(). It owns its
// formats; the built-in registry lives as long as the program. Not the import itself: MetricImport.
class MetricFormatRegistry
{
public:
    static constexpr qint64 kHeadBytes = 64 * 1024;
    // Below this no format is claimed: parsing with a wrong guess gives nonsense or a confusing
    // error about a format the user never asked for. As low as the log registry's because the
    // generic CSV, the fallback, is at most 0.5 sure (0.4 when its time column is found by content).
    static constexpr double kMinConfidence = 0.3;

    MetricFormatRegistry() = default;
    MetricFormatRegistry(MetricFormatRegistry&&) = default;
    MetricFormatRegistry& operator=(MetricFormatRegistry&&) = default;

    // Every format this build knows.
    static const MetricFormatRegistry& builtIn();

    void add(std::unique_ptr<MetricFormat> format);
    QVector<const MetricFormat*> formats() const;
    const MetricFormat* find(const QString& name) const;
    QStringList names() const;

    // Detects the format from the start of a file (only the first kHeadBytes are looked at).
    MetricFormatDetection detect(QByteArrayView head) const;

private:
    std::vector<std::unique_ptr<MetricFormat>> m_formats;
};

} // namespace debrief
