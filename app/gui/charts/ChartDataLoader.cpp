// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartDataLoader.h"

#include "ChartDataWorker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <exception>

namespace debrief {

std::atomic<int> ChartDataLoader::s_pendingEverywhere {0};

ChartDataLoader::ChartDataLoader(QObject* parent)
    : QObject(parent)
{ }

ChartDataLoader::~ChartDataLoader()
{
    stopWorker();
}

void ChartDataLoader::setStorePath(const QString& path)
{
    if (path == m_storePath && m_thread)
        return;
    stopWorker();
    m_storePath = path;
    if (!path.isEmpty())
        startWorker();
}

void ChartDataLoader::startWorker()
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("ChartDataLoader"));
    m_worker = new ChartDataWorker(m_storePath);
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

void ChartDataLoader::stopWorker()
{
    if (!m_thread)
        return;
    // Jobs still queued are abandoned with the event loop; their requests are no longer pending.
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
    m_worker = nullptr;
    m_thread = nullptr;
    ++m_epoch;
    s_pendingEverywhere -= m_pending;
    m_pending = 0;
}

void ChartDataLoader::finishRequest()
{
    --m_pending;
    --s_pendingEverywhere;
}

template<typename Result>
void ChartDataLoader::submit(quint64 channel, QObject* receiver, std::function<Result(ChartDataWorker&)> job,
                             std::function<void(const Result&)> done)
{
    if (!m_worker)
        return;
    auto& latest = m_latest[channel];
    if (!latest)
        latest = std::make_shared<std::atomic<quint64>>(0);
    const quint64 generation = ++m_lastGeneration;
    latest->store(generation);
    ++m_pending;
    ++s_pendingEverywhere;

    const int epoch = m_epoch;
    QPointer<QObject> target(receiver);
    QPointer<ChartDataLoader> self(this);
    ChartDataWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [=, latest = latest]() {
            Result result;
            QString error;
            // A newer request on the channel is queued behind this one: skip the work.
            if (latest->load() == generation) {
                try {
                    result = job(*worker);
                } catch (const std::exception& e) {
                    error = QString::fromUtf8(e.what());
                }
            }
            QMetaObject::invokeMethod(
                self.data(),
                [=]() {
                    if (!self || self->m_epoch != epoch)
                        return;
                    self->finishRequest();
                    if (!error.isEmpty())
                        Q_EMIT self->failed(error);
                    else if (target && latest->load() == generation)
                        done(result);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void ChartDataLoader::loadSeries(quint64 channel, qint64 seriesId, const TimeWindow& window, int maxPoints,
                                 QObject* receiver, SeriesDone done)
{
    submit<QVector<MetricPoint>>(
        channel, receiver, [=](ChartDataWorker& worker) { return worker.seriesPoints(seriesId, window, maxPoints); },
        std::move(done));
}

void ChartDataLoader::loadLogRates(quint64 channel, IncidentId incident, const TimeWindow& window, QObject* receiver,
                                   LogRatesDone done)
{
    submit<QVector<LogRateSeries>>(
        channel, receiver, [=](ChartDataWorker& worker) { return worker.logRates(incident, window); }, std::move(done));
}

void ChartDataLoader::loadSeriesSummaries(quint64 channel, IncidentId incident, QObject* receiver, SummariesDone done)
{
    submit<QVector<MetricSeriesSummary>>(
        channel, receiver, [=](ChartDataWorker& worker) { return worker.seriesSummaries(incident); }, std::move(done));
}

void ChartDataLoader::loadSuggestions(quint64 channel, IncidentId incident, QObject* receiver, SuggestionsDone done)
{
    submit<QVector<SuggestedEvent>>(
        channel, receiver, [=](ChartDataWorker& worker) { return worker.suggestions(incident); }, std::move(done));
}

void ChartDataLoader::triageSuggestions(quint64 channel, IncidentId incident,
                                        const QVector<SuggestedEvent>& suggestions, QObject* receiver,
                                        SuggestionsDone done)
{
    submit<QVector<SuggestedEvent>>(
        channel, receiver, [=](ChartDataWorker& worker) { return worker.triage(incident, suggestions); },
        std::move(done));
}

bool ChartDataLoader::waitUntilIdle(int timeoutMs, int quietMs)
{
    QElapsedTimer total;
    total.start();
    QElapsedTimer quiet;
    quiet.start();
    while (total.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (s_pendingEverywhere.load() > 0)
            quiet.restart();
        else if (quiet.elapsed() >= quietMs)
            return true;
        QThread::msleep(5);
    }
    return false;
}

} // namespace debrief
