// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogParseWorker.h"

#include <QCoreApplication>
#include <exception>

namespace debrief {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LogImport)
};

} // namespace

LogParseWorker::LogParseWorker(const QString& path, const LogFormatRegistry& formats, QString formatName,
                               LogParseContext context, LogBatchQueue& queue, const std::atomic<bool>* cancel,
                               int batchSize)
    : m_reader(std::make_unique<LogFileReader>(path))
    , m_formats(formats)
    , m_formatName(std::move(formatName))
    , m_context(context)
    , m_queue(queue)
    , m_cancel(cancel)
    , m_batchSize(std::max(batchSize, 1))
{ }

bool LogParseWorker::cancelled() const
{
    return m_cancel && m_cancel->load(std::memory_order_relaxed);
}

void LogParseWorker::fail(const QString& message, qint64 line)
{
    if (m_outcome.error.isEmpty()) {
        m_outcome.error = message;
        m_outcome.errorLine = line;
    }
}

void LogParseWorker::run()
{
    try {
        if (!m_reader->open()) {
            fail(m_reader->error(), 0);
        } else {
            // The sample is read before any parser exists; it is then parsed like every other line.
            std::vector<Sampled> sampled;
            QList<QByteArray> sample;
            qsizetype sampleBytes = 0;
            QByteArrayView line;
            while (sample.size() < LogFormatRegistry::kSampleLines && sampleBytes < kMaxSampleBytes
                   && m_reader->next(line)) {
                sampled.push_back({line.toByteArray(), m_reader->lineNumber()});
                sampleBytes += line.size();
                if (!line.trimmed().isEmpty())
                    sample << sampled.back().line;
            }
            if (!m_reader->hasError() && chooseFormat(sample) && readWholeLinesIfNeeded(sampled))
                parseAll(sampled);
            if (m_reader->hasError())
                fail(m_reader->error(), m_reader->lineNumber());
        }
    } catch (const std::exception& e) {
        fail(Tr::tr("internal error while parsing: %1").arg(QString::fromLocal8Bit(e.what())), m_reader->lineNumber());
    }
    m_outcome.lines = m_reader->lineNumber();
    m_outcome.repairs = m_reader->repairs();
    m_outcome.contentHash = m_reader->contentHash();
    m_outcome.sizeBytes = m_reader->bytesRead();
    m_queue.finish();
}

bool LogParseWorker::chooseFormat(const QList<QByteArray>& sample)
{
    if (!m_formatName.isEmpty()) {
        m_outcome.format = m_formats.find(m_formatName);
        m_outcome.confidence = 1.0;
        if (!m_outcome.format) {
            fail(Tr::tr("unknown log format \"%1\" (known: %2)").arg(m_formatName, m_formats.names().join(u", ")), 0);
            return false;
        }
        return true;
    }
    const LogFormatDetection detection = m_formats.detect(sample);
    if (!detection.format) {
        fail(detection.error, sample.isEmpty() ? 0 : 1);
        return false;
    }
    m_outcome.format = detection.format;
    m_outcome.confidence = detection.confidence;
    m_outcome.detected = true;
    return true;
}

bool LogParseWorker::readWholeLinesIfNeeded(std::vector<Sampled>& sampled)
{
    // A JSON answer on one line, cut by the sample's reader: the whole-file format reads it again uncut.
    const qsizetype wholeFile = m_outcome.format->wholeFileBytes();
    if (wholeFile <= LogFileReader::kMaxLineBytes || m_reader->repairs().cutLines == 0)
        return true;
    m_reader = std::make_unique<LogFileReader>(m_reader->path(), wholeFile);
    sampled.clear();
    if (m_reader->open())
        return true;
    fail(m_reader->error(), 0);
    return false;
}

void LogParseWorker::parseAll(const std::vector<Sampled>& sampled)
{
    const std::unique_ptr<LogParser> parser = m_outcome.format->createParser(m_context);
    QVector<LogRecord> records;
    for (const Sampled& s : sampled) {
        parser->feed(s.line, s.number, records);
        if (!take(records))
            return;
    }
    QByteArrayView line;
    while (m_reader->next(line)) {
        parser->feed(line, m_reader->lineNumber(), records);
        if (!records.isEmpty() && !take(records))
            return;
    }
    if (m_reader->hasError())
        return; // all or nothing: what was parsed will be rolled back anyway
    parser->finish(records);
    if (take(records))
        flush();
}

bool LogParseWorker::take(QVector<LogRecord>& records)
{
    for (LogRecord& record : records) {
        EncodedLogEntry entry;
        entry.line = record.line;
        entry.level = int(record.level);
        entry.unparsed = record.unparsed;
        if (record.at) {
            if (m_previousAt && *record.at < *m_previousAt && ++m_outcome.backwards == 1)
                m_outcome.firstBackwardsLine = record.line;
            m_previousAt = record.at;
            m_outcome.firstAt = std::min(record.at, m_outcome.firstAt ? m_outcome.firstAt : record.at);
            m_outcome.lastAt = std::max(record.at, m_outcome.lastAt);
            entry.timeText = record.timeText.toUtf8();
        }
        entry.at = m_previousAt;
        entry.host = record.host.toUtf8();
        entry.service = record.service.toUtf8();
        entry.message = record.message.toUtf8();
        entry.fields = record.fields.toUtf8();
        if (record.nonEntry && ++m_outcome.nonEntries == 1)
            m_outcome.firstNonEntryLine = record.line;
        else if (!record.nonEntry && record.unparsed && ++m_outcome.unparsed == 1)
            m_outcome.firstUnparsedLine = record.line;
        ++m_outcome.entries;
        m_batch.entries.push_back(std::move(entry));
    }
    records.clear();
    if (qsizetype(m_batch.entries.size()) >= m_batchSize)
        return flush();
    return true;
}

bool LogParseWorker::flush()
{
    if (cancelled())
        return false;
    m_batch.bytesRead = m_reader->position();
    const bool accepted = m_queue.push(std::move(m_batch));
    m_batch = LogBatch {};
    m_batch.entries.reserve(size_t(m_batchSize));
    return accepted;
}

} // namespace debrief
