// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"
#include "MetricSeriesData.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace debrief {

// What a metrics parser needs that the file may not say.
struct MetricParseContext
{
    std::optional<qint64> snapshotAt; // the time of a scrape without sample timestamps (--at, else the file's mtime)
    int defaultOffsetSeconds = 0;     // the zone of formatted times without one (Grafana's dashboard zone)
};

// The outcome of parsing one metrics file. When `ok` is false nothing of the file may be stored;
// `error` says why and `errorLine` where (1-based; 0 when the error concerns the whole file).
struct MetricParseResult
{
    bool ok = false;
    QString error;
    int errorLine = 0;
    QVector<MetricSeriesData> series;
    QVector<ImportDiagnostic> diagnostics; // warnings: skipped values, assumed zones, ...
    qint64 gaps = 0;                       // NaN and null values kept as gaps
};

// A metrics export format: a stable name (--format, stored with the source), a description, a
// small sample document that must be detected as this format and parse with ok == true (a test
// checks every format), a detection score over the start of a file, and the parser. Metrics files
// are parsed whole (they are megabytes, not gigabytes). Pure: no I/O, no logging.
class MetricFormat
{
public:
    virtual ~MetricFormat() = default;
    virtual QString name() const = 0;        // "prometheus-json", "prometheus-text", "grafana-csv", ...
    virtual QString description() const = 0;
    virtual QString sample() const = 0;       // a complete small document
    // 0.0 .. 1.0 that `head` (the first 64 KiB of the file) is this format.
    virtual double match(QByteArrayView head) const = 0;
    virtual MetricParseResult parse(QByteArrayView bytes, const MetricParseContext& context) const = 0;
};

} // namespace debrief
