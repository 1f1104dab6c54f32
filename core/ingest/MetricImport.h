// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"
#include "MetricFormatRegistry.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace debrief {

class Database;

struct MetricImportOptions
{
    QString format; // a format name; empty: detect from the content
    // The time of a scrape whose samples carry no timestamps (--at). Default: the file's mtime.
    std::optional<UtcMillis> at;
    // For formatted times written without a zone (Grafana's dashboard zone): as LogImportOptions.
    QString timezone;
    bool force = false; // import a file already imported into the incident again, replacing it
    // Metrics files are parsed whole in memory; past this a clear error instead of a swap storm.
    qint64 maxBytes = 256LL * 1024 * 1024;
};

// What a metrics import did. On failure nothing was stored and `error`, with `errorLine` when
// there is one, says why; message() gives the "FILE:LINE: error" form the CLI prints. The counts
// are those of the file as parsed: `points` includes the gaps, and points that share a timestamp
// with another point of their series are counted in `duplicates` (the store kept the last one).
struct MetricImportResult
{
    bool ok = false;
    bool alreadyImported = false; // refused: the same content is already in the incident
    QString path;
    QString error;
    qint64 errorLine = 0;
    qint64 sourceId = 0;
    qint64 replacedSourceId = 0; // with force: the earlier import this one replaced
    QString format;
    double confidence = 0.0; // 1.0 when the format was given
    bool detected = false;
    qint64 series = 0;
    qint64 mergedSeries = 0; // series that joined one already in the incident (or earlier in the file)
    qint64 points = 0;
    qint64 gaps = 0; // NaN and null values, stored as NULL
    qint64 duplicates = 0;
    std::optional<UtcMillis> firstAt;
    std::optional<UtcMillis> lastAt;
    QStringList assumptions; // what was assumed: the scrape time, zones of formatted times
    QStringList warnings; // each "FILE:LINE: ..."

    QString message() const;
};

// Imports one metrics file into an incident: read whole (up to maxBytes) -> format (given or
// detected) -> pure parser -> MetricRepository, in one transaction, so a failure leaves the store
// as it was. Series merge with those of the same name and labels already in the incident. The
// entry point the CLI and the GUI share. Not for logs: LogImport.
class MetricImport
{
public:
    static MetricImportResult run(Database& db, IncidentId incident, const QString& path,
                                  const MetricImportOptions& options = {},
                                  const MetricFormatRegistry& formats = MetricFormatRegistry::builtIn());
};

} // namespace debrief
