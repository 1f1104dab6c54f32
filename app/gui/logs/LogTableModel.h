// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogSearch.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QThread>
#include <optional>

namespace debrief {

class LogWindowFetcher;

// The rows of the log view: an incident's log entries matching a LogQuery, as a table of any size
// (ten million rows) in constant memory. It holds at most kMaxCachedWindows windows of
// LogWindowFetcher::kWindowRows rows, dropping the least recently shown; a row not loaded yet
// shows a placeholder while its window is fetched by the worker thread, and dataChanged() follows
// when it arrives. The row count comes from LogSearch::count, capped at kCountCap; until it is
// known the table holds the first window only. A regular expression reads every message within
// the filters: its progress is signalled, and stopSearch() keeps the rows found so far. The model
// runs no SQL itself and never waits.
class LogTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        LevelColumn,
        HostColumn,
        ServiceColumn,
        MessageColumn,
        SourceColumn,
        ColumnCount,
    };
    enum Role
    {
        LevelRole = Qt::UserRole + 1, // int, LogLevel value; unset while loading
        TimeRole, // qint64 UTC ms; unset when the entry has no time
        HighlightsRole, // QVector<std::pair<int, int>>: matches in the one-line message
        LoadedRole, // bool: false while the row's window is on its way
    };
    static constexpr int kMaxCachedWindows = 12;

    explicit LogTableModel(QObject* parent = nullptr);
    ~LogTableModel() override;

    // Starts a worker reading `storePath`; the table stays empty until setQuery().
    void setStore(const QString& storePath);
    const QString& storePath() const { return m_storePath; }
    // Shows the entries matching `query` (its highlight flag is set here when it has text).
    void setQuery(LogQuery query);
    const LogQuery& query() const { return m_query; }
    // Asks for the row of the first entry at or after `at`; rowFound() answers.
    void findRow(UtcMillis at);
    // Asks for the entries of these rows (first, last; in order), at most `cap` in all, loaded or
    // not; rowsRead() answers. For copying a selection larger than the cached windows.
    void readRows(const QVector<std::pair<int, int>>& ranges, int cap);
    // An entry as one line of text: time, level, host, service and message, tab-separated.
    static QString textLine(const LogHit& hit);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The row's entry when its window is loaded (no request is made).
    std::optional<LogHit> loadedHit(int row) const;
    // True from setQuery() until the first window (or an error) arrives.
    bool isLoading() const { return m_loading; }
    // True while the worker counts the matches.
    bool isCounting() const { return m_counting; }
    // True while a regular expression is matched over the messages (its first rows or its count).
    bool isScanning() const { return m_query.regex && !m_query.text.isEmpty() && (m_loading || m_counting); }
    // How far the scan has come, 0..100.
    int scanProgress() const { return m_scanProgress; }
    // Stops a scan: the rows found so far stay, counted as "at least". Does nothing otherwise.
    void stopSearch();
    // True when stopSearch() stopped the current query's scan.
    bool wasStopped() const { return m_stopped; }
    // The count once known; `exact` false when it stopped at kCountCap.
    const LogCount& count() const { return m_count; }
    // Why the last query failed (an FTS syntax error...), empty when it did not.
    const QString& errorText() const { return m_error; }
    // Rows held in memory, for tests and the status line: at most kMaxCachedWindows windows.
    int cachedRowCount() const;
    int cachedWindowCount() const { return int(m_windows.size()); }
    // The incident's hosts, services and files, for the filter boxes: empty until facetsChanged().
    const LogFacets& facets() const { return m_facets; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void countChanged();
    void queryFailed(const QString& message);
    void rowFound(int row);
    void rowsRead(const QVector<debrief::LogHit>& rows);
    void facetsChanged();
    void scanProgressed(int percent);

private:
    struct Window
    {
        QVector<LogHit> rows;
        quint64 lastUse = 0;
    };
    void startWorker();
    void stopWorker();
    const LogHit* hitAt(int row) const;
    void request(qint64 window) const;
    void onWindowReady(quint64 generation, qint64 window, const QVector<LogHit>& rows);
    void onWindowSkipped(quint64 generation, qint64 window);
    void onCounted(quint64 generation, const LogCount& count);
    void onTimeFound(quint64 generation, qint64 row);
    void onFailed(quint64 generation, const QString& message);
    void onFacetsReady(quint64 generation, const LogFacets& facets);
    void onRowsRead(quint64 generation, const QVector<LogHit>& rows);
    void onProgressed(quint64 generation, int percent);
    void setRowCount(int rows);
    void setLoading(bool loading);
    void evictOldWindows();
    QVariant displayData(const LogHit& hit, int column) const;
    QVariant toolTipData(const LogHit& hit, int column) const;
    QVariant placeholderData(int column, int role) const;

    QString m_storePath;
    QThread m_thread;
    LogWindowFetcher* m_fetcher = nullptr;
    LogQuery m_query;
    quint64 m_generation = 0;
    bool m_hasQuery = false;
    int m_rowCount = 0;
    LogCount m_count;
    bool m_loading = false;
    bool m_counting = false;
    bool m_stopped = false;
    int m_scanProgress = 0;
    QString m_error;
    // data() is const but showing a row is what loads it and marks its window as recently used.
    mutable QHash<qint64, Window> m_windows;
    mutable QSet<qint64> m_requested;
    mutable quint64 m_useClock = 0;
    LogFacets m_facets;
};

} // namespace debrief
