// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GenericCsvFormat.h"
#include "GrafanaCsvFormat.h"
#include "InfluxAnnotatedCsvFormat.h"

#include <QDateTime>
#include <QFile>
#include <QTest>
#include <memory>
#include <vector>

// Helpers shared by the CSV family's tests: fixtures, times, and detection among the three formats.
namespace debrief::csvtest {

inline QByteArray fixture(const QString& relative)
{
    QFile file(QStringLiteral(DEBRIEF_TEST_DATA "/metrics/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relative));
    return file.readAll();
}

inline qint64 utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

// The name of the CSV-family format that scores highest on `bytes`.
inline QString detect(QByteArrayView bytes)
{
    std::vector<std::unique_ptr<MetricFormat>> formats;
    formats.push_back(std::make_unique<GrafanaCsvFormat>());
    formats.push_back(std::make_unique<GenericCsvFormat>());
    formats.push_back(std::make_unique<InfluxAnnotatedCsvFormat>());
    QString best;
    double bestScore = 0.0;
    for (const auto& format : formats) {
        const double score = format->match(bytes.first(qMin<qsizetype>(bytes.size(), 65536)));
        if (score > bestScore) {
            bestScore = score;
            best = format->name();
        }
    }
    return best;
}

inline const MetricSeriesData* findSeries(const MetricParseResult& result, const QString& name, int nth = 0)
{
    for (const MetricSeriesData& series : result.series) {
        if (series.name == name && nth-- == 0)
            return &series;
    }
    return nullptr;
}

inline qint64 pointCount(const MetricParseResult& result)
{
    qint64 n = 0;
    for (const MetricSeriesData& series : result.series)
        n += series.points.size();
    return n;
}

inline bool hasDiagnostic(const MetricParseResult& result, const QString& part, int line = -1)
{
    for (const ImportDiagnostic& d : result.diagnostics) {
        if (d.message.contains(part) && (line < 0 || d.line == line))
            return true;
    }
    return false;
}

} // namespace debrief::csvtest
