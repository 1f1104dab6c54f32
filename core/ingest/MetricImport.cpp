// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricImport.h"

#include "Database.h"
#include "IncidentRepository.h"
#include "MetricRepository.h"
#include "StoreError.h"
#include "StoreFailure.h"
#include "Transaction.h"
#include "ZoneOffset.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace debrief {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MetricImport)
};

MetricImportResult failure(MetricImportResult result, const QString& message, qint64 line = 0)
{
    result.ok = false;
    result.error = message;
    result.errorLine = line;
    return result;
}

// The whole file, or none with result.error set. The size is checked before reading and again
// on the bytes read, so a file that grows while it is read cannot slip past the limit.
std::optional<QByteArray> readWhole(const QString& path, qint64 maxBytes, MetricImportResult& result)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = Tr::tr("cannot open the file: %1").arg(file.errorString());
        return std::nullopt;
    }
    const auto tooBig = [&](qint64 size) {
        result.error = Tr::tr("the file is %1 MiB; metrics files are read whole and may be at most %2 MiB")
                           .arg(size / (1024 * 1024))
                           .arg(maxBytes / (1024 * 1024));
    };
    if (file.size() > maxBytes) {
        tooBig(file.size());
        return std::nullopt;
    }
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        tooBig(bytes.size());
        return std::nullopt;
    }
    if (file.error() != QFileDevice::NoError) {
        result.error = Tr::tr("cannot read the file: %1").arg(file.errorString());
        return std::nullopt;
    }
    return bytes;
}

const MetricFormat* chooseFormat(QByteArrayView bytes, const MetricImportOptions& options,
                                 const MetricFormatRegistry& formats, MetricImportResult& result)
{
    if (!options.format.isEmpty()) {
        const MetricFormat* format = formats.find(options.format);
        if (!format)
            result.error = Tr::tr("unknown metrics format \"%1\" (known: %2)")
                               .arg(options.format, formats.names().join(QStringLiteral(", ")));
        result.confidence = 1.0;
        return format;
    }
    const MetricFormatDetection detection
        = formats.detect(bytes.first(std::min<qsizetype>(bytes.size(), MetricFormatRegistry::kHeadBytes)));
    result.error = detection.error;
    result.confidence = detection.confidence;
    result.detected = detection.format != nullptr;
    return detection.format;
}

// The scrape time and the zone of formatted times, from the options or the file and incident.
bool resolveContext(Database& db, IncidentId incident, const MetricImportOptions& options, const QString& path,
                    MetricParseContext& context, MetricImportResult& result)
{
    const std::optional<Incident> loaded = IncidentRepository(db).load(incident);
    if (!loaded) {
        result.error = Tr::tr("there is no incident %1 to import into").arg(incident.value);
        return false;
    }
    QString zone;
    const std::optional<int> offset = zoneOffset(options.timezone, loaded->date.value_or(QDate::currentDate()), zone);
    if (!offset) {
        result.error = Tr::tr("unknown time zone \"%1\" (use UTC, an offset such as +02:00, or a name such as "
                              "Europe/Berlin)")
                           .arg(options.timezone);
        return false;
    }
    context.defaultOffsetSeconds = *offset;
    context.snapshotAt = options.at ? options.at->value : QFileInfo(path).lastModified().toMSecsSinceEpoch();
    return true;
}

void addDiagnostics(MetricImportResult& result, const MetricParseResult& parsed)
{
    for (const ImportDiagnostic& d : parsed.diagnostics) {
        const QString text = d.line > 0 ? QStringLiteral("%1:%2: %3").arg(result.path).arg(d.line).arg(d.message)
                                        : QStringLiteral("%1: %2").arg(result.path, d.message);
        // Info diagnostics are what a parser assumed (a zone); the rest are warnings.
        if (d.severity == Severity::Info)
            result.assumptions << text;
        else
            result.warnings << text;
    }
}

// The points in time order, source order kept among equal times so that the upsert leaves the
// last of them; returns how many share a time with the point before them.
qint64 sortPoints(QVector<MetricPoint>& samples)
{
    std::stable_sort(samples.begin(), samples.end(),
                     [](const MetricPoint& a, const MetricPoint& b) { return a.at < b.at; });
    qint64 duplicates = 0;
    for (qsizetype i = 1; i < samples.size(); ++i) {
        if (samples[i].at == samples[i - 1].at)
            ++duplicates;
    }
    return duplicates;
}

void noteTime(MetricImportResult& result, qint64 at)
{
    if (!result.firstAt || at < result.firstAt->value)
        result.firstAt = UtcMillis {at};
    if (!result.lastAt || at > result.lastAt->value)
        result.lastAt = UtcMillis {at};
}

// Writes every series and its points; true when some point took the scrape time.
bool storeSeries(MetricRepository& repository, IncidentId incident, qint64 sourceId, const MetricParseResult& parsed,
                 const MetricParseContext& context, MetricImportResult& result)
{
    bool usedSnapshot = false;
    for (const MetricSeriesData& series : parsed.series) {
        const MetricSeriesInsert stored = repository.insertSeries(
            incident, sourceId, series.name, labelsText(canonicalLabels(series.labels)), series.unit);
        if (stored.merged)
            ++result.mergedSeries;
        QVector<MetricPoint> samples = series.points;
        for (const MetricPoint& point : samples) {
            noteTime(result, point.at);
            usedSnapshot = usedSnapshot || point.at == context.snapshotAt;
        }
        result.duplicates += sortPoints(samples);
        repository.insertPoints(stored.id, samples);
        ++result.series;
        result.points += samples.size();
    }
    return usedSnapshot;
}

} // namespace

QString MetricImportResult::message() const
{
    if (ok)
        return QString();
    return errorLine > 0 ? QStringLiteral("%1:%2: %3").arg(path).arg(errorLine).arg(error)
                         : QStringLiteral("%1: %2").arg(path, error);
}

MetricImportResult MetricImport::run(Database& db, IncidentId incident, const QString& path,
                                     const MetricImportOptions& options, const MetricFormatRegistry& formats)
{
    MetricImportResult result;
    result.path = path;
    MetricParseContext context;
    if (!resolveContext(db, incident, options, path, context, result))
        return failure(result, result.error);
    const std::optional<QByteArray> bytes = readWhole(path, options.maxBytes, result);
    if (!bytes)
        return failure(result, result.error);
    const MetricFormat* format = chooseFormat(*bytes, options, formats, result);
    if (!format)
        return failure(result, result.error);
    result.error.clear();
    result.format = format->name();

    const MetricParseResult parsed = format->parse(*bytes, context);
    addDiagnostics(result, parsed);
    if (!parsed.ok)
        return failure(result, parsed.error, parsed.errorLine);
    if (parsed.series.isEmpty())
        return failure(result, Tr::tr("the file holds no series; nothing was stored"));
    // A file whose series hold no point at all was not read, whatever the parser says: an error,
    // never a successful import of nothing.
    const bool anyPoint = std::any_of(parsed.series.cbegin(), parsed.series.cend(),
                                      [](const MetricSeriesData& s) { return !s.points.isEmpty(); });
    if (!anyPoint)
        return failure(result,
                       Tr::tr("no points could be read from the file as %1; nothing was stored").arg(result.format));
    result.gaps = parsed.gaps;

    const QString hash = QString::fromLatin1(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex());
    try {
        MetricRepository repository(db);
        Transaction transaction(db);
        if (const auto earlier = repository.findByHash(incident, hash)) {
            if (!options.force) {
                result.alreadyImported = true;
                return failure(result,
                               Tr::tr("already imported into this incident as metrics source %1 (%2); force a "
                                      "re-import to replace it")
                                   .arg(earlier->id)
                                   .arg(earlier->path));
            }
            repository.removeSource(earlier->id);
            result.replacedSourceId = earlier->id;
        }
        MetricSourceRecord source;
        source.incident = incident;
        source.path = QFileInfo(path).absoluteFilePath();
        source.format = result.format;
        source.contentHash = hash;
        source.importedAt = UtcMillis {QDateTime::currentMSecsSinceEpoch()};
        source.id = repository.insertSource(source);
        const bool usedSnapshot = storeSeries(repository, incident, source.id, parsed, context, result);
        transaction.commit();
        result.sourceId = source.id;
        if (usedSnapshot && !options.at) {
            result.assumptions << Tr::tr("samples without a timestamp were taken at the file's modification time, "
                                         "%1 (give --at for the time of the scrape)")
                                      .arg(UtcMillis {*context.snapshotAt}.toIso());
        }
        if (result.duplicates > 0) {
            result.warnings << Tr::tr("%1: %2 points share a timestamp with another point of their series; the "
                                      "last value was kept")
                                   .arg(path)
                                   .arg(result.duplicates);
        }
        result.ok = true;
        return result;
    } catch (const StoreError& e) {
        return failure(result, StoreFailure::describe(e));
    }
}

} // namespace debrief
