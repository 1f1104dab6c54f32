// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportSummary.h"

#include <QDate>
#include <QObject>
#include <atomic>

namespace debrief {

class Database;

// Imports files on a worker thread, through the same core entry point as `debrief-cli import`
// (FileImport, which detects the kind of each file): a postmortem as a new incident, logs and
// metrics into the given incident (or the postmortem's new one), each file one transaction on the
// worker's own connection to the store. Reports progress per file and within a log file, and stops at the next batch
// when cancelled (a cancelled file stores nothing; files already imported stay).
class ImportWorker : public QObject
{
    Q_OBJECT

public:
    explicit ImportWorker(QObject* parent = nullptr);

    // Thread-safe: asks the running (or the requested, not yet started) import to stop.
    void cancel() { m_cancel = true; }
    // Before a new request: a cancel that arrives before the worker starts still counts.
    void arm() { m_cancel = false; }

public Q_SLOTS:
    // With `replaceDocument` a postmortem replaces the document of `intoIncident` (asked of the user
    // before), else it becomes a new incident. A valid `day` is the day of a postmortem's timeline
    // when its document states none.
    void run(const QString& storePath, const QStringList& files, qint64 intoIncident, bool replaceDocument,
             const QDate& day);

Q_SIGNALS:
    // file counts from 0; percent is of that file (logs report as they go, others 0 then 100).
    void progress(int file, int files, int percent, const QString& path);
    void finished(const debrief::ImportSummary& summary);

private:
    void importOne(Database& db, const QString& file, std::optional<IncidentId> into, bool replaceDocument,
                   const QDate& day, ImportSummary& summary);

    std::atomic<bool> m_cancel = false;
    int m_file = 0;
    int m_files = 0;
};

} // namespace debrief
