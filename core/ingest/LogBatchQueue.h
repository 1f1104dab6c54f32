// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogEntry.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <vector>

namespace debrief {

// A batch of parsed entries on its way from the parsing thread to the writing thread, with how far
// the reader had got when it was cut.
struct LogBatch
{
    std::vector<EncodedLogEntry> entries;
    qint64 bytesRead = 0;
};

// The bounded hand-over between the import's parsing thread and the thread that writes SQLite:
// the parser blocks when `capacity` batches wait, so memory stays bounded when the disk is slower
// than the parser; either side can end it (finish: no more batches; close: the writer stopped).
class LogBatchQueue
{
public:
    explicit LogBatchQueue(size_t capacity)
        : m_capacity(capacity)
    { }

    // False when the writer has closed the queue: the parser should stop.
    bool push(LogBatch&& batch)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_closed || m_batches.size() < m_capacity; });
        if (m_closed)
            return false;
        m_batches.push_back(std::move(batch));
        m_notEmpty.notify_one();
        return true;
    }

    // False once the parser has finished and every batch has been taken, or the queue is closed.
    bool pop(LogBatch& batch)
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return m_closed || m_finished || !m_batches.empty(); });
        if (m_closed || m_batches.empty())
            return false;
        batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_notFull.notify_one();
        return true;
    }

    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_notEmpty.notify_all();
    }

    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_batches.clear();
        m_notFull.notify_all();
        m_notEmpty.notify_all();
    }

    bool isClosed()
    {
        std::lock_guard lock(m_mutex);
        return m_closed;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<LogBatch> m_batches;
    size_t m_capacity;
    bool m_finished = false;
    bool m_closed = false;
};

} // namespace debrief
