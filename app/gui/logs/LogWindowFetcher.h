// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogSearch.h"

#include <QObject>
#include <QString>
#include <QVector>
#include <atomic>
#include <memory>

namespace debrief {

class Database;
class LogRowLocator;

// The log view's worker: it lives in its own QThread with its own Database connection and
// LogSearch (the store is in WAL mode, so it reads beside the GUI's connection), and answers the
// model's requests for windows of rows, the row count and the row of a moment, by signal. Every
// request carries the generation of the query it was made for; requests and answers of an older
// generation are dropped, and a window the view has scrolled away from is skipped, so that
// dragging the scroll bar over ten million rows queues no backlog; a newer generation also
// interrupts the statement running for an older one (a count of ten million rows takes seconds).
// A regular expression scan reports its progress for the generation it runs for.
// Not thread-safe except for the two setters marked so; not a cache (the model keeps the windows).
class LogWindowFetcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int kWindowRows = 256;
    // The most rows the view counts; past it the status says "more than".
    static constexpr qint64 kCountCap = 10'000'000;

    explicit LogWindowFetcher(const QString& storePath);
    ~LogWindowFetcher() override;

    // Thread-safe: the newest query generation; older requests are skipped without any SQL, and
    // the one running now is interrupted.
    void setLatestGeneration(quint64 generation);
    // Thread-safe: the window the view asked for last; requests far from it are skipped.
    void setWantedWindow(qint64 window) { m_wantedWindow = window; }

    // Run in the worker thread (the model posts them with QMetaObject::invokeMethod).
    void start(quint64 generation, const LogQuery& query);
    void fetchWindow(quint64 generation, qint64 window);
    void findTime(quint64 generation, UtcMillis time);
    // The rows of `ranges` (first, last; rows of the result, in order), at most `cap` in all.
    void readRows(quint64 generation, const QVector<std::pair<int, int>>& ranges, int cap);

Q_SIGNALS:
    void windowReady(quint64 generation, qint64 window, const QVector<debrief::LogHit>& rows);
    void windowSkipped(quint64 generation, qint64 window);
    void counted(quint64 generation, const debrief::LogCount& count);
    void timeFound(quint64 generation, qint64 row);
    void failed(quint64 generation, const QString& message);
    void facetsReady(quint64 generation, const debrief::LogFacets& facets);
    void rowsRead(quint64 generation, const QVector<debrief::LogHit>& rows);
    void progressed(quint64 generation, int percent);

private:
    bool isStale(quint64 generation) const { return generation != m_latestGeneration; }
    bool isFarFromView(qint64 window) const;
    void open();
    QVector<LogHit> readWindow(qint64 window);
    void rememberWindow(qint64 window, const QVector<LogHit>& rows);
    LogCount countRows(const LogPage& first);
    void readFacets(quint64 generation);
    template<typename Work>
    void guarded(quint64 generation, Work work);

    QString m_storePath;
    // Declaration order is destruction order reversed: the locator and search go before the store.
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LogSearch> m_search;
    std::unique_ptr<LogRowLocator> m_locator;
    // The search, once open, for interrupting it from the GUI thread: it lives until the thread ends.
    std::atomic<LogSearch*> m_openSearch {nullptr};
    LogQuery m_query;
    std::optional<IncidentId> m_facetsOf; // the incident whose facets were sent
    std::atomic<quint64> m_latestGeneration {0};
    quint64 m_runningGeneration = 0; // the generation of the work running now (worker thread only)
    std::atomic<qint64> m_wantedWindow {0};
};

} // namespace debrief
