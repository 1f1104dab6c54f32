// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportController.h"

#include "ImportWorker.h"

#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>
#include <QWidget>

namespace debrief {

ImportController::ImportController(QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_thread(new QThread(this))
    , m_worker(new ImportWorker)
{
    qRegisterMetaType<ImportSummary>();
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &ImportController::requested, m_worker, &ImportWorker::run);
    connect(m_worker, &ImportWorker::progress, this, &ImportController::showProgress);
    connect(m_worker, &ImportWorker::finished, this, &ImportController::done);
    m_thread->setObjectName(QStringLiteral("import"));
    m_thread->start();
}

ImportController::~ImportController()
{
    m_worker->cancel();
    m_thread->quit();
    m_thread->wait();
}

bool ImportController::start(const QString& storePath, const QStringList& files, std::optional<IncidentId> into,
                             bool replaceDocument, const QDate& day)
{
    if (m_running || files.isEmpty())
        return false;
    m_running = true;
    m_worker->arm();
    m_dialog = new QProgressDialog(tr("Importing…"), tr("Cancel"), 0, 100, m_window);
    m_dialog->setWindowTitle(tr("Import"));
    m_dialog->setAccessibleName(tr("Import progress"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(400); // a quick import should not flash a dialog
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    connect(m_dialog, &QProgressDialog::canceled, this, &ImportController::cancel);
    Q_EMIT requested(storePath, files, into ? into->value : 0, replaceDocument, day);
    return true;
}

void ImportController::cancel()
{
    m_worker->cancel();
    if (m_dialog)
        m_dialog->setLabelText(tr("Cancelling…"));
}

void ImportController::showProgress(int file, int files, int percent, const QString& path)
{
    if (m_dialog && !m_dialog->wasCanceled()) {
        m_dialog->setLabelText(
            tr("Importing %1 (file %2 of %3)…").arg(QFileInfo(path).fileName()).arg(file + 1).arg(files));
        // The bar runs over all files: each file is an equal share.
        m_dialog->setValue((file * 100 + percent) / qMax(files, 1));
    }
    Q_EMIT progressed(file, files, percent);
}

void ImportController::done(const ImportSummary& summary)
{
    m_running = false;
    if (m_dialog) {
        // reset() stops the timer that would show the dialog after its minimum duration: no
        // progress dialog may appear after the result.
        m_dialog->reset();
        m_dialog->hide();
        m_dialog->deleteLater();
    }
    Q_EMIT finished(summary);
}

} // namespace debrief
