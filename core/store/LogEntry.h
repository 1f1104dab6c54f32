// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <optional>

namespace debrief {

// One stored log entry as the store gives it back (search results, windows of the log view).
// `level` is the value of LogLevel (core/ingest/logs): 0 trace .. 6 critical; the store sits below
// the log formats and keeps it as the number it stores.
struct LogEntry
{
    qint64 id = 0;
    qint64 sourceId = 0;
    qint64 line = 0; // 1-based line of the entry in its file
    std::optional<qint64> at; // UTC ms; none for lines before the first timed entry
    QString timeText; // the timestamp as written; empty when the time was inherited
    int level = 2;
    QString host;
    QString service;
    QString message;
    QString fields; // structured fields as compact JSON, empty when none
    bool unparsed = false;

    bool operator==(const LogEntry&) const = default;
};

// One log entry on its way into the store, its text already UTF-8: the import converts on its
// parsing thread, so that the thread holding the SQLite connection only binds bytes.
struct EncodedLogEntry
{
    qint64 line = 0;
    std::optional<qint64> at;
    int level = 2;
    bool unparsed = false;
    QByteArray timeText;
    QByteArray host;
    QByteArray service;
    QByteArray message;
    QByteArray fields; // empty: stored as NULL
};

// One imported log file: the log_sources row.
struct LogSourceRecord
{
    qint64 id = 0;
    IncidentId incident;
    QString path;
    QString format;
    qint64 sizeBytes = 0;
    QString contentHash;
    qint64 entries = 0;
    qint64 unparsed = 0;
    std::optional<UtcMillis> firstAt;
    std::optional<UtcMillis> lastAt;
    UtcMillis importedAt;
    // Its entries lie within the ids firstEntryId..lastEntryId (0, 0 when it has none), among
    // entries another import wrote between its batches.
    qint64 firstEntryId = 0;
    qint64 lastEntryId = 0;

    bool operator==(const LogSourceRecord&) const = default;
};

} // namespace debrief
