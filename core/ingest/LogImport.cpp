// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogImport.h"

#include "Database.h"
#include "IncidentRepository.h"
#include "LogParseWorker.h"
#include "LogRepository.h"
#include "StoreError.h"
#include "StoreFailure.h"
#include "Transaction.h"
#include "ZoneOffset.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QUuid>
#include <algorithm>
#include <chrono>
#include <climits>
#include <optional>
#include <thread>

namespace debrief {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LogImport)
};

// Batches waiting between the threads: enough to ride out a slow commit page, few enough that
// memory stays a few megabytes.
constexpr size_t kQueuedBatches = 4;

LogImportResult failure(LogImportResult result, const QString& message, qint64 line = 0)
{
    result.ok = false;
    result.error = message;
    result.errorLine = line;
    return result;
}

// The year and zone for times that lack them, from the options or the incident, and the
// sentences that say so in the result. False with result.error set when the zone is unknown.
bool resolveContext(Database& db, IncidentId incident, const LogImportOptions& options, LogParseContext& context,
                    LogImportResult& result)
{
    const std::optional<Incident> loaded = IncidentRepository(db).load(incident);
    if (!loaded) {
        result.error = Tr::tr("there is no incident %1 to import into").arg(incident.value);
        return false;
    }
    const QDate date = loaded->date.value_or(QDate::currentDate());
    context.defaultYear = options.year.value_or(date.year());
    if (!options.year) {
        result.assumptions << (loaded->date ? Tr::tr("times written without a year are taken to be in %1, the "
                                                     "incident's year")
                                                  .arg(context.defaultYear)
                                            : Tr::tr("times written without a year are taken to be in %1, the "
                                                     "current year (the incident has no date)")
                                                  .arg(context.defaultYear));
    }
    QString zone;
    const std::optional<int> offset = zoneOffset(options.timezone, date, zone);
    if (!offset) {
        result.error = Tr::tr("unknown time zone \"%1\" (use UTC, an offset such as +02:00, or a name such as "
                              "Europe/Berlin)")
                           .arg(options.timezone);
        return false;
    }
    context.defaultOffsetSeconds = *offset;
    if (options.timezone.isEmpty())
        result.assumptions << Tr::tr("times written without a zone are taken to be in UTC");
    else
        result.assumptions << Tr::tr("times written without a zone are taken to be in %1").arg(zone);
    return true;
}

void addWarnings(LogImportResult& result, const LogParseOutcome& outcome)
{
    const QString& file = result.path;
    const LogReadRepairs& repairs = outcome.repairs;
    if (repairs.repairedLines > 0) {
        result.warnings << Tr::tr("%1:%2: invalid UTF-8 or NUL bytes replaced by U+FFFD (%3 in %4 lines)")
                               .arg(file)
                               .arg(repairs.firstRepairedLines.value(0))
                               .arg(repairs.invalidSequences)
                               .arg(repairs.repairedLines);
    }
    if (repairs.cutLines > 0) {
        result.warnings << Tr::tr("%1:%2: lines longer than %3 bytes cut (%4 lines, %5 bytes dropped)")
                               .arg(file)
                               .arg(repairs.firstCutLines.value(0))
                               .arg(LogFileReader::kMaxLineBytes)
                               .arg(repairs.cutLines)
                               .arg(repairs.droppedBytes);
    }
    if (outcome.unparsed > 0) {
        result.warnings << Tr::tr("%1:%2: %3 lines are not %4 and were kept raw")
                               .arg(file)
                               .arg(outcome.firstUnparsedLine)
                               .arg(outcome.unparsed)
                               .arg(result.format);
    }
    if (outcome.nonEntries > 0) {
        result.warnings << Tr::tr("%1:%2: %3 lines are no log entries (shell prompts, directives, headers) and were "
                                  "kept raw")
                               .arg(file)
                               .arg(outcome.firstNonEntryLine)
                               .arg(outcome.nonEntries);
    }
    if (outcome.backwards > 0) {
        result.warnings << Tr::tr("%1:%2: time goes backwards (%3 entries earlier than the entry before them)")
                               .arg(file)
                               .arg(outcome.firstBackwardsLine)
                               .arg(outcome.backwards);
    }
}

void fillFromOutcome(LogImportResult& result, const LogParseOutcome& outcome)
{
    result.format = outcome.format ? outcome.format->name() : QString();
    result.confidence = outcome.confidence;
    result.detected = outcome.detected;
    result.lines = outcome.lines;
    result.entries = outcome.entries;
    result.unparsed = outcome.unparsed;
    result.nonEntries = outcome.nonEntries;
    result.repairedSequences = outcome.repairs.invalidSequences;
    result.cutLines = outcome.repairs.cutLines;
    if (outcome.firstAt)
        result.firstAt = UtcMillis {*outcome.firstAt};
    if (outcome.lastAt)
        result.lastAt = UtcMillis {*outcome.lastAt};
    addWarnings(result, outcome);
}

// Reports progress only when the percentage changes, so a GUI is not flooded with signals.
class ProgressReporter
{
public:
    ProgressReporter(const LogImportOptions& options, qint64 total)
        : m_callback(options.progress)
        , m_total(total)
    { }
    void report(qint64 bytes, qint64 entries)
    {
        const int percent = m_total > 0 ? int(std::min<qint64>(100, bytes * 100 / m_total)) : 0;
        if (m_callback && percent != m_last) {
            m_last = percent;
            m_callback(LogImportProgress {bytes, m_total, entries, percent});
        }
    }

private:
    const std::function<void(const LogImportProgress&)>& m_callback;
    qint64 m_total;
    int m_last = -1;
};

// How long one transaction of the import writes before it commits and lets another writer in (an
// edit waits at most about this long), and the pause after each commit in which that writer, whose
// busy handler asks every millisecond, gets the store.
constexpr qint64 kBatchMillis = 60;
constexpr auto kPauseForOthers = std::chrono::milliseconds(2);

// Until the import ends well the source is incomplete, which no reader shows; whatever way run()
// leaves without success, the source and its entries are removed (in steps, as they could be many).
class IncompleteSource
{
public:
    IncompleteSource(LogRepository& repository, qint64 id)
        : m_repository(repository)
        , m_id(id)
    { }
    ~IncompleteSource()
    {
        if (m_id == 0)
            return;
        try {
            m_repository.removeSource(m_id);
        } catch (const StoreError&) {
            // Left incomplete, hence invisible: the next open of the store removes it.
        }
    }
    IncompleteSource(const IncompleteSource&) = delete;
    IncompleteSource& operator=(const IncompleteSource&) = delete;
    void keep() { m_id = 0; }

private:
    LogRepository& m_repository;
    qint64 m_id;
};

// Whatever way run() leaves, the parsing thread is told to stop and is joined before the queue
// and the worker it uses go away.
struct ThreadGuard
{
    LogBatchQueue& queue;
    std::thread& thread;
    ~ThreadGuard()
    {
        queue.close();
        if (thread.joinable())
            thread.join();
    }
};

} // namespace

QString LogImportResult::message() const
{
    if (ok)
        return QString();
    return errorLine > 0 ? QStringLiteral("%1:%2: %3").arg(path).arg(errorLine).arg(error)
                         : QStringLiteral("%1: %2").arg(path, error);
}

LogImportResult LogImport::run(Database& db, IncidentId incident, const QString& path, const LogImportOptions& options,
                               const LogFormatRegistry& formats)
{
    LogImportResult result;
    result.path = path;
    LogParseContext context;
    if (!resolveContext(db, incident, options, context, result))
        return failure(result, result.error);

    LogBatchQueue queue(kQueuedBatches);
    LogParseWorker worker(path, formats, options.format, context, queue, options.cancel, options.batchSize);
    std::thread thread([&worker] { worker.run(); });
    ThreadGuard guard {queue, thread};
    const auto isCancelled = [&options] { return options.cancel && options.cancel->load(); };
    try {
        LogRepository repository(db);
        repository.beginBulk();
        LogSourceRecord source;
        source.incident = incident;
        source.path = QFileInfo(path).absoluteFilePath();
        // Unique until the real hash is known at the end (the hash index is unique per incident).
        source.contentHash = QStringLiteral("importing:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        source.importedAt = UtcMillis {QDateTime::currentMSecsSinceEpoch()};
        {
            Transaction transaction(db);
            source.id = repository.insertSource(source);
            transaction.commit();
        }
        IncompleteSource incomplete(repository, source.id);

        // The entries go in in short transactions, each committed after kBatchMillis: between two
        // of them the store is free for an edit.
        ProgressReporter progress(options, QFileInfo(path).size());
        std::optional<Transaction> open;
        QElapsedTimer writing;
        qint64 written = 0;
        const auto commit = [&] {
            repository.noteEntries(source);
            open->commit();
            open.reset();
            std::this_thread::sleep_for(kPauseForOthers);
        };
        LogBatch batch;
        while (!isCancelled() && queue.pop(batch)) {
            if (!open) {
                open.emplace(db);
                writing.start();
            }
            const qint64 lastId = repository.insertEntries(incident, source.id, batch.entries);
            if (!batch.entries.empty()) {
                if (source.firstEntryId == 0)
                    source.firstEntryId = lastId - qint64(batch.entries.size()) + 1;
                source.lastEntryId = lastId;
            }
            written += qint64(batch.entries.size());
            if (writing.elapsed() >= kBatchMillis)
                commit();
            progress.report(batch.bytesRead, written);
        }
        if (open)
            commit();
        queue.close();
        thread.join();
        repository.endBulk();
        const LogParseOutcome& outcome = worker.outcome();
        fillFromOutcome(result, outcome);
        if (isCancelled()) {
            result.cancelled = true;
            return failure(result, Tr::tr("import cancelled; nothing was stored"));
        }
        if (!outcome.error.isEmpty())
            return failure(result, outcome.error, outcome.errorLine);
        // A non-empty file of which every line stayed raw was not read as a log: storing it as a
        // "successful" import of nothing would hide that (a JSON API answer, a config file).
        if (outcome.sizeBytes > 0 && outcome.entries - outcome.unparsed - outcome.nonEntries <= 0) {
            return failure(result,
                           Tr::tr("none of the %n lines could be read as %1; nothing was stored", nullptr,
                                  int(std::min<qint64>(outcome.lines, INT_MAX)))
                               .arg(result.format));
        }
        Transaction transaction(db);
        const std::optional<LogSourceRecord> earlier = repository.findByHash(incident, outcome.contentHash, source.id);
        if (earlier) {
            if (!options.force) {
                result.alreadyImported = true;
                return failure(result,
                               Tr::tr("already imported into this incident as log source %1 (%2); force a "
                                      "re-import to replace it")
                                   .arg(earlier->id)
                                   .arg(earlier->path));
            }
            // Hidden in the same transaction that shows the new import, removed after it.
            repository.hideSource(earlier->id);
            result.replacedSourceId = earlier->id;
        }
        source.format = result.format;
        source.contentHash = outcome.contentHash;
        source.sizeBytes = outcome.sizeBytes;
        source.entries = outcome.entries;
        source.unparsed = outcome.unparsed;
        source.firstAt = result.firstAt;
        source.lastAt = result.lastAt;
        repository.finishSource(source);
        transaction.commit();
        incomplete.keep();
        if (earlier) {
            try {
                repository.removeSource(earlier->id);
            } catch (const StoreError&) {
                // The import stands; the replaced source stays hidden, and as it names this
                // process, the first open of the store after it ends removes it.
            }
        }
        result.sourceId = source.id;
        result.ok = true;
        return result;
    } catch (const StoreError& e) {
        // The worker's outcome is its own until its thread has ended: join before reading it.
        queue.close();
        if (thread.joinable())
            thread.join();
        return failure(result, StoreFailure::describe(e), worker.outcome().lines);
    }
}

} // namespace debrief
