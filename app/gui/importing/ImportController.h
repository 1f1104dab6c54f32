// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportSummary.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>

class QThread;
class QWidget;

namespace debrief {

class ImportWorker;

// Runs imports for the main window without freezing it: the ImportWorker on its own thread, a
// progress dialog (file n of m, percent, Cancel) that appears when an import takes more than a
// moment, and finished() with the summary on the GUI thread. One import at a time.
class ImportController : public QObject
{
    Q_OBJECT

public:
    explicit ImportController(QWidget* window);
    ~ImportController() override;

    // False when an import is already running.
    // `replaceDocument`: a postmortem among `files` replaces the document of `into` (the caller has
    // asked the user), instead of becoming a new incident.
    // `day`, when valid: the day of a postmortem's timeline whose document states none.
    bool start(const QString& storePath, const QStringList& files, std::optional<IncidentId> into,
               bool replaceDocument = false, const QDate& day = {});
    bool isRunning() const { return m_running; }
    QProgressDialog* progressDialog() const { return m_dialog; }
    void cancel();

Q_SIGNALS:
    void progressed(int file, int files, int percent);
    void finished(const debrief::ImportSummary& summary);
    // Internal: hands the request to the worker's thread.
    void requested(const QString& storePath, const QStringList& files, qint64 intoIncident, bool replaceDocument,
                   const QDate& day);

private:
    void showProgress(int file, int files, int percent, const QString& path);
    void done(const ImportSummary& summary);

    QWidget* m_window;
    QThread* m_thread;
    ImportWorker* m_worker;
    QPointer<QProgressDialog> m_dialog;
    bool m_running = false;
};

} // namespace debrief
