// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogBatchQueue.h"
#include "LogFileReader.h"
#include "LogFormatRegistry.h"

#include <atomic>
#include <memory>
#include <optional>

namespace debrief {

// What the parsing side of an import found, read by the writer once the worker has finished.
struct LogParseOutcome
{
    const LogFormat* format = nullptr;
    double confidence = 0.0;
    bool detected = false;
    QString error; // the file could not be read or its format not found; nothing must be stored
    qint64 errorLine = 0;
    qint64 lines = 0;
    qint64 entries = 0;
    qint64 unparsed = 0; // raw lines that may be entries the format did not read
    qint64 nonEntries = 0; // raw lines that are no entry (prompts, directives): not in unparsed
    qint64 firstNonEntryLine = 0;
    qint64 firstUnparsedLine = 0;
    qint64 backwards = 0; // entries earlier than the entry before them
    qint64 firstBackwardsLine = 0;
    std::optional<qint64> firstAt;
    std::optional<qint64> lastAt;
    LogReadRepairs repairs;
    QString contentHash;
    qint64 sizeBytes = 0;
};

// The parsing half of a log import, run on its own thread: reads the file, detects or looks up its
// format, parses the lines and hands batches of UTF-8 encoded entries to the writer through the
// queue. Entries without a time take the time of the entry before them (as lnav does), so that an
// unparsed line sorts where it was written; their time text stays empty. It never touches the store.
class LogParseWorker
{
public:
    LogParseWorker(const QString& path, const LogFormatRegistry& formats, QString formatName, LogParseContext context,
                   LogBatchQueue& queue, const std::atomic<bool>* cancel, int batchSize);

    // The thread body: always ends with queue.finish().
    void run();
    // Valid once run() has returned.
    const LogParseOutcome& outcome() const { return m_outcome; }

    // Lines read before detection, and their bytes at most: enough to score, bounded for memory.
    static constexpr qsizetype kMaxSampleBytes = 4 * 1024 * 1024;

private:
    struct Sampled
    {
        QByteArray line;
        qint64 number;
    };
    bool chooseFormat(const QList<QByteArray>& sample);
    // After the format is chosen: a whole-file format whose document the sample cut gets a reader
    // that does not cut it, and the sample is dropped (read again). False when that fails.
    bool readWholeLinesIfNeeded(std::vector<Sampled>& sampled);
    void parseAll(const std::vector<Sampled>& sampled);
    bool take(QVector<LogRecord>& records);
    bool flush();
    bool cancelled() const;
    void fail(const QString& message, qint64 line);

    std::unique_ptr<LogFileReader> m_reader; // replaced when a whole-file format needs its long lines
    const LogFormatRegistry& m_formats;
    QString m_formatName;
    LogParseContext m_context;
    LogBatchQueue& m_queue;
    const std::atomic<bool>* m_cancel;
    int m_batchSize;
    LogBatch m_batch;
    std::optional<qint64> m_previousAt;
    LogParseOutcome m_outcome;
};

} // namespace debrief
