// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"
#include "LogRateSeries.h"
#include "MetricPoint.h"
#include "MetricRecords.h"
#include "SuggestedEvent.h"
#include "TimeWindow.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace debrief {

class ChartDataWorker;

// Reads chart data off the GUI thread: series points downsampled for a window, log rates, the
// series list and the evidence suggestions, each through core on a worker thread with its own
// store connection (ChartDataWorker). Answers come back on the GUI thread through the callback of
// the request. Requests go through channels: a new request on a channel makes the older ones
// stale, so a chart that is zoomed ten times in a row gets one answer for the last zoom (stale
// requests still queued are skipped, stale answers are dropped). It knows nothing about charts.
class ChartDataLoader : public QObject
{
    Q_OBJECT

public:
    explicit ChartDataLoader(QObject* parent = nullptr);
    ~ChartDataLoader() override;

    // Starts a worker on the store; answers to requests made before are dropped.
    void setStorePath(const QString& path);
    const QString& storePath() const { return m_storePath; }

    quint64 newChannel() { return ++m_lastChannel; }

    using SeriesDone = std::function<void(const QVector<MetricPoint>&)>;
    using LogRatesDone = std::function<void(const QVector<LogRateSeries>&)>;
    using SummariesDone = std::function<void(const QVector<MetricSeriesSummary>&)>;
    using SuggestionsDone = std::function<void(const QVector<SuggestedEvent>&)>;

    // `receiver` scopes the callback: once it is destroyed, its answers are dropped.
    void loadSeries(quint64 channel, qint64 seriesId, const TimeWindow& window, int maxPoints, QObject* receiver,
                    SeriesDone done);
    void loadLogRates(quint64 channel, IncidentId incident, const TimeWindow& window, QObject* receiver,
                      LogRatesDone done);
    void loadSeriesSummaries(quint64 channel, IncidentId incident, QObject* receiver, SummariesDone done);
    void loadSuggestions(quint64 channel, IncidentId incident, QObject* receiver, SuggestionsDone done);
    // `suggestions` again with their status as the store has it now (cheap: no evidence is read).
    void triageSuggestions(quint64 channel, IncidentId incident, const QVector<SuggestedEvent>& suggestions,
                           QObject* receiver, SuggestionsDone done);

    int pendingCount() const { return m_pending; }
    // Requests in flight in every loader of the process.
    static int pendingEverywhere() { return s_pendingEverywhere.load(); }
    // Runs the event loop until no loader has had a request in flight for `quietMs` (which covers
    // the debounce of the chart feeders), or until the timeout. For screenshots and tests.
    static bool waitUntilIdle(int timeoutMs = 15000, int quietMs = 300);

Q_SIGNALS:
    // A read failed (the store went away, a corrupt file): the charts keep what they show.
    void failed(const QString& message);

private:
    template<typename Result>
    void submit(quint64 channel, QObject* receiver, std::function<Result(ChartDataWorker&)> job,
                std::function<void(const Result&)> done);
    void startWorker();
    void stopWorker();
    void finishRequest();

    QString m_storePath;
    QThread* m_thread = nullptr;
    ChartDataWorker* m_worker = nullptr;
    // Per channel, the generation of its latest request, read by the worker to skip stale work.
    QHash<quint64, std::shared_ptr<std::atomic<quint64>>> m_latest;
    quint64 m_lastChannel = 0;
    quint64 m_lastGeneration = 0;
    int m_epoch = 0; // bumped when the worker is replaced: older answers are ignored
    int m_pending = 0;
    static std::atomic<int> s_pendingEverywhere;
};

} // namespace debrief
