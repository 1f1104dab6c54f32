// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CloudWatchFormat.h"
#include "DatadogFormat.h"
#include "PrometheusJsonFormat.h"
#include "PrometheusTextFormat.h"

#include <QFile>
#include <QTest>
#include <memory>
#include <vector>

namespace debrief::test {

// Shared by the tests of the Prometheus and JSON API metric formats: fixtures, totals, and the
// detection check that a document scores highest for its own format among these four.
inline QByteArray metricFixture(const QString& relativePath)
{
    QFile file(QStringLiteral(DEBRIEF_TEST_DATA "/metrics/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relativePath));
    return file.readAll();
}

inline qint64 totalPoints(const MetricParseResult& result)
{
    qint64 total = 0;
    for (const MetricSeriesData& series : result.series)
        total += series.points.size();
    return total;
}

inline std::vector<std::unique_ptr<MetricFormat>> jsonApiFormats()
{
    std::vector<std::unique_ptr<MetricFormat>> formats;
    formats.push_back(std::make_unique<PrometheusJsonFormat>());
    formats.push_back(std::make_unique<PrometheusTextFormat>());
    formats.push_back(std::make_unique<CloudWatchFormat>());
    formats.push_back(std::make_unique<DatadogFormat>());
    return formats;
}

// The name of the format scoring highest on the first 64 KiB of `bytes` (empty if none scores).
inline QString bestFormat(const QByteArray& bytes)
{
    const QByteArrayView head = QByteArrayView(bytes).first(qMin<qsizetype>(bytes.size(), 64 * 1024));
    QString best;
    double bestScore = 0.0;
    for (const auto& format : jsonApiFormats()) {
        const double score = format->match(head);
        if (score > bestScore) {
            bestScore = score;
            best = format->name();
        }
    }
    return best;
}

inline QString labelValue(const MetricSeriesData& series, const QString& key)
{
    for (const auto& [k, v] : series.labels) {
        if (k == key)
            return v;
    }
    return {};
}

} // namespace debrief::test
